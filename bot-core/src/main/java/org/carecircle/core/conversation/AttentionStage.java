package org.carecircle.core.conversation;

import java.util.Optional;
import org.carecircle.core.message.Response;
import org.carecircle.core.message.ResponseTrace;

/**
 * In a group the bot speaks only when spoken to: a command, a mention, a reply to it, or one of its
 * buttons. Placed after the safety check, which sees every message.
 */
public final class AttentionStage implements ConversationStage {

  @Override
  public Optional<Response> process(Turn turn) {
    var m = turn.message();
    if (m.direct() || m.addressedToBot() || m.buttonPress()) {
      return Optional.empty();
    }
    if (MessageText.commandName(m.text()).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(Response.silent().withTrace(ResponseTrace.of("not-addressed")));
  }
}
