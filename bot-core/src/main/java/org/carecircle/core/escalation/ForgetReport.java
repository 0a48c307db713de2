package org.carecircle.core.escalation;

/**
 * What {@code /forget} did to a person's escalation data.
 *
 * @param erasedEscalations resolved escalations deleted with their notes, audit and posts
 * @param keptOpenEscalations escalations still OPEN or CLAIMED, kept because a moderator needs them
 * @param erasedApplications group applications deleted
 */
public record ForgetReport(int erasedEscalations, int keptOpenEscalations, int erasedApplications) {

  public boolean keptSomething() {
    return keptOpenEscalations > 0;
  }
}
