package org.carecircle.telegram;

import java.util.Optional;

/**
 * A moderator button's callback data, kept short for Telegram's 64-byte limit: {@code m:c:42}
 * (claim escalation 42), {@code m:r:42} (resolve), {@code m:a:7} / {@code m:d:7} (approve or decline
 * application 7), {@code j:a:<chat>:<user>} / {@code j:d:<chat>:<user>} (a chat join request).
 */
public record ModeratorAction(Verb verb, long id, long userId) {

  /** What the button does. */
  public enum Verb {
    CLAIM("m:c"),
    RESOLVE("m:r"),
    APPROVE_APPLICATION("m:a"),
    DECLINE_APPLICATION("m:d"),
    APPROVE_JOIN("j:a"),
    DECLINE_JOIN("j:d");

    private final String prefix;

    Verb(String prefix) {
      this.prefix = prefix;
    }

    boolean joinRequest() {
      return this == APPROVE_JOIN || this == DECLINE_JOIN;
    }
  }

  public static ModeratorAction of(Verb verb, long id) {
    return new ModeratorAction(verb, id, 0);
  }

  /** A join request: {@code chatId} is the group, {@code userId} the person asking. */
  public static ModeratorAction join(Verb verb, long chatId, long userId) {
    return new ModeratorAction(verb, chatId, userId);
  }

  public String data() {
    return verb.joinRequest() ? verb.prefix + ":" + id + ":" + userId : verb.prefix + ":" + id;
  }

  public static Optional<ModeratorAction> parse(String data) {
    if (data == null) {
      return Optional.empty();
    }
    for (Verb verb : Verb.values()) {
      if (!data.startsWith(verb.prefix + ":")) {
        continue;
      }
      String[] parts = data.substring(verb.prefix.length() + 1).split(":");
      try {
        if (verb.joinRequest() && parts.length == 2) {
          return Optional.of(join(verb, Long.parseLong(parts[0]), Long.parseLong(parts[1])));
        }
        if (!verb.joinRequest() && parts.length == 1) {
          return Optional.of(of(verb, Long.parseLong(parts[0])));
        }
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
