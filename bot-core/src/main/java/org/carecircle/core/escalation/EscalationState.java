package org.carecircle.core.escalation;

/** The lifecycle of an escalation. */
public enum EscalationState {
  OPEN,
  CLAIMED,
  RESOLVED
}
