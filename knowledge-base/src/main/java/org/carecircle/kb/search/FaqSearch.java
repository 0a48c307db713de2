package org.carecircle.kb.search;

/** Finds reviewed faq entries for a patient's message. Thread-safe. */
public interface FaqSearch {

  /**
   * Searches with the message's text and its embedding (computed once per message by the caller and
   * shared with the safety check).
   */
  FaqSearchResult search(String text, float[] embedding);
}
