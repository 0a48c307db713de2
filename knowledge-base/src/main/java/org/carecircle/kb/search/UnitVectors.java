package org.carecircle.kb.search;

import java.util.List;

/**
 * Embeddings scaled to unit length and stored dimension by dimension in one flat array, so that
 * the cosines of a message with all of them are one vectorised scan, well under a millisecond for
 * thousands. Immutable and thread-safe.
 */
public final class UnitVectors {
  private final int dimensions;
  private final int size;
  private final float[] columns;

  /** @throws IllegalArgumentException when the vectors differ in size */
  public UnitVectors(List<float[]> vectors) {
    this.dimensions = vectors.isEmpty() ? 0 : vectors.get(0).length;
    this.size = vectors.size();
    float[] rows = new float[size * dimensions];
    for (int i = 0; i < size; i++) {
      float[] v = vectors.get(i);
      if (v.length != dimensions) {
        throw new IllegalArgumentException("Embeddings of different sizes: " + v.length);
      }
      System.arraycopy(unit(v), 0, rows, i * dimensions, dimensions);
    }
    this.columns = Dot.columns(rows, size, dimensions);
  }

  public int size() {
    return size;
  }

  public int dimensions() {
    return dimensions;
  }

  /** The cosines of every vector with {@code unitQuery}, which must be of unit length, in order. */
  public float[] cosines(float[] unitQuery) {
    return Dot.products(columns, size, unitQuery);
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
