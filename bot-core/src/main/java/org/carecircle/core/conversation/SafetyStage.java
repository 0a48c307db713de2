package org.carecircle.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carecircle.core.escalation.EscalationIntake;
import org.carecircle.core.escalation.NewEscalation;
import org.carecircle.core.message.InboundMessage;
import org.carecircle.core.message.Response;
import org.carecircle.core.message.ResponseTrace;
import org.carecircle.core.safety.SafetyAssessment;
import org.carecircle.core.safety.SafetyCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the safety check on every free-text message before anything else can answer it. A raised
 * level opens an escalation and always gets the safe reply, even when the escalation could not be
 * stored: the person must never wait for our database.
 */
public final class SafetyStage implements ConversationStage {
  private static final Logger log = LoggerFactory.getLogger(SafetyStage.class);
  /** Enough for a moderator to understand; the rest stays with the person. */
  static final int EXCERPT_CHARS = 600;

  private final SafetyCheck check;
  private final SafetyResponder responder;
  private final EscalationIntake escalations;

  public SafetyStage(SafetyCheck check, SafetyResponder responder, EscalationIntake escalations) {
    this.check = check;
    this.responder = responder;
    this.escalations = escalations;
  }

  @Override
  public Optional<Response> process(Turn turn) {
    if (turn.message().buttonPress() || turn.freeText().isBlank()) {
      return Optional.empty();
    }
    SafetyAssessment assessment = check.assess(turn.freeText(), turn.embedding());
    turn.recordAssessment(assessment);
    if (!assessment.level().isRaised()) {
      return Optional.empty();
    }
    openEscalation(turn, assessment);
    Response reply = responder.respond(assessment, turn.region(), turn.isGroupConversation());
    return Optional.of(
        reply.withTrace(
            ResponseTrace.of("safety").withSafety(assessment.level().name(), traced(assessment))));
  }

  private static List<String> traced(SafetyAssessment assessment) {
    if (!assessment.aboutSomeoneElse()) {
      return assessment.reasons();
    }
    List<String> reasons = new ArrayList<>(assessment.reasons());
    reasons.add("the person in danger is someone else");
    return reasons;
  }

  private void openEscalation(Turn turn, SafetyAssessment assessment) {
    InboundMessage m = turn.message();
    String replyTo = m.privateConversationId() != null ? m.privateConversationId() : m.senderId();
    String eventKey =
        m.platform().name().toLowerCase()
            + ":"
            + (m.eventId() == null ? java.util.UUID.randomUUID() : m.eventId());
    try {
      var opened =
          escalations.open(
              new NewEscalation(
                  m.platform(),
                  turn.userPseudonym(),
                  replyTo,
                  assessment.level(),
                  excerpt(turn.freeText()),
                  assessment.reasons(),
                  eventKey));
      log.info(
          "escalation #{} {} at level {} for {}",
          opened.id(),
          opened.duplicate() ? "already open" : "opened",
          assessment.level(),
          turn.userPseudonym());
    } catch (RuntimeException e) {
      log.error(
          "could not store an escalation at level {} for {}; the safe reply is still sent",
          assessment.level(),
          turn.userPseudonym(),
          e);
    }
  }

  static String excerpt(String text) {
    if (text.length() <= EXCERPT_CHARS) {
      return text;
    }
    int cut = EXCERPT_CHARS;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut) + "…";
  }
}
