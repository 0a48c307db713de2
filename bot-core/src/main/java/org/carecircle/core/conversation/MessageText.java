package org.carecircle.core.conversation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** Small, pure rules about message text that several stages and commands share. */
public final class MessageText {
  /** About a paragraph: the embedding model reads 256 word pieces, longer text only costs time. */
  private static final int EMBEDDING_CHARS = 1_000;

  private MessageText() {}

  /** The command word of "/groups breast" ("groups"), lower case, without a Telegram @botname. */
  public static Optional<String> commandName(String text) {
    String t = text.strip();
    if (t.length() < 2 || t.charAt(0) != '/' || !Character.isLetter(t.charAt(1))) {
      return Optional.empty();
    }
    int end = 1;
    while (end < t.length() && !Character.isWhitespace(t.charAt(end))) {
      end++;
    }
    String word = t.substring(1, end);
    int at = word.indexOf('@');
    if (at >= 0) {
      word = word.substring(0, at);
    }
    return Optional.of(word.toLowerCase(Locale.ROOT));
  }

  /** The words after the command word, or the whole text when it is not a command. */
  public static String withoutCommand(String text) {
    String t = text.strip();
    if (commandName(t).isEmpty()) {
      return t;
    }
    int space = indexOfWhitespace(t);
    return space < 0 ? "" : t.substring(space).strip();
  }

  /** Folds compatibility characters and caps the length the embedding model will see. */
  public static String forEmbedding(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    if (folded.length() <= EMBEDDING_CHARS) {
      return folded;
    }
    // Patients put the question at the end of a story: keep the end.
    return folded.substring(folded.length() - EMBEDDING_CHARS);
  }

  private static int indexOfWhitespace(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isWhitespace(t.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
