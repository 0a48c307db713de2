package org.carecircle.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SafetyDetectorPropertiesTest {
  private static final List<String> CRISIS_PHRASES =
      List.of(
          "i want to kill myself",
          "i want to die",
          "i am going to end my life",
          "i do not want to live anymore",
          "i keep thinking about suicide",
          "i wish i was dead",
          "everyone would be better off without me");
  private static final String LATIN = "aeopcxyi";
  private static final String LOOKALIKE = "аеорсхуі"; // Cyrillic

  private final SafetyDetector rulesOnly =
      new SafetyDetector((SemanticSignals) null, SafetyDetector.Calibration.defaults());

  @Property(tries = 400)
  void neverThrowsOnAnyText(@ForAll String text, @ForAll long seed) {
    SafetyAssessment a = SharedEmbedder.detector().assess(text, randomVector(seed));
    assertThat(a).isNotNull();
    assertThat(a.level()).isNotNull();
    assertThat(rulesOnly.assess(text, null)).isNotNull();
  }

  @Property(tries = 200)
  void neverThrowsOnNoisyUnicode(@ForAll("noise") String text) {
    assertThat(rulesOnly.assess(text, new float[3]).level()).isNotNull();
  }

  @Example
  void handlesAHundredKilobyteMessageQuickly() {
    StringBuilder calm = new StringBuilder();
    while (calm.length() < 100_000) {
      calm.append("Scan day went fine, the nurses were lovely and I had a nice coffee. ");
    }
    String crisisAtTheEnd = calm + " Honestly I want to kill myself.";
    long start = System.nanoTime();
    SafetyAssessment quiet = rulesOnly.assess(calm.toString(), null);
    SafetyAssessment loud = rulesOnly.assess(crisisAtTheEnd, null);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(quiet.level()).isEqualTo(SafetyLevel.NONE);
    assertThat(loud.level()).isEqualTo(SafetyLevel.CRISIS);
    assertThat(took).isLessThan(Duration.ofSeconds(5));
  }

  @Example
  void handlesAHundredKilobytesOfRepeatedTriggerWords() {
    String flood = "kill die end it suicidal fever 39 . , ? ".repeat(3_000);
    long start = System.nanoTime();
    assertThat(rulesOnly.assess(flood, null).level()).isNotNull();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Property(tries = 300)
  void catchesCrisisPhrasesUnderAdversarialDisguise(@ForAll("disguisedCrisis") String text) {
    assertThat(rulesOnly.assess(text, null).level()).as(text).isEqualTo(SafetyLevel.CRISIS);
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.strings()
        .withChars("kil myself\u200B\u0301*_|~`.?!,' аеоі0134$@😂\n\t")
        .ofMaxLength(400);
  }

  @Provide
  Arbitrary<String> disguisedCrisis() {
    return Combinators.combine(Arbitraries.of(CRISIS_PHRASES), Arbitraries.longs())
        .as((phrase, seed) -> disguise(phrase, new Random(seed)));
  }

  /** Random case, look-alike letters, letters spaced apart, punctuation and Markdown between words. */
  static String disguise(String phrase, Random random) {
    String[] words = phrase.split(" ");
    StringBuilder out = new StringBuilder();
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      boolean spaceOut = word.length() >= 3 && random.nextInt(5) == 0;
      StringBuilder disguised = new StringBuilder();
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        int lookalike = LATIN.indexOf(c);
        if (lookalike >= 0 && random.nextInt(3) == 0) {
          c = LOOKALIKE.charAt(lookalike);
        }
        if (random.nextBoolean()) {
          c = Character.toUpperCase(c);
        }
        disguised.append(c);
        if (spaceOut && i < word.length() - 1) {
          disguised.append(random.nextBoolean() ? " " : ".");
        }
      }
      if (random.nextInt(6) == 0) {
        disguised.insert(0, "**").append("**");
      }
      out.append(disguised);
      if (w < words.length - 1) {
        String[] separators = {" ", "  ", ", ", "... ", " - ", "\u200B ", "! "};
        out.append(spaceOut ? "  " : separators[random.nextInt(separators.length)]);
      }
    }
    return random.nextBoolean() ? out.toString() : "honestly " + out + " tbh";
  }

  private static float[] randomVector(long seed) {
    Random random = new Random(seed);
    float[] v = new float[384];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return v;
  }
}
