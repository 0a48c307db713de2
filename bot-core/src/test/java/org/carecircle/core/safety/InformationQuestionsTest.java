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
}
