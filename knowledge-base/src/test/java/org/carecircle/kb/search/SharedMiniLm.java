package org.carecircle.kb.search;

/** One MiniLM model per test JVM: creating it costs about a second. */
final class SharedMiniLm {
  static final MiniLmEmbedder EMBEDDER = new MiniLmEmbedder();

  private SharedMiniLm() {}
}
