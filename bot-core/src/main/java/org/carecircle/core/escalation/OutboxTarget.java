package org.carecircle.core.escalation;

/** Who receives an outbox record: moderators in a destination, or the person privately. */
enum OutboxTarget {
  MODERATOR,
  USER
}
