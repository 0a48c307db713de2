package org.carecircle.core.escalation;

/** Why the bot writes to a person on a moderator's behalf. */
enum UserMessageKind {
  /** A moderator's reply, signed as a moderator of the community. */
  RELAY,
  /** An approved application: the one-use invite. */
  INVITE,
  /** A declined application. */
  DECLINE
}
