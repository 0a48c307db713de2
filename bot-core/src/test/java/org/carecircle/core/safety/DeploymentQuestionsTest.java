package org.carecircle.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The deployment's own faq questions are taught to the learned layer as everyday talk; a knowledge
 * base that answers questions which state a danger sign must not teach it that the sign is harmless.
 */
class DeploymentQuestionsTest {

  @Test
  void aFaqQuestionThatStatesADangerSignStillEscalatesWhenAPersonWritesIt() {
    List<String> faqQuestions = List.of(
        "I keep thinking about killing myself, who can I talk to?",
        "I don't want to be here anymore, is that normal with cancer?",
        "I've been saving up my tablets, what should I do?",
        "what if I want to end my life?",
        "I have a temperature of 38.5 and I'm on chemo, what do I do?",
        "How do I look after my skin during radiotherapy?");
    SafetyDetector detector = new SafetyDetector(SharedEmbedder.embedder(), faqQuestions);

    assertThat(levelOf(detector, "I keep thinking about killing myself, who can I talk to?"))
        .isEqualTo(SafetyLevel.CRISIS);
    assertThat(levelOf(detector, "I don't want to be here anymore, is that normal with cancer?"))
        .isEqualTo(SafetyLevel.CRISIS);
    assertThat(levelOf(detector, "I've been saving up my tablets, what should I do?"))
        .isEqualTo(SafetyLevel.CRISIS);
    assertThat(levelOf(detector, "what if I want to end my life?"))
        .isEqualTo(SafetyLevel.CRISIS);
    assertThat(levelOf(detector, "I have a temperature of 38.5 and I'm on chemo, what do I do?"))
        .isEqualTo(SafetyLevel.MEDICAL);
    assertThat(levelOf(detector, "How do I look after my skin during radiotherapy?"))
        .isEqualTo(SafetyLevel.NONE);
  }

  private static SafetyLevel levelOf(SafetyDetector detector, String text) {
    return detector.assess(text, SharedEmbedder.embedder().embed(text)).level();
  }
}
