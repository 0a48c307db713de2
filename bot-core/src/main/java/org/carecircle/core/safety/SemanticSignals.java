package org.carecircle.core.safety;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.carecircle.kb.search.TextEmbedder;
import org.carecircle.kb.search.UnitVectors;

/**
 * Third layer: compares the message's embedding (the one retrieval uses too) with labelled
 * exemplars and reports, per level, how close the nearest one is. Exemplar embeddings are computed
 * once, here. Immutable and thread-safe.
 */
final class SemanticSignals {

  private final List<Exemplar> exemplars;
  private final UnitVectors vectors;
  private final TextEmbedder embedder;

  SemanticSignals(ExemplarSet set, TextEmbedder embedder) {
    this.embedder = embedder;
    this.exemplars = set.all();
    List<float[]> embedded = embedder.embedAll(exemplars.stream().map(Exemplar::text).toList());
    this.vectors = new UnitVectors(embedded);
  }

  /** The closest exemplar of each level; empty when the embedding is missing or of another model. */
  Nearest nearest(float[] embedding) {
    return nearestExcluding(embedding, null);
  }

  /** As {@link #nearest}, ignoring an exemplar whose text is {@code self} (for training on them). */
  Nearest nearestExcluding(float[] embedding, String self) {
    Map<SafetyLevel, Double> best = new EnumMap<>(SafetyLevel.class);
    Map<SafetyLevel, String> texts = new EnumMap<>(SafetyLevel.class);
    if (embedding == null || embedding.length != vectors.dimensions() || vectors.size() == 0) {
      return new Nearest(best, texts);
    }
    float[] cosines = vectors.cosines(UnitVectors.unit(embedding));
    for (int i = 0; i < exemplars.size(); i++) {
      double similarity = cosines[i];
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
}
