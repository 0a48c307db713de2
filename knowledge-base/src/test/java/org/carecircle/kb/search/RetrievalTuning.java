package org.carecircle.kb.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carecircle.kb.FaqEntry;
import org.carecircle.kb.KnowledgeBase;
import org.carecircle.kb.KnowledgeBaseLoader;
import org.carecircle.kb.eval.EvalCase;
import org.carecircle.kb.eval.EvalScore;
import org.carecircle.kb.eval.RetrievalEvaluation;

/**
 * A developer's tool, not a test: searches fusion weights and thresholds on part of the evaluation
 * cases and reports them on the rest, plus on a knowledge base with half its entries removed (whose
 * cases must then not be answered). Run with the test classpath:
 * {@code java -cp ... org.carecircle.kb.search.RetrievalTuning KB_DIR EVAL_DIR CACHE_DIR}.
 */
public final class RetrievalTuning {
  private RetrievalTuning() {}

  public static void main(String[] args) {
    Path kbDir = Path.of(args[0]);
    Path evalDir = Path.of(args[1]);
    Path cacheDir = Path.of(args[2]);
    KnowledgeBase kb = new KnowledgeBaseLoader().load(kbDir);
    List<EvalCase> all = new ArrayList<>();
    for (String name : List.of("faq-a.jsonl", "faq-b.jsonl", "abstain.jsonl")) {
      all.addAll(EvalCase.read(evalDir.resolve(name)));
    }
    EmbeddingCache cache = new EmbeddingCache(cacheDir, SharedMiniLm.EMBEDDER);
    List<float[]> embeddings = cache.embedAll(all.stream().map(EvalCase::text).toList());
    Set<String> ids = kb.faqs().stream().map(FaqEntry::id).collect(Collectors.toSet());
    System.out.printf("KB %d entries, %d cases%n", kb.faqs().size(), all.size());

    // the same split every run: tune on 60%, check on 40%
    List<Integer> tune = new ArrayList<>();
    List<Integer> check = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      (Math.floorMod(all.get(i).text().hashCode(), 5) < 3 ? tune : check).add(i);
    }
    SearchCalibration base = SearchCalibration.defaults(RetrievalMode.HYBRID);
    HybridFaqSearch built = new HybridFaqSearch(kb, cache, RetrievalMode.HYBRID, base);

    for (RetrievalMode mode : RetrievalMode.values()) {
      HybridFaqSearch s = built.recalibrated(mode, SearchCalibration.defaults(mode));
      System.out.printf("%-8s all: %s%n", mode, evaluation(all, embeddings, indicesOf(all)).score(s, ids));
    }

    float[] weights = {0f, 0.15f, 0.25f, 0.35f, 0.45f, 0.55f, 0.7f, 1f};
    float[] saturations = {2f, 4f, 8f, 12f, 20f};
    float[] focus = {0f, 0.5f, 1f};
    Best best = null;
    for (float w : weights) {
      for (float k : saturations) {
        for (float f : focus) {
          SearchCalibration c =
              new SearchCalibration(
                  base.questionBoost(), base.variantBoost(), base.tagBoost(), f, k, w,
                  base.answerThreshold(), base.clarifyMargin(), base.confidenceSlope(),
                  base.pairWeight(), base.gapWeight(), base.clarifyBand());
          HybridFaqSearch s = built.recalibrated(RetrievalMode.HYBRID, c);
          Best b = sweepThresholds(s, c, all, embeddings, tune, ids);
          System.out.printf(
              "w=%.2f k=%4.1f f=%.1f -> t=%.2f m=%.2f objective %.3f%n",
              w, k, f, b.calibration.answerThreshold(), b.calibration.clarifyMargin(), b.objective);
          if (best == null || b.objective > best.objective) {
            best = b;
          }
        }
      }
    }
    System.out.println("best on tune split: " + best.calibration);
    HybridFaqSearch shipped = built.recalibrated(RetrievalMode.HYBRID, base);
    System.out.println("defaults, tune : " + evaluation(all, embeddings, tune).score(shipped, ids));
    System.out.println("defaults, check: " + evaluation(all, embeddings, check).score(shipped, ids));
    HybridFaqSearch tuned = built.recalibrated(RetrievalMode.HYBRID, best.calibration);
    System.out.println("tune : " + evaluation(all, embeddings, tune).score(tuned, ids));
    EvalScore held = evaluation(all, embeddings, check).score(tuned, ids);
    System.out.println("check: " + held);
    held.failures().forEach(f -> System.out.println("   " + f));

    // Half the knowledge base: the removed entries' cases must now not be answered.
    for (int half = 0; half < 2; half++) {
      int h = half;
      List<FaqEntry> kept =
          kb.faqs().stream().filter(e -> Math.floorMod(e.id().hashCode(), 2) == h).toList();
      KnowledgeBase reduced = new KnowledgeBase(kept, List.of(), List.of());
      Set<String> keptIds = kept.stream().map(FaqEntry::id).collect(Collectors.toSet());
      HybridFaqSearch small = new HybridFaqSearch(reduced, cache, RetrievalMode.HYBRID, base);
      RetrievalEvaluation everything = evaluation(all, embeddings, indicesOf(all));
      System.out.println("half KB #" + half + " defaults: " + everything.score(small, keptIds));
      System.out.println(
          "half KB #" + half + " tuned   : "
              + everything.score(small.recalibrated(RetrievalMode.HYBRID, best.calibration), keptIds));
    }
  }

  private static RetrievalEvaluation evaluation(List<EvalCase> all, List<float[]> embeddings, List<Integer> which) {
    return new RetrievalEvaluation(
        which.stream().map(all::get).toList(), which.stream().map(embeddings::get).toList());
  }

  private record Best(SearchCalibration calibration, double objective) {}

  /** Finds threshold and margin on precomputed scores: only faq cases answered outright count. */
  private static Best sweepThresholds(
      HybridFaqSearch search, SearchCalibration c, List<EvalCase> all, List<float[]> embeddings,
      List<Integer> which, Set<String> ids) {
    int n = which.size();
    float[] top = new float[n];
    float[] second = new float[n];
    boolean[] firstRight = new boolean[n];
    boolean[] isFaq = new boolean[n];
    List<FaqEntry> entries = searchEntries(search);
    for (int j = 0; j < n; j++) {
      EvalCase ec = all.get(which.get(j));
      float[] scores = search.scores(ec.text(), embeddings.get(which.get(j)));
      int a = -1;
      int b = -1;
      for (int i = 0; i < scores.length; i++) {
        if (a < 0 || scores[i] > scores[a]) {
          b = a;
          a = i;
        } else if (b < 0 || scores[i] > scores[b]) {
          b = i;
        }
      }
      top[j] = scores[a];
      second[j] = b < 0 ? -1f : scores[b];
      isFaq[j] = !ec.expectsAbstain() && ids.contains(ec.expect());
      firstRight[j] = entries.get(a).id().equals(ec.expect());
    }
    Best best = null;
    for (float t = 0.2f; t < 0.9f; t += 0.01f) {
      for (float m : new float[] {0f, 0.01f, 0.02f, 0.03f, 0.05f}) {
        double faq = 0;
        double hit = 0;
        double abstain = 0;
        double abstainOk = 0;
        for (int j = 0; j < n; j++) {
          boolean offered = top[j] >= t;
          boolean clarify = offered && top[j] - second[j] < m;
          if (isFaq[j]) {
            faq++;
            if (offered && !clarify && firstRight[j]) {
              hit++; // as the acceptance check counts: CLARIFY is a miss
            }
          } else {
            abstain++;
            if (!offered || clarify) {
              abstainOk++;
            }
          }
        }
        double objective = hit / Math.max(1, faq) + abstainOk / Math.max(1, abstain);
        if (best == null || objective > best.objective + 1e-9) {
          best = new Best(c.withThreshold(t, m), objective);
        }
      }
    }
    return best;
  }

  private static List<FaqEntry> searchEntries(HybridFaqSearch search) {
    return search.entries();
  }

  private static <T> List<Integer> indicesOf(List<T> list) {
    return Stream.iterate(0, i -> i + 1).limit(list.size()).toList();
  }
}
