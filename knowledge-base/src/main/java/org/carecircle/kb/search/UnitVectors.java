package org.carecircle.kb.search;

import java.util.List;

/**
 * Embeddings scaled to unit length and laid one after another in a flat array, so that the cosine
 * with a message is one dot product and a scan over hundreds of them stays well under a
 * millisecond. Immutable and thread-safe.
 */
public final class UnitVectors {
  private final int dimensions;
  private final float[] flat;

  /** @throws IllegalArgumentException when the vectors differ in size */
  public UnitVectors(List<float[]> vectors) {
    this.dimensions = vectors.isEmpty() ? 0 : vectors.get(0).length;
    this.flat = new float[vectors.size() * dimensions];
    for (int i = 0; i < vectors.size(); i++) {
      float[] v = vectors.get(i);
      if (v.length != dimensions) {
        throw new IllegalArgumentException("Embeddings of different sizes: " + v.length);
      }
      System.arraycopy(unit(v), 0, flat, i * dimensions, dimensions);
    }
  }

  public int size() {
    return dimensions == 0 ? 0 : flat.length / dimensions;
  }

  public int dimensions() {
    return dimensions;
  }

  /** The cosine between vector {@code i} and {@code unitQuery}, which must be of unit length. */
  public float cosine(int i, float[] unitQuery) {
    return Dot.product(flat, i * dimensions, unitQuery);
  }

  /** {@code v} scaled to unit length; all zeros when it has no length (or is not a number). */
  public static float[] unit(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    float[] out = new float[v.length];
    if (sum == 0 || Double.isNaN(sum)) {
      return out;
    }
    float inverse = (float) (1 / Math.sqrt(sum));
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * inverse;
    }
    return out;
  }
}
