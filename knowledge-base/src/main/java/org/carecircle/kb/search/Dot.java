package org.carecircle.kb.search;

/** The dot product that every embedding scan here runs, hundreds of times per message. */
final class Dot {
  private Dot() {}

  /** The dot product of {@code v} with the {@code v.length} values of {@code flat} from {@code base}. */
  static float product(float[] flat, int base, float[] v) {
    // four partial sums: independent chains the CPU can run side by side
    float s0 = 0f;
    float s1 = 0f;
    float s2 = 0f;
    float s3 = 0f;
    int n = v.length;
    int d = 0;
    for (; d + 3 < n; d += 4) {
      s0 += flat[base + d] * v[d];
      s1 += flat[base + d + 1] * v[d + 1];
      s2 += flat[base + d + 2] * v[d + 2];
      s3 += flat[base + d + 3] * v[d + 3];
    }
    for (; d < n; d++) {
      s0 += flat[base + d] * v[d];
    }
    return s0 + s1 + s2 + s3;
  }
}
