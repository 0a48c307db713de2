package org.carecircle.kb.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carecircle.kb.FaqEntry;
import org.carecircle.kb.KnowledgeBase;
import org.carecircle.kb.KnowledgeBaseLoader;
import org.carecircle.kb.eval.EvalCase;

/**
 * A developer's tool, not a test: fits {@link CancerTopic}. On topic: the bundled knowledge base's
 * phrasings and the faq questions of the given case files; off topic: the messages in
 * {@code src/test/resources/topic} (written for this project: other subjects, many in cancer care's
 * words). Logistic regression on unit embeddings, classes weighted equally, a little L2; one
 * message in five of each class is held back and scored first. Run with the test classpath:
 * {@code java -cp ... CancerTopicFit CACHE_DIR CASES.jsonl,... OUTPUT.bin}.
 */
public final class CancerTopicFit {
  private static final double L2 = 1e-2;
  private static final int ITERATIONS = 1000;
  private static final double STEP = 0.5;

  private CancerTopicFit() {}

  public static void main(String[] args) throws IOException {
    EmbeddingCache cache = new EmbeddingCache(Path.of(args[0]), SharedEmbedder.EMBEDDER);
    KnowledgeBase kb = new KnowledgeBaseLoader().loadBundled();
    List<String> on = new ArrayList<>();
    kb.faqs().forEach(e -> on.addAll(HybridFaqSearch.embeddedTexts(e)));
    for (String file : args[1].split(",")) {
      EvalCase.read(Path.of(file)).stream()
          .filter(c -> !c.expect().equals("abstain"))
          .forEach(c -> on.add(c.text()));
    }
    List<String> off = new ArrayList<>();
    for (String name : List.of("off-topic-1.jsonl")) {
      off.addAll(read("/topic/" + name));
    }
    List<float[]> onVectors = cache.embedAll(on);
    List<float[]> offVectors = cache.embedAll(off);

    CancerTopic heldBack = fit(onVectors, offVectors, true);
    for (double bar : new double[] {0.05, 0.10, 0.15, 0.20, 0.50}) {
      System.out.printf("held back, below %.2f: on topic %.3f, off topic %.3f%n",
          bar, below(heldBack, onVectors, bar), below(heldBack, offVectors, bar));
    }
    CancerTopic all = fit(onVectors, offVectors, false);
    try (OutputStream out = Files.newOutputStream(Path.of(args[2]))) {
      all.write(out);
    }
    System.out.println("wrote " + args[2] + " (" + on.size() + " on topic, " + off.size() + " off)");
  }

  /** Share of the fifth held back (every fifth message) whose probability is below {@code bar}. */
  private static double below(CancerTopic model, List<float[]> vectors, double bar) {
    int count = 0;
    int n = 0;
    for (int i = 4; i < vectors.size(); i += 5) {
      n++;
      count += model.probability(vectors.get(i)) < bar ? 1 : 0;
    }
    return (double) count / n;
  }

  private static CancerTopic fit(List<float[]> on, List<float[]> off, boolean holdBack) {
    List<float[]> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    List<Double> weight = new ArrayList<>();
    addClass(on, 1, holdBack, x, y, weight);
    addClass(off, 0, holdBack, x, y, weight);
    int d = x.get(0).length;
    // standardised inputs: the dimensions of sentence embeddings share a large common part
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (float[] v : x) {
      for (int k = 0; k < d; k++) {
        mean[k] += v[k] / x.size();
      }
    }
    for (float[] v : x) {
      for (int k = 0; k < d; k++) {
        sd[k] += (v[k] - mean[k]) * (v[k] - mean[k]) / x.size();
      }
    }
    for (int k = 0; k < d; k++) {
      sd[k] = Math.sqrt(sd[k]) + 1e-9;
    }
    double[] w = new double[d];
    double b = 0;
    double total = weight.stream().mapToDouble(Double::doubleValue).sum();
    for (int it = 0; it < ITERATIONS; it++) {
      double[] g = new double[d];
      double gb = 0;
      for (int i = 0; i < x.size(); i++) {
        float[] v = x.get(i);
        double z = b;
        for (int k = 0; k < d; k++) {
          z += w[k] * (v[k] - mean[k]) / sd[k];
        }
        double error = weight.get(i) * (1 / (1 + Math.exp(-z)) - y.get(i));
        for (int k = 0; k < d; k++) {
          g[k] += error * (v[k] - mean[k]) / sd[k];
        }
        gb += error;
      }
      for (int k = 0; k < d; k++) {
        w[k] -= STEP * (g[k] / total + L2 * w[k]);
      }
      b -= STEP * gb / total;
    }
    float[] weights = new float[d];
    double raw = b;
    for (int k = 0; k < d; k++) {
      weights[k] = (float) (w[k] / sd[k]);
      raw -= w[k] * mean[k] / sd[k];
    }
    b = raw;
    return new CancerTopic(weights, (float) b);
  }

  private static void addClass(
      List<float[]> vectors, int label, boolean holdBack, List<float[]> x, List<Integer> y,
      List<Double> weight) {
    int used = holdBack ? vectors.size() - vectors.size() / 5 : vectors.size();
    for (int i = 0; i < vectors.size(); i++) {
      if (holdBack && i % 5 == 4) {
        continue;
      }
      x.add(UnitVectors.unit(vectors.get(i)));
      y.add(label);
      weight.add(1.0 / used); // each class weighs the same in all
    }
  }

  private static List<String> read(String resource) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    try (InputStream in = CancerTopicFit.class.getResourceAsStream(resource)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          texts.add(json.readTree(line).path("text").asText());
        }
      }
    }
    return texts;
  }
}
