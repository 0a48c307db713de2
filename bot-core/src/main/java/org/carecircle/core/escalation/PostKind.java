package org.carecircle.core.escalation;

/** Why a moderator post is sent. */
public enum PostKind {
  /** A new escalation. */
  NEW,
  /** Not claimed in time: posted again, louder. */
  REPAGE,
  /** The person wrote again while the escalation is open. */
  FOLLOW_UP,
  /** The escalation was claimed or resolved. */
  UPDATE,
  /**
   * A person applies to join a private support group; {@code escalationId} is then the application's
   * id and moderators answer with Approve / Decline.
   */
  APPLICATION
}
