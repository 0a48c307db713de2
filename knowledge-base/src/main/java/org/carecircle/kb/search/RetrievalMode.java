package org.carecircle.kb.search;

/** Which signals rank faq entries: words (BM25), meaning (sentence embeddings), or both fused. */
public enum RetrievalMode {
  LEXICAL,
  SEMANTIC,
  HYBRID
}
