package org.carecircle.kb.eval;

import java.util.List;

/**
 * Scores of a search over evaluation cases, as {@code ./bot eval} defines them: {@code top1} counts a
 * faq case when the expected entry comes first and is offered (ANSWER or CLARIFY); {@code
 * answeredTop1} only when it is answered outright; {@code abstainCorrect} counts an abstain case when
 * the outcome is not ANSWER.
 */
public record EvalScore(
    int faqCases,
    double top1,
    double answeredTop1,
    double top3,
    int abstainCases,
    double abstainCorrect,
    double latencyP50Micros,
    double latencyP99Micros,
    List<String> failures) {

  public double objective() {
    return top1 + abstainCorrect;
  }

  @Override
  public String toString() {
    return String.format(
        "faq %d: top1 %.3f (answered %.3f) top3 %.3f | abstain %d: correct %.3f | search p50 %.0f us p99 %.0f us",
        faqCases, top1, answeredTop1, top3, abstainCases, abstainCorrect, latencyP50Micros, latencyP99Micros);
  }
}
