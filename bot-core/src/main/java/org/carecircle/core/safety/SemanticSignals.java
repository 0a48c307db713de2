package org.carecircle.core.safety;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.carecircle.kb.search.TextEmbedder;

/**
 * Third layer: compares the message's embedding (the one retrieval uses too) with labelled
 * exemplars and reports, per level, how close the nearest one is. Exemplar embeddings are computed
 * once, here. Immutable and thread-safe.
 */
final class SemanticSignals {

  private final List<Exemplar> exemplars;
  private final float[][] vectors;
  private final int dimensions;
  private final TextEmbedder embedder;

  SemanticSignals(ExemplarSet set, TextEmbedder embedder) {
    this.embedder = embedder;
    this.exemplars = set.all();
    List<float[]> embedded = embedder.embedAll(exemplars.stream().map(Exemplar::text).toList());
    this.vectors = new float[embedded.size()][];
    for (int i = 0; i < embedded.size(); i++) {
      vectors[i] = unit(embedded.get(i));
    }
    this.dimensions = vectors.length == 0 ? 0 : vectors[0].length;
  }

  /** The closest exemplar of each level; empty when the embedding is missing or of another model. */
  Nearest nearest(float[] embedding) {
    return nearestExcluding(embedding, null);
  }

  /** As {@link #nearest}, ignoring an exemplar whose text is {@code self} (for training on them). */
  Nearest nearestExcluding(float[] embedding, String self) {
    Map<SafetyLevel, Double> best = new EnumMap<>(SafetyLevel.class);
    Map<SafetyLevel, String> texts = new EnumMap<>(SafetyLevel.class);
    if (embedding == null || embedding.length != dimensions || dimensions == 0) {
      return new Nearest(best, texts);
    }
    float[] query = unit(embedding);
    for (int i = 0; i < vectors.length; i++) {
      double similarity = dot(query, vectors[i]);
      if (Double.isNaN(similarity) || exemplars.get(i).text().equals(self)) {
        continue;
      }
      SafetyLevel level = exemplars.get(i).level();
      Double current = best.get(level);
      if (current == null || similarity > current) {
        best.put(level, similarity);
        texts.put(level, exemplars.get(i).text());
      }
    }
    return new Nearest(best, texts);
  }

  /** One sentence's embedding, for reading a long post's sentences on their own. */
  float[] embed(String sentence) {
    return embedder.embed(sentence);
  }

  /** Highest similarity per level, and which exemplar gave it. */
  record Nearest(Map<SafetyLevel, Double> similarity, Map<SafetyLevel, String> exemplar) {

    double of(SafetyLevel level) {
      return similarity.getOrDefault(level, 0.0);
    }

    boolean isEmpty() {
      return similarity.isEmpty();
    }
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    float[] out = new float[v.length];
    if (norm == 0 || Double.isNaN(norm)) {
      return out;
    }
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / norm);
    }
    return out;
  }
}
