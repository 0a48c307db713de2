package org.carecircle.kb.search;

/** The dot products that every embedding scan here runs, hundreds of times per message. */
final class Dot {
  private Dot() {}

  /**
   * The dot products of {@code v} with {@code count} vectors stored dimension by dimension
   * ({@code columns[d * count + i]} is value d of vector i). Laid out this way the inner loop adds
   * one scaled column to the results, which the JIT compiles to SIMD instructions; a row-by-row
   * dot product is a chain of dependent additions it cannot.
   */
  static float[] products(float[] columns, int count, float[] v) {
    float[] out = new float[count];
    for (int d = 0; d < v.length; d++) {
      float scale = v[d];
      if (scale == 0f) {
        continue;
      }
      int base = d * count;
      for (int i = 0; i < count; i++) {
        out[i] += columns[base + i] * scale;
      }
    }
    return out;
  }

  /** {@code rows} vectors of {@code dimensions} values, laid one after another, as columns. */
  static float[] columns(float[] rowMajor, int rows, int dimensions) {
    float[] columns = new float[rowMajor.length];
    for (int r = 0; r < rows; r++) {
      for (int d = 0; d < dimensions; d++) {
        columns[d * rows + r] = rowMajor[r * dimensions + d];
      }
    }
    return columns;
  }
}
