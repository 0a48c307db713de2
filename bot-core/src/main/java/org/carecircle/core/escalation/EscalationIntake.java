package org.carecircle.core.escalation;

import java.util.Optional;

/** The conversation core's way in to escalations. Thread-safe. */
public interface EscalationIntake {

  /**
   * Commits the escalation and its outbox records in one transaction, before any platform call,
   * and wakes delivery.
   */
  OpenedEscalation open(NewEscalation request);

  /** The person's escalation that is still OPEN or CLAIMED, if any. */
  Optional<Long> openEscalationOf(String userPseudonym);

  /** Passes the person's follow-up message to the moderators of an open escalation. */
  void followUp(long escalationId, String text);
}
