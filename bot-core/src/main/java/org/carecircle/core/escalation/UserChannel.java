package org.carecircle.core.escalation;

import org.carecircle.core.message.Platform;
import org.carecircle.core.message.Reply;

/** Sends a message to a person outside a request/response exchange (a moderator's relayed reply). */
public interface UserChannel {

  Platform platform();

  void send(String conversationId, Reply reply) throws DeliveryException;
}
