package org.carecircle.core.conversation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reduces an unanswered question to a few sorted topic words ("cannabis oil nausea"), so curators
 * see what people ask without anyone's message being stored: no numbers, no names' capitals, no
 * order, at most six words.
 */
final class TopicWords {
  private static final int MAX_WORDS = 6;
  private static final Set<String> STOP =
      Set.of(
          "the", "and", "for", "are", "but", "not", "you", "your", "with", "this", "that",
          "have", "has", "had", "was", "were", "what", "when", "where", "which", "who", "why",
          "how", "can", "could", "would", "should", "will", "does", "did", "doing", "done",
          "any", "all", "about", "from", "into", "just", "like", "they", "them", "their",
          "there", "then", "than", "been", "being", "she", "her", "his", "him", "our", "out",
          "its", "it's", "i'm", "i've", "im", "ive", "dont", "don't", "can't", "cant", "get",
          "got", "some", "much", "many", "very", "really", "also", "still", "too", "one", "know",
          "want", "need", "please", "thanks", "hello", "anyone", "someone", "here", "my", "me",
          "is", "it", "do", "to", "of", "in", "on", "at", "or", "if", "so", "be", "an", "as",
          "by", "we", "us", "no", "yes");

  private TopicWords() {}

  static Optional<String> of(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    TreeSet<String> words = new TreeSet<>();
    for (String w : folded.split("[^\\p{L}']+")) {
      String word = w.replace("'", "");
      if (word.length() >= 3 && word.length() <= 24 && !STOP.contains(word)) {
        words.add(word);
      }
    }
    if (words.isEmpty()) {
      return Optional.empty();
    }
    // The longest words say most about the topic; sorting again keeps word order meaningless.
    TreeSet<String> kept = new TreeSet<>();
    words.stream()
        .sorted(java.util.Comparator.comparingInt(String::length).reversed())
        .limit(MAX_WORDS)
        .forEach(kept::add);
    return Optional.of(String.join(" ", kept));
  }
}
