package org.carecircle.telegram;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The adapter's own user- and moderator-facing sentences, from {@code messages/telegram.properties}
 * so reviewers can change the wording without touching code. Placeholders are {@code {0}}, {@code {1}}.
 */
public final class TelegramTexts {
  private final ResourceBundle bundle;

  public TelegramTexts() {
    this(ResourceBundle.getBundle("messages.telegram", Locale.ROOT));
  }

  TelegramTexts(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  public String get(String key, Object... args) {
    String text = bundle.containsKey(key) ? bundle.getString(key) : key;
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }
}
