package org.carecircle.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Crisis said indirectly, and the everyday sentences that look like it, read by the rules alone. */
class IndirectCrisisTest {
  private final SafetyDetector rulesOnly =
      new SafetyDetector((SemanticSignals) null, SafetyDetector.Calibration.defaults());

  private SafetyAssessment assess(String text) {
    return rulesOnly.assess(text, null);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "honestly thinking about topping myself",
        "i'm scared i'll do something to myself tonight",
        "they would all be happier if i was gone, i'm just a burden",
        "my kids are the only thing keeping me alive right now",
        "the world is better without me in it",
        "i don't see any reason to live since she died",
        "i keep reading up on the least painful way to go",
        "me quiero morir, no puedo más",
        "I can't trust myself tonight"
      })
  void indirectWordsForEndingLifeRaiseCrisis(String text) {
    assertThat(assess(text).level()).isEqualTo(SafetyLevel.CRISIS);
  }

  @Test
  void twoGoodbyeLikeHintsTogetherRaiseCrisisButOneAloneDoesNot() {
    assertThat(assess("I have written my letters to everyone. tonight is the night").level())
        .isEqualTo(SafetyLevel.CRISIS);
    assertThat(assess("tonight is the night, first date in years!").level())
        .isEqualTo(SafetyLevel.NONE);
  }

  @Test
  void reasonsForHintedActsNeverQuoteTheWords() {
    assertThat(assess("can't stop thinking about jumping").reasons())
        .noneMatch(r -> r.contains("jumping"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "This is my last post for a bit, off on holiday, see you in two weeks",
        "Just booked my wig fitting appointment",
        "my veins are hopeless, took three goes to get the cannula in",
        "I can't trust myself with chocolate in the house"
      })
  void everydaySentencesThatLookAlikeStayQuiet(String text) {
    assertThat(assess(text).level()).isEqualTo(SafetyLevel.NONE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "honestly I deserve to die after everything",
        "i'm so ready to die now",
        "i really don't want to be here and nobody gets it",
        "i keep hoping i get run over on the way to clinic",
        "I just want everything to stop",
        "i took a whole box of my painkillers twenty minutes ago",
        "sorry, I just swallowed a handful of my sleeping tablets",
        "been keeping back my night tablets for weeks",
        "I cut at my wrists again",
        "you will never hear from me again after today",
        "I'll be gone before Friday anyway",
        "nobody would even notice if I vanished tonight"
      })
  void plainCrisisLanguageRaisesCrisis(String text) {
    assertThat(assess(text).level()).isEqualTo(SafetyLevel.CRISIS);
  }

  @Test
  void aLaughTheWriterTakesBackDoesNotMakeItAJoke() {
    assertThat(assess("want to die lol").level()).isEqualTo(SafetyLevel.NONE);
    assertThat(assess("want to die lol. not joking though").level()).isEqualTo(SafetyLevel.CRISIS);
  }

  @Test
  void twoQuietFarewellHintsTogetherRaiseCrisis() {
    assertThat(assess("Said my goodbyes to the people who matter. Made the arrangements.").level())
        .isEqualTo(SafetyLevel.CRISIS);
    assertThat(assess("thanks for the chat, speak soon before I go to bed").level())
        .isEqualTo(SafetyLevel.NONE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "this lemon tart is to die for",
        "I've got my tablets laid out in the weekly box now",
        "saving my prescriptions for the pharmacist on Monday"
      })
  void everydayMentionsOfTabletsAndDyingStayQuiet(String text) {
    assertThat(assess(text).level()).isEqualTo(SafetyLevel.NONE);
  }

  @Test
  void aWishAboutNowIsNotReadAsThePast() {
    // "if I was gone" is a counterfactual, not a memory to explain away
    assertThat(assess("they'd honestly be better off if I wasn't here").level())
        .isEqualTo(SafetyLevel.CRISIS);
  }

  @Test
  void aFeverAfterCarTIsDuringTreatmentNotTheWeather() {
    assertThat(assess("temp is 38.6 after my CAR-T infusion on Friday").level())
        .isEqualTo(SafetyLevel.MEDICAL);
  }

  @Test
  void closingSentencesOfALongPostAreReadLastFirst() {
    ClosingSentences closing = new ClosingSentences();
    String post = "Long week. Scans, bloods and two clinic visits with the kids off school. "
        + "Work rang twice about my return date. Ok. I have written to everyone and I am ready.";
    assertThat(closing.isLong(new TextNormaliser().normalise(post).words())).isTrue();
    assertThat(closing.of(post))
        .isEqualTo(List.of("I have written to everyone and I am ready.",
            "Work rang twice about my return date."));
  }
}
