package org.carecircle.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The detector without its semantic layer: what explicit phrases and their context decide. */
class ExplicitLayerTest {
  private final SafetyDetector rulesOnly =
      new SafetyDetector((SemanticSignals) null, SafetyDetector.Calibration.defaults());

  private SafetyAssessment assess(String text) {
    return rulesOnly.assess(text, null);
  }

  @Nested
  class Crisis {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "i want to kill myself",
          "I don't want to be here anymore",
          "honestly everyone would be better off without me",
          "i hope i just don't wake up tomorrow",
          "been self harming again",
          "thinking about ending it all tonight",
          "kms",
          "This is my last message here. Thank you for everything.",
          "I've given away my things and written letters to my kids",
          "lying awake planning how to die",
          "ending it myself is the only way out now",
          "think it's time to switch myself off"
        })
    void firstPersonCrisisPhrasesRaiseCrisis(String text) {
      SafetyAssessment a = assess(text);
      assertThat(a.level()).isEqualTo(SafetyLevel.CRISIS);
      assertThat(a.aboutSomeoneElse()).isFalse();
    }

    @Test
    void someoneElseInDangerIsCrisisAboutSomeoneElse() {
      SafetyAssessment a = assess("my sister says she wants to end it");
      assertThat(a.level()).isEqualTo(SafetyLevel.CRISIS);
      assertThat(a.aboutSomeoneElse()).isTrue();
      assertThat(a.reasons()).anyMatch(r -> r.contains("someone else"));
    }

    @Test
    void reasonsQuoteThePhraseAndSayWhoseDangerItIs() {
      assertThat(assess("I want to end it").reasons())
          .containsExactly("explicit crisis: \"want to end it\" (first person)");
    }

    @Test
    void reasonsNeverNameAMethod() {
      SafetyAssessment a = assess("i'm going to take all my pills tonight");
      assertThat(a.level()).isEqualTo(SafetyLevel.CRISIS);
      assertThat(String.join(" ", a.reasons())).doesNotContain("pill");
    }
  }

  @Nested
  class Context {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "I'm not suicidal, just tired",
          "I would never kill myself, don't worry",
          "no thoughts of ending it, just sad about the hair"
        })
    void negationCancelsAPhrase(String text) {
      assertThat(assess(text).level()).isNotEqualTo(SafetyLevel.CRISIS);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "these scan results are killing me lol",
          "my chemo nurse killed it today",
          "I could murder a pizza",
          "dying to know my results",
          "hope the chemo kills the cancer cells",
          "i'm dead 😂 that meme",
          "planning how to die on stage at the comedy night lol",
          "switch me off for an hour, need a nap after rads"
        })
    void idiomsAndJokesAreNotCrises(String text) {
      assertThat(assess(text).level()).isEqualTo(SafetyLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "If a friend ever said she wanted to die, what should I do?",
          "what do I do if I get chest pain after the infusion?",
          "what temperature counts as a fever on chemo?",
          "if my temp goes over 38 who do I call?"
        })
    void hypotheticalsAndQuestionsForInformationRaiseNothing(String text) {
      assertThat(assess(text).level()).isEqualTo(SafetyLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "two years ago I had a fever during chemo and went to A&E, all fine now",
          "I used to feel suicidal years ago but I'm in a good place now",
          "my uncle killed himself in 2012 and I still think about him"
        })
    void pastEventsAndGriefRaiseNothing(String text) {
      assertThat(assess(text).level()).isEqualTo(SafetyLevel.NONE);
    }

    @Test
    void aRecentAttemptIsNotTreatedAsThePast() {
      assertThat(assess("my brother tried to kill himself last night").level())
          .isEqualTo(SafetyLevel.CRISIS);
    }

    @Test
    void thirdPersonWithoutDangerRaisesNothing() {
      assertThat(assess("my aunt died of breast cancer in 2010").level()).isEqualTo(SafetyLevel.NONE);
    }
  }

  @Nested
  class Medical {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "temp is 38.6 on day 9 after chemo",
          "38,5C and shaking, second cycle",
          "101 F, had chemo monday",
          "100.4°F during chemo week",
          "running 39 degrees on my chemo week",
          "I can't breathe properly",
          "crushing pain in my chest",
          "my nose has been bleeding for an hour and won't stop",
          "mum is suddenly very confused",
          "I fainted in the shower",
          "can't keep any fluids down since yesterday",
          "my left calf is swollen and painful",
          "during my infusion my throat feels tight"
        })
    void urgentSymptomsRaiseMedical(String text) {
      assertThat(assess(text).level()).isEqualTo(SafetyLevel.MEDICAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no fever, 37.1", "37.5 after chemo, is that ok?", "temp 38.2 in the heatwave outside"})
    void readingsBelowTheThresholdOrNotOfABodyRaiseNothing(String text) {
      assertThat(assess(text).level()).isEqualTo(SafetyLevel.NONE);
    }

    @Test
    void feverReasonStatesTheReadingAndTheTreatment() {
      assertThat(assess("38.6 on day 8 after chemo").reasons())
          .containsExactly("fever 38.6 °C during chemotherapy");
    }

    @Test
    void aPanicAttackExplainsBreathlessness() {
      assertThat(assess("having a panic attack, can't breathe").level())
          .isEqualTo(SafetyLevel.DISTRESS);
    }
  }

  @Nested
  class Distress {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "I can't cope with any of this",
          "can't stop crying since the results",
          "everything feels hopeless",
          "I feel so alone and scared all the time",
          "panic attack in the waiting room"
        })
    void severeDistressRaisesDistress(String text) {
      assertThat(assess(text).level()).isEqualTo(SafetyLevel.DISTRESS);
    }

    @Test
    void mildLowMoodRaisesNothing() {
      assertThat(assess("bit low today but ok").level()).isEqualTo(SafetyLevel.NONE);
    }
  }

  @Test
  void theMostUrgentLevelWins() {
    SafetyAssessment a = assess("I can't cope, I want to die, and my chest hurts");
    assertThat(a.level()).isEqualTo(SafetyLevel.CRISIS);
    assertThat(a.reasons()).anyMatch(r -> r.startsWith("also urgent symptom"));
  }

  @Test
  void medicalOutranksDistress() {
    assertThat(assess("I'm terrified, my temp is 38.9 and I'm on chemo").level())
        .isEqualTo(SafetyLevel.MEDICAL);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "38.6 on day 8 of chemo and shivering",
        "temp 101.3F tonight, she's on folfox",
        "i'm 38 and on chemo for breast cancer",
        "what temperature counts as a fever on chemo, is it 38?",
        "my temp was 38.4 two years ago during chemo, all fine now",
        "no numbers here at all"
      })
  void theFeverReadingAloneAgreesWithTheWholeExplicitReading(String message) {
    ExplicitSignals explicit = new ExplicitSignals(new ExplicitRules(), new ContextCues());
    NormalisedText text = new TextNormaliser().normalise(message);

    assertThat(explicit.readsFever(text)).isEqualTo(explicit.find(text).feverReading());
  }

  @Test
  void aTemperatureAtTheFeverLineDuringTreatmentIsAFeverReadingAndAnAgeIsNot() {
    ExplicitSignals explicit = new ExplicitSignals(new ExplicitRules(), new ContextCues());
    TextNormaliser normaliser = new TextNormaliser();

    assertThat(explicit.readsFever(normaliser.normalise("38.6 on day 8 of chemo and shivering"))).isTrue();
    assertThat(explicit.readsFever(normaliser.normalise("i'm 38 and on chemo for breast cancer"))).isFalse();
  }
}
