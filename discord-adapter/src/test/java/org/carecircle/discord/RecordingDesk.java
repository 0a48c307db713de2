package org.carecircle.discord;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.carecircle.core.escalation.ActionResult;
import org.carecircle.core.escalation.ModeratorDesk;
import org.carecircle.core.escalation.ModeratorRef;

/** A moderator desk that records every attempt and accepts only authorized ones. */
final class RecordingDesk implements ModeratorDesk {
  /** One attempt: the action, the escalation or application id, who, and any text. */
  record Attempt(String action, long id, ModeratorRef by, String text) {}

  final List<Attempt> attempts = new CopyOnWriteArrayList<>();

  @Override
  public ActionResult claim(long escalationId, ModeratorRef by) {
    return decide("claim", escalationId, by, null, "Claimed #" + escalationId + ".");
  }

  @Override
  public ActionResult resolve(long escalationId, ModeratorRef by) {
    return decide("resolve", escalationId, by, null, "Resolved #" + escalationId + ".");
  }

  @Override
  public ActionResult note(long escalationId, ModeratorRef by, String text) {
    return decide("note", escalationId, by, text, "Noted.");
  }

  @Override
  public ActionResult relay(long escalationId, ModeratorRef by, String text) {
    return decide("relay", escalationId, by, text, "Sent to the person.");
  }

  @Override
  public ActionResult approveApplication(long applicationId, ModeratorRef by) {
    return decide("approve", applicationId, by, null, "Approved; the invite is on its way.");
  }

  @Override
  public ActionResult declineApplication(long applicationId, ModeratorRef by) {
    return decide("decline", applicationId, by, null, "Declined.");
  }

  private ActionResult decide(String action, long id, ModeratorRef by, String text, String ok) {
    attempts.add(new Attempt(action, id, by, text));
    return by.authorized()
        ? ActionResult.accepted(ok)
        : ActionResult.refused("Only moderators can do that here.");
  }
}
