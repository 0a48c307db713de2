package org.carecircle.core.escalation;

/**
 * What moderators can do with an escalation, from any platform. Every attempt is checked
 * (configured moderator, configured destination) and audited, accepted or refused.
 */
public interface ModeratorDesk {

  ActionResult claim(long escalationId, ModeratorRef by);

  ActionResult resolve(long escalationId, ModeratorRef by);

  ActionResult note(long escalationId, ModeratorRef by, String text);

  /** Sends text to the person through the bot, signed as "a moderator of the community". */
  ActionResult relay(long escalationId, ModeratorRef by, String text);

  /** Approves an application to a private group: the person receives a one-use invite. */
  ActionResult approveApplication(long applicationId, ModeratorRef by);

  ActionResult declineApplication(long applicationId, ModeratorRef by);
}
