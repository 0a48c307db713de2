package org.carecircle.core.escalation;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;

/** Builds the outbox records of an escalation's moderator posts. */
final class EscalationPosts {
  private EscalationPosts() {}

  /**
   * Queues one post of {@code kind} per destination under a fresh sequence number, with the
   * escalation as it is now in this transaction.
   */
  static void queue(
      Connection c,
      long escalationId,
      Collection<String> destinations,
      PostKind kind,
      String body,
      boolean loud,
      String actor,
      Instant now)
      throws SQLException {
    if (destinations.isEmpty()) {
      return;
    }
    Escalation e = EscalationStore.find(c, escalationId).orElseThrow();
    enqueue(c, e, destinations, kind, body, loud, actor, EscalationStore.nextSequence(c, escalationId), now);
  }

  /** Queues one post per destination under the given sequence number. */
  static void enqueue(
      Connection c,
      Escalation e,
      Collection<String> destinations,
      PostKind kind,
      String body,
      boolean loud,
      String actor,
      int sequence,
      Instant now)
      throws SQLException {
    for (String destination : destinations) {
      Outbox.enqueue(
          c,
          new OutboxEntry(
              OutboxEntry.ESCALATION,
              e.id(),
              OutboxTarget.MODERATOR,
              destination,
              null,
              kind.name(),
              e.level().name(),
              e.platform().name(),
              body,
              e.reasons(),
              loud,
              e.state().name(),
              actor,
              e.openedAt(),
              sequence),
          now);
    }
  }
}
