package org.carecircle.telegram.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A message the bot created through the fake (sendMessage) as it stands after any edits. */
public record SentMessage(
    long chatId,
    int messageId,
    Integer threadId,
    String text,
    String parseMode,
    Map<String, Object> replyMarkup,
    Integer replyToMessageId) {

  /** The callback_data of every inline button, in order. */
  @SuppressWarnings("unchecked")
  public List<String> buttonActions() {
    List<String> actions = new ArrayList<>();
    if (replyMarkup == null || !(replyMarkup.get("inline_keyboard") instanceof List<?> rows)) {
      return actions;
    }
    for (Object row : rows) {
      for (Object button : (List<Object>) row) {
        Object data = ((Map<String, Object>) button).get("callback_data");
        if (data != null) {
          actions.add(String.valueOf(data));
        }
      }
    }
    return actions;
  }

  /** The labels of every inline button, in order. */
  @SuppressWarnings("unchecked")
  public List<String> buttonLabels() {
    List<String> labels = new ArrayList<>();
    if (replyMarkup == null || !(replyMarkup.get("inline_keyboard") instanceof List<?> rows)) {
      return labels;
    }
    for (Object row : rows) {
      for (Object button : (List<Object>) row) {
        labels.add(String.valueOf(((Map<String, Object>) button).get("text")));
      }
    }
    return labels;
  }
}
