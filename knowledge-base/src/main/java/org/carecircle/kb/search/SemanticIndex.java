package org.carecircle.kb.search;

import java.util.Arrays;
import java.util.List;

/**
 * Unit-length embeddings of entries' texts (their question and variants, or the opening sentences
 * of their answers), in one flat array, searched by brute force: with a few hundred texts a scan is
 * faster than any index. Immutable, thread-safe.
 */
final class SemanticIndex {
  private final UnitVectors texts;
  private final int[] entryOfText;
  private final int entries;
  /** Per entry, the unit-length mean of its texts' unit vectors: where its phrasings gather. */
  private final UnitVectors centroids;

  SemanticIndex(List<float[]> textVectors, int[] entryOfText, int entries) {
    this.texts = new UnitVectors(textVectors);
    this.entryOfText = entryOfText.clone();
    this.entries = entries;
    this.centroids = new UnitVectors(centroidsOf(textVectors));
  }

  private List<float[]> centroidsOf(List<float[]> textVectors) {
    int dimensions = texts.dimensions();
    float[][] sums = new float[entries][dimensions];
    for (int t = 0; t < textVectors.size(); t++) {
      float[] unit = UnitVectors.unit(textVectors.get(t));
      for (int d = 0; d < dimensions; d++) {
        sums[entryOfText[t]][d] += unit[d];
      }
    }
    return Arrays.asList(sums);
  }

  /** Per entry, the highest cosine to the message, the mean of its two highest, and the cosine to its centroid. */
  record Closeness(float[] best, float[] pair, float[] centroid) {}

  /**
   * Per entry, the highest cosine between the message and any of the entry's texts, blended with
   * {@code pairWeight} of the mean of its two highest (an entry with one text counts that text
   * twice).
   */
  float[] scores(float[] message, float pairWeight) {
    Closeness closeness = closeness(message);
    float[] scores = closeness.best();
    for (int e = 0; e < entries; e++) {
      scores[e] += pairWeight * (closeness.pair()[e] - scores[e]);
    }
    return scores;
  }

  /** The semantic signals of every entry from one scan of the texts. */
  Closeness closeness(float[] message) {
    float[] best = new float[entries];
    float[] second = new float[entries];
    Arrays.fill(best, -1f);
    if (texts.size() == 0) {
      return new Closeness(best, best.clone(), best.clone());
    }
    Arrays.fill(best, Float.NEGATIVE_INFINITY);
    Arrays.fill(second, Float.NEGATIVE_INFINITY);
    if (message.length != texts.dimensions()) {
      throw new IllegalArgumentException(
          "Message embedding has " + message.length + " dimensions, index has " + texts.dimensions());
    }
    float[] query = UnitVectors.unit(message);
    float[] cosines = texts.cosines(query);
    for (int t = 0; t < entryOfText.length; t++) {
      float dot = cosines[t];
      int entry = entryOfText[t];
      if (dot > best[entry]) {
        second[entry] = best[entry];
        best[entry] = dot;
      } else if (dot > second[entry]) {
        second[entry] = dot;
      }
    }
    float[] pair = new float[entries];
    float[] centroid = centroids.cosines(query);
    for (int e = 0; e < entries; e++) {
      if (best[e] == Float.NEGATIVE_INFINITY) {
        best[e] = -1f; // an entry without texts: as far as a cosine can be
      }
      pair[e] = second[e] == Float.NEGATIVE_INFINITY ? best[e] : (best[e] + second[e]) / 2f;
    }
    return new Closeness(best, pair, centroid);
  }
}
