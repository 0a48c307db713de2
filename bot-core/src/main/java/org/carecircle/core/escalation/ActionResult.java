package org.carecircle.core.escalation;

/** The answer to a moderator action: accepted or refused, with a message for the moderator. */
public record ActionResult(boolean accepted, String message) {

  public static ActionResult accepted(String message) {
    return new ActionResult(true, message);
  }

  public static ActionResult refused(String message) {
    return new ActionResult(false, message);
  }
}
