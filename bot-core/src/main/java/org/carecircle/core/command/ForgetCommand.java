package org.carecircle.core.command;

import org.carecircle.core.conversation.SessionStore;
import org.carecircle.core.message.Texts;
import org.carecircle.core.conversation.Turn;
import org.carecircle.core.feedback.FeedbackStore;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.Response;

/**
 * /forget: erases the person's session, votes and closed escalations, and says honestly when an
 * open escalation has to stay until a moderator closes it. The answer goes privately.
 */
public final class ForgetCommand implements Command {
  private final SessionStore sessions;
  private final FeedbackStore feedback;
  private final EscalationEraser escalations;
  private final Texts texts;

  public ForgetCommand(
      SessionStore sessions, FeedbackStore feedback, EscalationEraser escalations, Texts texts) {
    this.sessions = sessions;
    this.feedback = feedback;
    this.escalations = escalations;
    this.texts = texts;
  }

  @Override
  public String name() {
    return "forget";
  }

  @Override
  public Response run(Turn turn, String arguments) {
    String who = turn.userPseudonym();
    sessions.delete(who);
    feedback.forget(who);
    boolean keptOpen = escalations.forget(who);
    turn.markForgotten();
    Reply reply = Reply.text(texts.get(keptOpen ? "forget.kept_open" : "forget.done"));
    return Response.of(turn.isGroupConversation() ? reply.privately() : reply);
  }
}
