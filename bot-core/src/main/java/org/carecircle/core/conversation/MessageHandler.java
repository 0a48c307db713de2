package org.carecircle.core.conversation;

import org.carecircle.core.message.InboundMessage;
import org.carecircle.core.message.Response;

/** The conversation core as an adapter sees it: one message in, the replies out. Thread-safe. */
public interface MessageHandler {

  Response handle(InboundMessage message);
}
