package org.carecircle.core.safety;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fourth layer: a linear model (multinomial logistic regression) over the message's words and word
 * pairs, its sentence embedding and its nearness to the exemplars, trained at start from the bundled
 * labelled corpus. Hand-written phrases catch what their authors thought of; people in danger write
 * in countless other ways, and a model fitted on thousands of labelled messages weighs all their
 * words at once. Training is deterministic (fixed seed and order). Immutable and thread-safe once
 * built.
 */
final class LearnedSignals {
  /** The order of the model's outputs. */
  static final List<SafetyLevel> LEVELS =
      List.of(SafetyLevel.NONE, SafetyLevel.CRISIS, SafetyLevel.MEDICAL, SafetyLevel.DISTRESS);

  private static final int WORD_BUCKETS = 1 << 18;
  private static final int NEAREST_FEATURES = 7;
  private static final double EMBEDDING_SCALE = 2.0;
  private static final double LEARNING_RATE = 0.2;
  private static final double L2 = 1e-4;
  private static final int EPOCHS = 30;
  private static final long SEED = 7;

  private final int dimensions;
  private final int width;
  /** One row of weights per level; the last column is the bias. */
  private final double[][] weights;

  /** One labelled training message with everything the features are made from. */
  record Example(
      SafetyLevel level,
      NormalisedText text,
      boolean feverReading,
      float[] embedding,
      SemanticSignals.Nearest nearest) {}

  /** The model's probability for each level. */
  record Estimate(Map<SafetyLevel, Double> probability) {
    double of(SafetyLevel level) {
      return probability.getOrDefault(level, 0.0);
    }

    /** The most likely level among those that escalate. */
    SafetyLevel likeliestConcern() {
      SafetyLevel best = SafetyLevel.CRISIS;
      for (SafetyLevel level : List.of(SafetyLevel.MEDICAL, SafetyLevel.DISTRESS)) {
        if (of(level) > of(best)) {
          best = level;
        }
      }
      return best;
    }
  }

  LearnedSignals(List<Example> examples, int dimensions) {
    this.dimensions = dimensions;
    this.width = WORD_BUCKETS + dimensions + NEAREST_FEATURES + 1;
    this.weights = new double[LEVELS.size()][width];
    train(examples);
  }

  /**
   * @param feverReading whether the explicit layer read a temperature at or above the fever
   *     threshold, which words alone cannot tell from a normal one (or from an age)
   */
  Estimate estimate(
      NormalisedText text, boolean feverReading, float[] embedding, SemanticSignals.Nearest nearest) {
    double[] p = probabilities(features(text, feverReading, embedding, nearest));
    Map<SafetyLevel, Double> byLevel = new EnumMap<>(SafetyLevel.class);
    for (int k = 0; k < LEVELS.size(); k++) {
      byLevel.put(LEVELS.get(k), p[k]);
    }
    return new Estimate(byLevel);
  }

  private void train(List<Example> examples) {
    List<Sparse> rows = new ArrayList<>(examples.size());
    int[] labels = new int[examples.size()];
    int[] counts = new int[LEVELS.size()];
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      rows.add(features(e.text(), e.feverReading(), e.embedding(), e.nearest()));
      labels[i] = LEVELS.indexOf(e.level());
      counts[labels[i]]++;
    }
    // Classes weighted by their rarity, so the many everyday messages do not drown the crises.
    double[] classWeight = new double[LEVELS.size()];
    for (int k = 0; k < classWeight.length; k++) {
      classWeight[k] = examples.size() / (double) (LEVELS.size() * Math.max(1, counts[k]));
    }
    double[][] squaredGradients = new double[LEVELS.size()][width];
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      order.add(i);
    }
    Random random = new Random(SEED);
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      Collections.shuffle(order, random);
      for (int i : order) {
        Sparse x = rows.get(i);
        double[] p = probabilities(x);
        for (int k = 0; k < LEVELS.size(); k++) {
          double error = classWeight[labels[i]] * (p[k] - (k == labels[i] ? 1 : 0));
          double[] w = weights[k];
          double[] g2 = squaredGradients[k];
          for (int n = 0; n < x.size; n++) {
            int j = x.index[n];
            double g = error * x.value[n] + L2 * w[j];
            g2[j] += g * g;
            w[j] -= LEARNING_RATE * g / (Math.sqrt(g2[j]) + 1e-8);
          }
          int bias = width - 1;
          g2[bias] += error * error;
          w[bias] -= LEARNING_RATE * error / (Math.sqrt(g2[bias]) + 1e-8);
        }
      }
    }
  }

  private double[] probabilities(Sparse x) {
    double[] z = new double[LEVELS.size()];
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < z.length; k++) {
      double[] w = weights[k];
      double sum = w[width - 1];
      for (int n = 0; n < x.size; n++) {
        sum += w[x.index[n]] * x.value[n];
      }
      z[k] = sum;
      max = Math.max(max, sum);
    }
    double total = 0;
    for (int k = 0; k < z.length; k++) {
      z[k] = Math.exp(z[k] - max);
      total += z[k];
    }
    for (int k = 0; k < z.length; k++) {
      z[k] /= total;
    }
    return z;
  }

  /**
   * Words and adjacent word pairs of the normalised stream, hashed into buckets and scaled so a
   * long message does not outweigh a short one; a token for a fever reading; the unit embedding;
   * and how near the exemplars of each level the message is.
   */
  private Sparse features(
      NormalisedText text, boolean feverReading, float[] embedding, SemanticSignals.Nearest nearest) {
    Map<Integer, Double> values = new LinkedHashMap<>();
    List<String> grams = grams(text);
    if (feverReading) {
      grams.add("<fever-reading>");
    }
    double wordValue = 1.0 / Math.sqrt(Math.max(1, grams.size()));
    for (String gram : grams) {
      values.put(Math.floorMod(gram.hashCode() * 31 + 17, WORD_BUCKETS), wordValue);
    }
    int at = WORD_BUCKETS;
    if (embedding != null && embedding.length == dimensions) {
      double norm = 0;
      for (float v : embedding) {
        norm += v * v;
      }
      norm = Math.sqrt(norm);
      if (norm > 0 && !Double.isNaN(norm)) {
        for (int d = 0; d < dimensions; d++) {
          values.put(at + d, EMBEDDING_SCALE * embedding[d] / norm);
        }
      }
    }
    at += dimensions;
    if (nearest != null && !nearest.isEmpty()) {
      double everyday = nearest.of(SafetyLevel.NONE);
      values.put(at, everyday);
      int n = 1;
      for (SafetyLevel level : List.of(SafetyLevel.CRISIS, SafetyLevel.MEDICAL, SafetyLevel.DISTRESS)) {
        values.put(at + n++, nearest.of(level));
        values.put(at + n++, nearest.of(level) - everyday);
      }
    }
    return Sparse.of(values);
  }

  private static List<String> grams(NormalisedText text) {
    String[] tokens = text.words().isBlank() ? new String[0] : text.words().split(" ");
    List<String> grams = new ArrayList<>(tokens.length * 2 + 1);
    for (int i = 0; i < tokens.length; i++) {
      // "38" is an age as often as a temperature: numbers count as numbers, and a fever reading
      // has its own token.
      if (tokens[i].chars().anyMatch(Character::isDigit)) {
        tokens[i] = "<number>";
      }
    }
    for (int i = 0; i < tokens.length; i++) {
      grams.add(tokens[i]);
      if (i + 1 < tokens.length) {
        grams.add(tokens[i] + "_" + tokens[i + 1]);
      }
    }
    return grams;
  }

  /** A feature vector holding only its non-zero entries. */
  private static final class Sparse {
    final int[] index;
    final double[] value;
    final int size;

    private Sparse(int[] index, double[] value) {
      this.index = index;
      this.value = value;
      this.size = index.length;
    }

    static Sparse of(Map<Integer, Double> values) {
      int[] index = new int[values.size()];
      double[] value = new double[values.size()];
      int n = 0;
      for (Map.Entry<Integer, Double> e : values.entrySet()) {
        index[n] = e.getKey();
        value[n++] = e.getValue();
      }
      return new Sparse(index, value);
    }
  }
}
