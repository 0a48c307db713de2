package org.carecircle.kb.search;

import java.util.Arrays;
import java.util.List;

/**
 * Unit-length embeddings of entries' texts (their question and variants, or the opening sentences
 * of their answers), in one flat array, searched by brute force: with a few hundred texts a scan is
 * faster than any index. Immutable, thread-safe.
 */
final class SemanticIndex {
  private final int dimensions;
  private final float[] vectors;
  private final int[] entryOfText;
  private final int entries;
  private final float[] centroids;

  SemanticIndex(List<float[]> textVectors, int[] entryOfText, int entries) {
    this.dimensions = textVectors.isEmpty() ? 0 : textVectors.get(0).length;
    this.vectors = new float[textVectors.size() * dimensions];
    for (int t = 0; t < textVectors.size(); t++) {
      float[] v = textVectors.get(t);
      if (v.length != dimensions) {
        throw new IllegalArgumentException("Embeddings of different sizes: " + v.length);
      }
      float norm = norm(v);
      for (int d = 0; d < dimensions; d++) {
        vectors[t * dimensions + d] = v[d] / norm;
      }
    }
    this.entryOfText = entryOfText.clone();
    this.entries = entries;
    this.centroids = centroids();
  }

  /** Per entry, the unit-length mean of its texts' unit vectors: where its phrasings gather. */
  private float[] centroids() {
    float[] sums = new float[entries * dimensions];
    for (int t = 0; t < entryOfText.length; t++) {
      int base = entryOfText[t] * dimensions;
      for (int d = 0; d < dimensions; d++) {
        sums[base + d] += vectors[t * dimensions + d];
      }
    }
    for (int e = 0; e < entries; e++) {
      double sum = 0;
      for (int d = 0; d < dimensions; d++) {
        sum += sums[e * dimensions + d] * sums[e * dimensions + d];
      }
      float inverse = sum == 0 ? 0f : (float) (1 / Math.sqrt(sum));
      for (int d = 0; d < dimensions; d++) {
        sums[e * dimensions + d] *= inverse;
      }
    }
    return sums;
  }

  /** Per entry, the highest cosine to the message and the mean of its two highest. */
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

  /** Both semantic signals of every entry from one scan of the texts. */
  Closeness closeness(float[] message) {
    float[] best = new float[entries];
    float[] second = new float[entries];
    Arrays.fill(best, -1f);
    if (dimensions == 0) {
      return new Closeness(best, best.clone(), best.clone());
    }
    Arrays.fill(best, Float.NEGATIVE_INFINITY);
    Arrays.fill(second, Float.NEGATIVE_INFINITY);
    if (message.length != dimensions) {
      throw new IllegalArgumentException(
          "Message embedding has " + message.length + " dimensions, index has " + dimensions);
    }
    float inverse = 1f / norm(message);
    for (int t = 0, base = 0; t < entryOfText.length; t++, base += dimensions) {
      // four partial sums: independent chains the CPU can run side by side
      float s0 = 0f;
      float s1 = 0f;
      float s2 = 0f;
      float s3 = 0f;
      int d = 0;
      for (; d + 3 < dimensions; d += 4) {
        s0 += vectors[base + d] * message[d];
        s1 += vectors[base + d + 1] * message[d + 1];
        s2 += vectors[base + d + 2] * message[d + 2];
        s3 += vectors[base + d + 3] * message[d + 3];
      }
      for (; d < dimensions; d++) {
        s0 += vectors[base + d] * message[d];
      }
      float dot = (s0 + s1 + s2 + s3) * inverse;
      int entry = entryOfText[t];
      if (dot > best[entry]) {
        second[entry] = best[entry];
        best[entry] = dot;
      } else if (dot > second[entry]) {
        second[entry] = dot;
      }
    }
    float[] pair = new float[entries];
    float[] centroid = new float[entries];
    for (int e = 0; e < entries; e++) {
      float dot = 0f;
      for (int d = 0, base = e * dimensions; d < dimensions; d++) {
        dot += centroids[base + d] * message[d];
      }
      centroid[e] = dot * inverse;
      if (best[e] == Float.NEGATIVE_INFINITY) {
        best[e] = -1f; // an entry without texts: as far as a cosine can be
      }
      pair[e] = second[e] == Float.NEGATIVE_INFINITY ? best[e] : (best[e] + second[e]) / 2f;
    }
    return new Closeness(best, pair, centroid);
  }

  private static float norm(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    return sum == 0 ? 1f : (float) Math.sqrt(sum);
  }
}
