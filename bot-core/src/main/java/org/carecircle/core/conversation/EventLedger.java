package org.carecircle.core.conversation;

/** Remembers which platform events were handled, so a redelivered event is answered only once. */
public interface EventLedger {

  /** Records the event; false when it had been recorded before. */
  boolean firstSighting(String eventKey);
}
