package org.carecircle.core.conversation;

import org.carecircle.core.message.Texts;
import java.util.Map;
import java.util.Optional;
import org.carecircle.core.escalation.EscalationIntake;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.Response;
import org.carecircle.core.message.ResponseTrace;

/**
 * While a person's escalation is open, their private messages go on to the moderator looking after
 * them instead of being answered by the bot.
 */
public final class FollowUpStage implements ConversationStage {
  private final EscalationIntake escalations;
  private final Texts texts;

  public FollowUpStage(EscalationIntake escalations, Texts texts) {
    this.escalations = escalations;
    this.texts = texts;
  }

  @Override
  public Optional<Response> process(Turn turn) {
    var m = turn.message();
    if (!m.direct() || m.buttonPress() || MessageText.commandName(m.text()).isPresent()) {
      return Optional.empty();
    }
    Optional<Long> open = escalations.openEscalationOf(turn.userPseudonym());
    if (open.isEmpty()) {
      return Optional.empty();
    }
    escalations.followUp(open.get(), SafetyStage.excerpt(turn.freeText()));
    return Optional.of(
        Response.of(Reply.text(texts.get("followup.passed_on", Map.of())))
            .withTrace(ResponseTrace.of("follow-up")));
  }
}
