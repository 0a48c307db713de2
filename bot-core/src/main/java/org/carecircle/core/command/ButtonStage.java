package org.carecircle.core.command;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carecircle.core.conversation.AnswerComposer;
import org.carecircle.core.conversation.ButtonActions;
import org.carecircle.core.conversation.ConversationStage;
import org.carecircle.core.message.Texts;
import org.carecircle.core.conversation.Turn;
import org.carecircle.core.feedback.FeedbackStore;
import org.carecircle.core.groups.GroupDirectory;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.Response;
import org.carecircle.core.message.ResponseTrace;
import org.carecircle.kb.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Acts on the core's own buttons: a chosen answer, a vote, a command, an application. */
public final class ButtonStage implements ConversationStage {
  private static final Logger log = LoggerFactory.getLogger(ButtonStage.class);

  private final KnowledgeBase knowledgeBase;
  private final AnswerComposer composer;
  private final FeedbackStore feedback;
  private final CommandStage commands;
  private final GroupDirectory groups;
  private final GroupApplicationIntake applications;
  private final Texts texts;
  private final String community;

  public ButtonStage(
      KnowledgeBase knowledgeBase,
      AnswerComposer composer,
      FeedbackStore feedback,
      CommandStage commands,
      GroupDirectory groups,
      GroupApplicationIntake applications,
      Texts texts,
      String community) {
    this.knowledgeBase = knowledgeBase;
    this.composer = composer;
    this.feedback = feedback;
    this.commands = commands;
    this.groups = groups;
    this.applications = applications;
    this.texts = texts;
    this.community = community;
  }

  @Override
  public Optional<Response> process(Turn turn) {
    if (!turn.message().buttonPress()) {
      return Optional.empty();
    }
    String action = turn.message().text();
    turn.updateSession(turn.session().withPendingChoices(List.of()));
    Response response;
    if (action.equals(ButtonActions.NO_CHOICE)) {
      response = Response.of(Reply.text(texts.get("fallback.choice_none", Map.of("community", community))));
    } else if (action.startsWith(ButtonActions.FAQ)) {
      String id = action.substring(ButtonActions.FAQ.length());
      response =
          knowledgeBase
              .faq(id)
              .map(e -> Response.of(composer.answer(e)).withTrace(new ResponseTrace("NONE", id, List.of(id), "button")))
              .orElse(Response.silent());
    } else if (action.startsWith(ButtonActions.VOTE_UP) || action.startsWith(ButtonActions.VOTE_DOWN)) {
      boolean helpful = action.startsWith(ButtonActions.VOTE_UP);
      String id = action.substring(ButtonActions.VOTE_UP.length());
      if (knowledgeBase.faq(id).isEmpty()) {
        return Optional.of(Response.silent());
      }
      feedback.vote(id, turn.userPseudonym(), helpful);
      response = Response.of(Reply.text(texts.get(helpful ? "vote.thanks_up" : "vote.thanks_down")));
    } else if (action.startsWith(ButtonActions.COMMAND)) {
      String name = action.substring(ButtonActions.COMMAND.length());
      response = commands.command(name).map(c -> c.run(turn, "")).orElse(Response.silent());
    } else if (action.startsWith(ButtonActions.APPLY)) {
      response = apply(turn, action.substring(ButtonActions.APPLY.length()));
    } else {
      log.debug("ignored an unknown button action");
      response = Response.silent();
    }
    return Optional.of(response.withTrace(response.trace().withStage("button")));
  }

  private Response apply(Turn turn, String groupId) {
    var group = groups.group(groupId).filter(g -> g.requiresApproval());
    if (group.isEmpty()) {
      return Response.of(Reply.text(texts.get("groups.unknown")));
    }
    var m = turn.message();
    String replyTo = m.privateConversationId() != null ? m.privateConversationId() : m.senderId();
    try {
      applications.apply(m.platform(), turn.userPseudonym(), replyTo, group.get());
      return Response.of(
          Reply.text(texts.get("groups.applied", Map.of("name", group.get().name()))).privately());
    } catch (RuntimeException e) {
      log.error("could not take an application to group {}", groupId, e);
      return Response.of(
          Reply.text(
              texts.get(
                  "groups.applications_unavailable",
                  Map.of("name", group.get().name(), "community", community))));
    }
  }
}
