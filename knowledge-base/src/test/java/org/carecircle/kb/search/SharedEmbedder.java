package org.carecircle.kb.search;

/** One sentence embedding model per test JVM: creating it costs about a second. */
final class SharedEmbedder {
  static final BgeSmallEmbedder EMBEDDER = new BgeSmallEmbedder();

  private SharedEmbedder() {}
}
