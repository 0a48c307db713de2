package org.carecircle.app;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.carecircle.core.escalation.EscalationIntake;
import org.carecircle.core.escalation.NewEscalation;
import org.carecircle.core.escalation.OpenedEscalation;

/**
 * For one-shot commands with no moderators (ask, eval, bench): escalations are counted, not stored,
 * and the person still gets the safe reply with contacts.
 */
final class UnattendedEscalations implements EscalationIntake {
  private final AtomicLong opened = new AtomicLong();

  @Override
  public OpenedEscalation open(NewEscalation request) {
    return new OpenedEscalation(opened.incrementAndGet(), false);
  }

  @Override
  public Optional<Long> openEscalationOf(String userPseudonym) {
    return Optional.empty();
  }

  @Override
  public void followUp(long escalationId, String text) {
    // Nobody to pass it to in a one-shot run.
  }

  long opened() {
    return opened.get();
  }
}
