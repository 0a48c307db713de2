package org.carecircle.core.safety;

import org.carecircle.kb.search.MiniLmEmbedder;

/** One embedding model per test JVM: loading it takes a second or so. */
final class SharedEmbedder {
  private static final class Holder {
    static final MiniLmEmbedder EMBEDDER = new MiniLmEmbedder();
    static final SafetyDetector DETECTOR = new SafetyDetector(EMBEDDER);
  }

  private SharedEmbedder() {}

  static MiniLmEmbedder embedder() {
    return Holder.EMBEDDER;
  }

  static SafetyDetector detector() {
    return Holder.DETECTOR;
  }
}
