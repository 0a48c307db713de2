package org.carecircle.core.escalation;

/** A place where moderators receive escalations: a Discord channel, a Telegram chat, a terminal. */
public interface ModeratorChannel {

  /** A stable name of the destination, e.g. {@code telegram:-1001234} or {@code terminal}. */
  String destination();

  /**
   * Posts once. Throws {@link DeliveryException} on failure; the outbox decides about retries.
   *
   * @return the platform's id of the posted message
   */
  String post(ModeratorPost post) throws DeliveryException;
}
