package org.carecircle.kb.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.carecircle.kb.search.FaqMatch;
import org.carecircle.kb.search.FaqSearch;
import org.carecircle.kb.search.FaqSearchResult;
import org.carecircle.kb.search.MatchOutcome;

/**
 * Runs evaluation cases with precomputed message embeddings through a search and scores it. A faq
 * case whose entry is not in {@code knownIds} counts as an abstain case (used to check calibration
 * on a reduced knowledge base).
 */
public final class RetrievalEvaluation {
  private final List<EvalCase> cases;
  private final List<float[]> embeddings;

  public RetrievalEvaluation(List<EvalCase> cases, List<float[]> embeddings) {
    this.cases = List.copyOf(cases);
    this.embeddings = List.copyOf(embeddings);
  }

  public EvalScore score(FaqSearch search, Set<String> knownIds) {
    int faq = 0;
    int top1 = 0;
    int answered = 0;
    int top3 = 0;
    int abstain = 0;
    int abstainCorrect = 0;
    long[] nanos = new long[cases.size()];
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      EvalCase c = cases.get(i);
      long start = System.nanoTime();
      FaqSearchResult result = search.search(c.text(), embeddings.get(i));
      nanos[i] = System.nanoTime() - start;
      String best = result.best().map(m -> m.entry().id()).orElse("-");
      if (c.expectsAbstain() || !knownIds.contains(c.expect())) {
        abstain++;
        if (result.outcome() != MatchOutcome.ANSWER) {
          abstainCorrect++;
        } else {
          failures.add(describe(c, result, best));
        }
        continue;
      }
      faq++;
      boolean first = best.equals(c.expect()) && result.outcome() != MatchOutcome.ABSTAIN;
      if (first) {
        top1++;
        if (result.outcome() == MatchOutcome.ANSWER) {
          answered++;
        }
      } else {
        failures.add(describe(c, result, best));
      }
      if (result.candidates().stream().limit(3).anyMatch(m -> m.entry().id().equals(c.expect()))) {
        top3++;
      }
    }
    Arrays.sort(nanos);
    return new EvalScore(
        faq,
        ratio(top1, faq),
        ratio(answered, faq),
        ratio(top3, faq),
        abstain,
        ratio(abstainCorrect, abstain),
        nanos.length == 0 ? 0 : nanos[nanos.length / 2] / 1000.0,
        nanos.length == 0 ? 0 : nanos[(int) Math.min(nanos.length - 1, Math.ceil(nanos.length * 0.99) - 1)] / 1000.0,
        failures);
  }

  private static String describe(EvalCase c, FaqSearchResult result, String best) {
    StringBuilder out =
        new StringBuilder()
            .append(c.expect())
            .append(" <- \"")
            .append(c.text())
            .append("\" got ")
            .append(result.outcome())
            .append(' ');
    for (FaqMatch m : result.candidates()) {
      out.append(String.format("%s:%.2f ", m.entry().id(), m.confidence()));
    }
    return out.toString().strip();
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 1.0 : (double) part / whole;
  }
}
