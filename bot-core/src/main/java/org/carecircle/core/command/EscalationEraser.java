package org.carecircle.core.command;

/** Erases what escalations hold about a person, except escalations that are still open. */
@FunctionalInterface
public interface EscalationEraser {

  /** @return true when an open escalation was kept because someone is still looking after them */
  boolean forget(String userPseudonym);
}
