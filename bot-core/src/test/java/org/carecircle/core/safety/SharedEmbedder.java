package org.carecircle.core.safety;

import org.carecircle.kb.search.BgeSmallEmbedder;

/** One embedding model per test JVM: loading it takes a second or so. */
final class SharedEmbedder {
  private static final class Holder {
    static final BgeSmallEmbedder EMBEDDER = new BgeSmallEmbedder();
    static final SafetyDetector DETECTOR = new SafetyDetector(EMBEDDER);
  }

  private SharedEmbedder() {}

  static BgeSmallEmbedder embedder() {
    return Holder.EMBEDDER;
  }

  static SafetyDetector detector() {
    return Holder.DETECTOR;
  }
}
