package org.carecircle.core.safety;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks the closing sentences of a long post, where people most often put what matters most
 * ("...anyway, this is goodbye"). Bounded work on any input. Stateless and thread-safe.
 */
final class ClosingSentences {
  /** Words in the normalised stream above which a message counts as long. */
  static final int LONG_WORDS = 30;
  static final int MAX_SENTENCES = 2;
  private static final int MIN_WORDS = 4;
  private static final int MAX_CHARS = 300;
  /** Only the tail is read: the closing sentences of a 100 kB flood are still near its end. */
  private static final int TAIL_CHARS = 2_000;

  boolean isLong(String words) {
    int count = 0;
    for (int i = 0; i < words.length() && count <= LONG_WORDS; i++) {
      if (words.charAt(i) == ' ') {
        count++;
      }
    }
    return count > LONG_WORDS;
  }

  /** Up to {@link #MAX_SENTENCES} sentences of at least a few words, last first. */
  List<String> of(String text) {
    List<String> result = new ArrayList<>();
    if (text == null) {
      return result;
    }
    String tail = text.substring(Math.max(0, text.length() - TAIL_CHARS));
    String[] sentences = tail.split("(?<=[.!?])\\s+|\\n+");
    for (int i = sentences.length - 1; i >= 0 && result.size() < MAX_SENTENCES; i--) {
      String s = sentences[i].strip();
      if (s.split("\\s+").length >= MIN_WORDS) {
        result.add(s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s);
      }
    }
    return result;
  }
}
