package org.carecircle.core.conversation;

import java.util.List;
import java.util.Optional;
import org.carecircle.core.message.Response;
import org.carecircle.core.message.ResponseTrace;

/**
 * The second step of a clarification: a typed "1", "2" or "3" picks one of the pending choices. Any
 * other message ends the clarification.
 */
public final class ChoiceStage implements ConversationStage {
  private final org.carecircle.kb.KnowledgeBase knowledgeBase;
  private final AnswerComposer composer;

  public ChoiceStage(org.carecircle.kb.KnowledgeBase knowledgeBase, AnswerComposer composer) {
    this.knowledgeBase = knowledgeBase;
    this.composer = composer;
  }

  @Override
  public Optional<Response> process(Turn turn) {
    List<String> pending = turn.session().pendingChoices();
    if (pending.isEmpty() || turn.message().buttonPress()) {
      return Optional.empty();
    }
    turn.updateSession(turn.session().withPendingChoices(List.of()));
    String typed = turn.message().text().strip().replaceAll("[.)]$", "");
    if (!typed.matches("[1-9]")) {
      return Optional.empty();
    }
    int index = Integer.parseInt(typed) - 1;
    if (index >= pending.size()) {
      return Optional.empty();
    }
    return knowledgeBase
        .faq(pending.get(index))
        .map(
            entry ->
                Response.of(composer.answer(entry))
                    .withTrace(
                        new ResponseTrace("NONE", entry.id(), List.of(entry.id()), "choice")));
  }
}
