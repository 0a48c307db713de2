package org.carecircle.core.conversation;

/**
 * The action payloads of the core's buttons. Short, because Telegram allows 64 bytes of callback
 * data; adapters send them back as button presses.
 */
public final class ButtonActions {
  public static final String FAQ = "faq:";
  public static final String NO_CHOICE = "faq:-";
  public static final String VOTE_UP = "vote:+:";
  public static final String VOTE_DOWN = "vote:-:";
  public static final String COMMAND = "cmd:";
  public static final String APPLY = "apply:";

  private ButtonActions() {}

  public static String faq(String id) {
    return FAQ + id;
  }

  public static String vote(boolean helpful, String id) {
    return (helpful ? VOTE_UP : VOTE_DOWN) + id;
  }

  public static String command(String name) {
    return COMMAND + name;
  }

  public static String apply(String groupId) {
    return APPLY + groupId;
  }
}
