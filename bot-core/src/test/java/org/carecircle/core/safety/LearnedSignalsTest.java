package org.carecircle.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The learned layer on its own: trained on a handful of words, without embeddings. */
class LearnedSignalsTest {
  private final TextNormaliser normaliser = new TextNormaliser();

  private LearnedSignals trainedOn(String... labelled) {
    List<LearnedSignals.Example> examples = new ArrayList<>();
    for (String line : labelled) {
      String[] parts = line.split("\\|", 2);
      examples.add(
          new LearnedSignals.Example(
              SafetyLevel.valueOf(parts[0]), normaliser.normalise(parts[1]), false, null, null));
    }
    return new LearnedSignals(examples, 384);
  }

  private static final String[] CORPUS = {
    "CRISIS|i want to end my life tonight",
    "CRISIS|i have decided to end my life",
    "CRISIS|tonight i end my life, goodbye",
    "MEDICAL|fever and shaking chills on chemo right now",
    "MEDICAL|cannot breathe properly since the infusion",
    "DISTRESS|i cannot stop crying and i cannot cope",
    "DISTRESS|panic attack again, i cannot cope with this",
    "NONE|what is a good lunch during chemo",
    "NONE|thanks for the wig tips everyone",
    "NONE|my scan is on tuesday, wish me luck",
    "NONE|does anyone know a good lunch place near the hospital",
  };

  private LearnedSignals.Estimate estimate(LearnedSignals model, String text) {
    return model.estimate(normaliser.normalise(text), false, null, null);
  }

  @Test
  void separatesTheLevelsItWasTrainedOn() {
    LearnedSignals model = trainedOn(CORPUS);

    assertThat(estimate(model, "i want to end my life").likeliestConcern()).isEqualTo(SafetyLevel.CRISIS);
    assertThat(estimate(model, "i want to end my life").of(SafetyLevel.CRISIS)).isGreaterThan(0.5);
    assertThat(estimate(model, "shaking chills and fever on chemo").likeliestConcern())
        .isEqualTo(SafetyLevel.MEDICAL);
    assertThat(estimate(model, "a good lunch near the hospital").of(SafetyLevel.NONE)).isGreaterThan(0.5);
  }

  @Test
  void trainingIsDeterministic() {
    LearnedSignals first = trainedOn(CORPUS);
    LearnedSignals second = trainedOn(CORPUS);

    assertThat(estimate(first, "cannot cope tonight").probability())
        .isEqualTo(estimate(second, "cannot cope tonight").probability());
  }

  @Test
  void numbersCountAsNumbersSoAnAgeIsNotATemperature() {
    LearnedSignals model = trainedOn(
        "MEDICAL|38 on chemo and shivering", "MEDICAL|39 and shaking on chemo",
        "NONE|what should i eat on chemo", "NONE|how long is a chemo session");

    assertThat(estimate(model, "i am 38").probability())
        .isEqualTo(estimate(model, "i am 41").probability());
  }

  @Test
  void aFeverReadingIsAFeatureOfItsOwn() {
    List<LearnedSignals.Example> examples = new ArrayList<>();
    examples.add(new LearnedSignals.Example(SafetyLevel.MEDICAL, normaliser.normalise("temp is 38.6"), true, null, null));
    examples.add(new LearnedSignals.Example(SafetyLevel.MEDICAL, normaliser.normalise("temp 39.1 now"), true, null, null));
    examples.add(new LearnedSignals.Example(SafetyLevel.NONE, normaliser.normalise("temp is 36.6"), false, null, null));
    examples.add(new LearnedSignals.Example(SafetyLevel.NONE, normaliser.normalise("temp 37.1 now"), false, null, null));
    LearnedSignals model = new LearnedSignals(examples, 384);

    NormalisedText text = normaliser.normalise("temp is 38.2");
    assertThat(model.estimate(text, true, null, null).of(SafetyLevel.MEDICAL))
        .isGreaterThan(model.estimate(text, false, null, null).of(SafetyLevel.MEDICAL));
  }
}
