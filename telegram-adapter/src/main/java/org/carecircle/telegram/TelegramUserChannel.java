package org.carecircle.telegram;

import org.carecircle.core.escalation.DeliveryException;
import org.carecircle.core.escalation.UserChannel;
import org.carecircle.core.message.Platform;
import org.carecircle.core.message.Reply;

/**
 * Writes to a person's private chat outside a conversation turn (a moderator's relayed reply, an
 * invite). One attempt: the core's outbox retries. Thread-safe.
 */
public final class TelegramUserChannel implements UserChannel {
  private final TelegramSender sender;

  public TelegramUserChannel(TelegramSender sender) {
    this.sender = sender;
  }

  @Override
  public Platform platform() {
    return Platform.TELEGRAM;
  }

  @Override
  public void send(String conversationId, Reply reply) throws DeliveryException {
    try {
      sender.sendOnce(conversationId, reply);
    } catch (BotApiException e) {
      throw e.toDeliveryException();
    }
  }
}
