package org.carecircle.kb.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.carecircle.kb.FaqEntry;
import org.carecircle.kb.KnowledgeBase;
import org.carecircle.kb.KnowledgeBaseLoader;
import org.carecircle.kb.eval.EvalCase;

/**
 * A developer's tool, not a test: fits the constants of {@link RankingModel} on labelled cases and
 * reports the result. The ranking weights maximise the likelihood of the expected entry among all
 * entries (a conditional logit); the confidence model is a logistic regression of "the best entry
 * is the expected one", fitted on the full knowledge base and on {@value #RANDOM_HALVES} random
 * halves of it, where the removed entries' cases must not be answered. Both work on standardised
 * inputs with a little L2, so no weight grows on a handful of cases. With test files, it also
 * scores the fit on cases it has not seen, on the full knowledge base and on its two fixed halves
 * (as the regression test splits it). Run with the test classpath:
 * {@code java -cp ... RankingModelFit KB_DIR CACHE_DIR TRAIN.jsonl,... [TEST.jsonl,...]}.
 */
public final class RankingModelFit {
  private static final int RANDOM_HALVES = 8;
  private static final double L2 = 0.01;
  private static final float[] THRESHOLDS = {0.15f, 0.20f, 0.25f, 0.30f, 0.35f, 0.40f};

  private RankingModelFit() {}

  /** The signals of every case against one view of the knowledge base. */
  private record View(Set<String> ids, List<FaqEntry> entries, List<MessageSignals> signals) {}

  public static void main(String[] args) {
    KnowledgeBase kb = new KnowledgeBaseLoader().load(Path.of(args[0]));
    EmbeddingCache cache = new EmbeddingCache(Path.of(args[1]), SharedEmbedder.EMBEDDER);
    List<EvalCase> train = read(args[2]);
    List<EvalCase> test = args.length > 3 ? read(args[3]) : List.of();
    List<EvalCase> all = new ArrayList<>(train);
    all.addAll(test);
    List<float[]> vectors = cache.embedAll(all.stream().map(EvalCase::text).toList());
    int trained = train.size();
    Projections projections = Projections.crossFitted(kb, cache, all, vectors, trained);
    String out = System.getProperty("projection.out");
    if (out != null) {
      try (java.io.OutputStream file = java.nio.file.Files.newOutputStream(Path.of(out))) {
        projections.shipped().write(file);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      System.out.println("domain projection written to " + out);
    }

    Random random = new Random(3);
    List<View> trainViews = new ArrayList<>();
    trainViews.add(view(kb, cache, all, vectors, projections, e -> true));
    for (int i = 0; i < RANDOM_HALVES; i++) {
      trainViews.add(view(kb, cache, all, vectors, projections, e -> random.nextBoolean()));
    }
    float[] rank = fitRanking(trainViews.get(0), all, trained);
    RankingModel ranking = new RankingModel(rank, new double[RankingModel.CONFIDENCE_FEATURES], 0);
    double[] confidence = fitConfidence(trainViews, ranking, all, trained);
    RankingModel model =
        new RankingModel(rank, Arrays.copyOf(confidence, RankingModel.CONFIDENCE_FEATURES),
            confidence[RankingModel.CONFIDENCE_FEATURES]);
    System.out.println("ranking weights   " + Arrays.toString(rank));
    System.out.println(
        "confidence weights " + Arrays.toString(Arrays.copyOf(confidence, RankingModel.CONFIDENCE_FEATURES))
            + " intercept " + confidence[RankingModel.CONFIDENCE_FEATURES]);

    List<View> checks = new ArrayList<>();
    checks.add(trainViews.get(0));
    for (int half = 0; half < 2; half++) {
      int h = half;
      checks.add(view(kb, cache, all, vectors, projections, e -> Math.floorMod(e.id().hashCode(), 2) == h));
    }
    for (float threshold : THRESHOLDS) {
      StringBuilder line = new StringBuilder(String.format("threshold %.2f ", threshold));
      for (boolean seen : test.isEmpty() ? new boolean[] {true} : new boolean[] {true, false}) {
        line.append(seen ? " train:" : " | test:");
        for (View v : checks) {
          line.append(' ').append(score(model, v, all, threshold, seen ? 0 : trained, seen ? trained : all.size()));
        }
      }
      System.out.println(line);
    }
  }

  private static List<EvalCase> read(String files) {
    List<EvalCase> cases = new ArrayList<>();
    for (String file : files.split(",")) {
      cases.addAll(EvalCase.read(Path.of(file)));
    }
    return cases;
  }

  /**
   * The domain projection each case's signals are computed with: a training case's comes from a
   * projection fitted without its fold, so the ranking model learns from cosines as good as they
   * will be on questions the projection never saw; test cases use the one fitted on all training
   * cases, which is the one shipped.
   */
  private record Projections(DomainProjection[] byFold, int[] foldOfCase) {
    static final int FOLDS = 3;

    static Projections crossFitted(
        KnowledgeBase kb, EmbeddingCache cache, List<EvalCase> cases, List<float[]> vectors, int trained) {
      DomainProjection[] byFold = new DomainProjection[FOLDS + 1];
      int[] foldOfCase = new int[cases.size()];
      for (int c = 0; c < cases.size(); c++) {
        foldOfCase[c] = c < trained ? Math.floorMod(cases.get(c).text().hashCode(), FOLDS) : FOLDS;
      }
      for (int fold = 0; fold <= FOLDS; fold++) {
        List<EvalCase> fitCases = new ArrayList<>();
        List<float[]> fitVectors = new ArrayList<>();
        for (int c = 0; c < trained; c++) {
          if (foldOfCase[c] != fold) {
            fitCases.add(cases.get(c));
            fitVectors.add(vectors.get(c));
          }
        }
        byFold[fold] = DomainProjectionFit.fit(kb.faqs(), cache, fitCases, fitVectors);
        System.out.println("domain projection " + (fold < FOLDS ? "without fold " + fold : "on all") + " fitted");
      }
      return new Projections(byFold, foldOfCase);
    }

    DomainProjection shipped() {
      return byFold[FOLDS];
    }
  }

  private static View view(
      KnowledgeBase kb, EmbeddingCache cache, List<EvalCase> cases, List<float[]> vectors,
      Projections projections, Predicate<FaqEntry> keep) {
    List<FaqEntry> kept = kb.faqs().stream().filter(keep).toList();
    KnowledgeBase small = new KnowledgeBase(kept, List.of(), List.of());
    HybridFaqSearch[] searches = new HybridFaqSearch[projections.byFold().length];
    for (int fold = 0; fold < searches.length; fold++) {
      searches[fold] = new HybridFaqSearch(small, cache, projections.byFold()[fold]);
    }
    List<MessageSignals> signals = new ArrayList<>();
    for (int c = 0; c < cases.size(); c++) {
      int fold = projections.foldOfCase()[c];
      signals.add(searches[fold].signals(cases.get(c).text(), vectors.get(c)));
    }
    return new View(kept.stream().map(FaqEntry::id).collect(Collectors.toSet()), kept, signals);
  }

  private static int expected(View view, EvalCase c) {
    for (int e = 0; e < view.entries().size(); e++) {
      if (view.entries().get(e).id().equals(c.expect())) {
        return e;
      }
    }
    return -1;
  }

  /** Conditional logit over all entries of the full knowledge base, on the faq training cases. */
  private static float[] fitRanking(View full, List<EvalCase> cases, int trained) {
    int n = RankingModel.RANK_FEATURES;
    List<float[][]> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    for (int c = 0; c < trained; c++) {
      int y = expected(full, cases.get(c));
      if (y >= 0) {
        float[][] x = new float[full.entries().size()][];
        for (int e = 0; e < x.length; e++) {
          x[e] = RankingModel.rankFeatures(full.signals().get(c), e);
        }
        xs.add(x);
        ys.add(y);
      }
    }
    double[] mean = new double[n];
    double[] sd = new double[n];
    standardise(xs.stream().flatMap(Arrays::stream).map(RankingModelFit::widen).toList(), mean, sd);
    double[] w = new double[n];
    for (int iteration = 0; iteration < 2000; iteration++) {
      double[] gradient = new double[n];
      for (int c = 0; c < xs.size(); c++) {
        float[][] x = xs.get(c);
        double[] p = new double[x.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int e = 0; e < x.length; e++) {
          for (int i = 0; i < n; i++) {
            p[e] += w[i] * (x[e][i] - mean[i]) / sd[i];
          }
          max = Math.max(max, p[e]);
        }
        double sum = 0;
        for (int e = 0; e < x.length; e++) {
          p[e] = Math.exp(p[e] - max);
          sum += p[e];
        }
        for (int e = 0; e < x.length; e++) {
          double weight = p[e] / sum - (e == ys.get(c) ? 1 : 0);
          for (int i = 0; i < n; i++) {
            gradient[i] += weight * (x[e][i] - mean[i]) / sd[i];
          }
        }
      }
      for (int i = 0; i < n; i++) {
        w[i] -= 0.5 * (gradient[i] / xs.size() + L2 * w[i]);
      }
    }
    float[] raw = new float[n];
    for (int i = 0; i < n; i++) {
      raw[i] = (float) (w[i] / sd[i]); // a constant shift of every entry's score changes nothing
    }
    return raw;
  }

  /** Logistic regression of "the best entry is right" over every training view; intercept last. */
  private static double[] fitConfidence(
      List<View> views, RankingModel ranking, List<EvalCase> cases, int trained) {
    List<double[]> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    for (View view : views) {
      for (int c = 0; c < trained; c++) {
        MessageSignals signals = view.signals().get(c);
        float[] scores = ranking.scores(signals);
        int[] top = topTwo(scores);
        xs.add(RankingModel.confidenceFeatures(signals, scores, top[0], top[1]));
        ys.add(top[0] == expected(view, cases.get(c)) ? 1 : 0);
      }
    }
    int n = RankingModel.CONFIDENCE_FEATURES;
    double[] mean = new double[n];
    double[] sd = new double[n];
    standardise(xs, mean, sd);
    double[] w = new double[n];
    double bias = 0;
    for (int iteration = 0; iteration < 4000; iteration++) {
      double[] gradient = new double[n];
      double biasGradient = 0;
      for (int s = 0; s < xs.size(); s++) {
        double z = bias;
        for (int i = 0; i < n; i++) {
          z += w[i] * (xs.get(s)[i] - mean[i]) / sd[i];
        }
        double error = 1 / (1 + Math.exp(-z)) - ys.get(s);
        for (int i = 0; i < n; i++) {
          gradient[i] += error * (xs.get(s)[i] - mean[i]) / sd[i];
        }
        biasGradient += error;
      }
      for (int i = 0; i < n; i++) {
        w[i] -= 0.5 * (gradient[i] / xs.size() + L2 * w[i]);
      }
      bias -= 0.5 * biasGradient / xs.size();
    }
    double[] raw = new double[n + 1];
    raw[n] = bias;
    for (int i = 0; i < n; i++) {
      raw[i] = w[i] / sd[i];
      raw[n] -= w[i] * mean[i] / sd[i];
    }
    return raw;
  }

  private static double[] widen(float[] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = x[i];
    }
    return out;
  }

  private static void standardise(List<double[]> xs, double[] mean, double[] sd) {
    for (double[] x : xs) {
      for (int i = 0; i < mean.length; i++) {
        mean[i] += x[i] / xs.size();
      }
    }
    for (double[] x : xs) {
      for (int i = 0; i < mean.length; i++) {
        sd[i] += (x[i] - mean[i]) * (x[i] - mean[i]) / xs.size();
      }
    }
    for (int i = 0; i < sd.length; i++) {
      sd[i] = Math.sqrt(sd[i]) + 1e-9;
    }
  }

  private static int[] topTwo(float[] scores) {
    int first = -1;
    int second = -1;
    for (int e = 0; e < scores.length; e++) {
      if (first < 0 || scores[e] > scores[first]) {
        second = first;
        first = e;
      } else if (second < 0 || scores[e] > scores[second]) {
        second = e;
      }
    }
    return new int[] {first, second};
  }

  /** Answered top-1, top-3 and abstain correct of cases [from, to) against a view, at a threshold. */
  private static String score(RankingModel model, View view, List<EvalCase> cases, float threshold, int from, int to) {
    int faq = 0;
    int answered = 0;
    int top3 = 0;
    int abstain = 0;
    int abstained = 0;
    for (int c = from; c < to; c++) {
      MessageSignals signals = view.signals().get(c);
      float[] scores = model.scores(signals);
      int[] top = topTwo(scores);
      boolean answers = model.confidence(signals, scores, top[0], top[1]) >= threshold;
      int y = expected(view, cases.get(c));
      if (y < 0) {
        abstain++;
        abstained += answers ? 0 : 1;
        continue;
      }
      faq++;
      answered += answers && top[0] == y ? 1 : 0;
      int better = 0;
      for (float s : scores) {
        better += s > scores[y] ? 1 : 0;
      }
      top3 += better < 3 ? 1 : 0;
    }
    return String.format("%.3f/%.3f/%.3f", (double) answered / faq, (double) top3 / faq, (double) abstained / abstain);
  }
}
