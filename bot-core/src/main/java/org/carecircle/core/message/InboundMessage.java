package org.carecircle.core.message;

import java.util.Objects;

/**
 * One platform-neutral message from a person: free text, a command, or a button press.
 *
 * @param platform where it came from
 * @param conversationId the platform's chat or channel id, where a same-conversation reply goes
 * @param senderId the platform's user id; the core pseudonymises it before anything is stored
 * @param privateConversationId where a private reply to this person goes (their DM chat id), or null
 *     when the platform can only open it later
 * @param text the message text, or for a button press its action payload
 * @param direct true in a private chat with the bot
 * @param addressedToBot true when the bot was mentioned, replied to or given a command in a group
 * @param languageHint the platform's language tag for the person (e.g. {@code en-GB}), or null
 * @param eventId the platform's id of this event, for de-duplication
 * @param buttonPress true when {@code text} is the payload of a button the bot sent
 */
public record InboundMessage(
    Platform platform,
    String conversationId,
    String senderId,
    String privateConversationId,
    String text,
    boolean direct,
    boolean addressedToBot,
    String languageHint,
    String eventId,
    boolean buttonPress) {

  public InboundMessage {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(conversationId, "conversationId");
    Objects.requireNonNull(senderId, "senderId");
    text = text == null ? "" : text;
  }

  /** A free-text direct message, the common case on every platform. */
  public static InboundMessage direct(
      Platform platform, String userId, String text, String eventId) {
    return new InboundMessage(
        platform, userId, userId, userId, text, true, true, null, eventId, false);
  }
}
