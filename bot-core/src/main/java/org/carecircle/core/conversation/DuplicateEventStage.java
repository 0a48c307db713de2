package org.carecircle.core.conversation;

import java.util.Optional;
import org.carecircle.core.message.Response;
import org.carecircle.core.message.ResponseTrace;

/** Stays silent for a platform event that was already handled (a redelivery or a replay). */
public final class DuplicateEventStage implements ConversationStage {
  private final EventLedger ledger;

  public DuplicateEventStage(EventLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public Optional<Response> process(Turn turn) {
    String eventId = turn.message().eventId();
    if (eventId == null || eventId.isBlank()) {
      return Optional.empty();
    }
    String key = turn.message().platform().name().toLowerCase() + ":" + eventId;
    return ledger.firstSighting(key)
        ? Optional.empty()
        : Optional.of(Response.silent().withTrace(ResponseTrace.of("duplicate")));
  }
}
