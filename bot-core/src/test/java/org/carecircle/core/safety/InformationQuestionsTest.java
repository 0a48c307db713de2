package org.carecircle.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Questions that ask for information sit close to distress and crisis exemplars in meaning, but
 * they are what the faq answers: similarity alone must not escalate them, while a question that
 * carries an explicit sign still does.
 */
class InformationQuestionsTest {
  private static SafetyLevel levelOf(String text) {
    return SharedEmbedder.detector().assess(text, SharedEmbedder.embedder().embed(text)).level();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "caring for mum for 18 months now and im running on empty, is this burnout",
    "who decides what treatment i get",
    "any tips for talking to my kids about my diagnosis",
    "how do you manage anxiety during treatment? mine has crept up a lot lately"
  })
  void anInformationQuestionIsNotEscalatedBySimilarityAlone(String question) {
    assertThat(levelOf(question)).isEqualTo(SafetyLevel.NONE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "how do i tell my kids i want to die",
    "what's the point of fighting this, i'd rather just be dead"
  })
  void aQuestionWithAnExplicitSignOrARhetoricalOneStillEscalates(String text) {
    assertThat(levelOf(text)).isEqualTo(SafetyLevel.CRISIS);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "38.3 this evening, day 10 of FEC. feel fine otherwise, probably nothing right?",
    "quick one, temp 100.8 on my mums thermometer, she had chemo last tuesday, shall we wait till morning",
    "38.1 on both thermometers. day 8 of R-CHOP. I feel ok apart from that, is it really an A&E thing?",
    "hi all, day 7 after docetaxel and 38.2 tonight. just tired. early night?",
    "38.4 but honestly I feel grand, cycle 3 of FOLFOX, rather not bother the ward"
  })
  void aFeverReadNowDuringChemoIsMedicalHoweverCalmlyAsked(String text) {
    assertThat(levelOf(text)).isEqualTo(SafetyLevel.MEDICAL);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "temp 37.4 the day after chemo, the nurse line says call at 38, so im fine?",
    "had a fever of 38.5 during my first cycle last year, what causes that"
  })
  void aReadingBelowTheLineOrInThePastIsNotAFeverNow(String text) {
    assertThat(levelOf(text)).isEqualTo(SafetyLevel.NONE);
  }
}
