package org.carecircle.core.escalation;

import java.time.Instant;
import java.util.List;
import org.carecircle.core.message.Platform;
import org.carecircle.core.safety.SafetyLevel;

/**
 * A stored escalation as moderators and tools see it. {@code excerpt} and {@code reasons} are empty
 * once the retention period erased them.
 */
public record Escalation(
    long id,
    Platform platform,
    String userPseudonym,
    SafetyLevel level,
    String excerpt,
    List<String> reasons,
    EscalationState state,
    Instant openedAt,
    Instant claimedAt,
    String claimedByName,
    String claimedDestination,
    Instant resolvedAt,
    int pageCount) {

  public Escalation {
    reasons = List.copyOf(reasons);
    excerpt = excerpt == null ? "" : excerpt;
  }

  public boolean isOpen() {
    return state != EscalationState.RESOLVED;
  }
}
