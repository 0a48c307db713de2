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
  }

  /** Per entry, the highest cosine to the message and the mean of its two highest. */
  record Closeness(float[] best, float[] pair) {}

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
      return new Closeness(best, best.clone());
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
    for (int e = 0; e < entries; e++) {
      if (best[e] == Float.NEGATIVE_INFINITY) {
        best[e] = -1f; // an entry without texts: as far as a cosine can be
      }
      pair[e] = second[e] == Float.NEGATIVE_INFINITY ? best[e] : (best[e] + second[e]) / 2f;
    }
    return new Closeness(best, pair);
  }

  private static float norm(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    return sum == 0 ? 1f : (float) Math.sqrt(sum);
  }
}
