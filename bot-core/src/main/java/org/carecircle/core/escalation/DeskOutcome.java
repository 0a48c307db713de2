package org.carecircle.core.escalation;

/**
 * What a moderator action did: the answer for the moderator, the audit detail, and whether it
 * queued posts (so delivery is woken after the commit).
 */
record DeskOutcome(ActionResult result, String detail, boolean queued) {

  static DeskOutcome accepted(String message, String detail, boolean queued) {
    return new DeskOutcome(ActionResult.accepted(message), detail, queued);
  }

  static DeskOutcome refused(String message, String detail) {
    return new DeskOutcome(ActionResult.refused(message), detail, false);
  }
}
