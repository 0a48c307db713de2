package org.carecircle.discord;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The custom ids of the moderator post's buttons and the reply modal: {@code mod:claim:42},
 * {@code mod:resolve:42}, {@code mod:reply:42}, {@code app:approve:7}, {@code app:decline:7}.
 */
record ModeratorButtons(String action, long id) {
  static final String CLAIM = "claim";
  static final String RESOLVE = "resolve";
  static final String REPLY = "reply";
  static final String APPROVE = "approve";
  static final String DECLINE = "decline";
  static final String MODAL_PREFIX = "modreply:";
  static final String MODAL_TEXT_ID = "text";

  private static final Pattern BUTTON = Pattern.compile("(mod|app):([a-z]+):(\\d{1,19})");
  private static final Pattern MODAL = Pattern.compile("modreply:(\\d{1,19})");

  static String customId(String action, long id) {
    String prefix = APPROVE.equals(action) || DECLINE.equals(action) ? "app:" : "mod:";
    return prefix + action + ":" + id;
  }

  static String modalId(long escalationId) {
    return MODAL_PREFIX + escalationId;
  }

  static boolean isModeratorComponent(String customId) {
    return customId.startsWith("mod:") || customId.startsWith("app:");
  }

  static Optional<ModeratorButtons> parse(String customId) {
    Matcher m = BUTTON.matcher(customId);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ModeratorButtons(m.group(2), Long.parseLong(m.group(3))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static Optional<Long> parseModal(String modalId) {
    Matcher m = MODAL.matcher(modalId);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(m.group(1)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
