package org.carecircle.core.conversation;

import java.util.List;
import java.util.Optional;
import org.carecircle.core.message.Response;
import org.carecircle.core.message.ResponseTrace;
import org.carecircle.kb.FaqEntry;
import org.carecircle.kb.search.FaqMatch;
import org.carecircle.kb.search.FaqSearch;
import org.carecircle.kb.search.FaqSearchResult;
import org.carecircle.kb.search.MatchOutcome;

/**
 * Answers with a reviewed entry when retrieval is confident, asks "did you mean" when the best are
 * close, and otherwise passes the turn on to the honest fallback.
 */
public final class FaqAnswerStage implements ConversationStage {
  private static final int CLARIFY_CHOICES = 3;

  private final FaqSearch search;
  private final AnswerComposer composer;

  public FaqAnswerStage(FaqSearch search, AnswerComposer composer) {
    this.search = search;
    this.composer = composer;
  }

  @Override
  public Optional<Response> process(Turn turn) {
    String text = turn.freeText();
    if (text.isBlank()) {
      return Optional.empty();
    }
    FaqSearchResult result = search.search(text, turn.embedding());
    List<String> considered = result.candidates().stream().map(m -> m.entry().id()).toList();
    turn.recordConsidered(result.candidates());
    if (result.outcome() == MatchOutcome.ANSWER && result.best().isPresent()) {
      FaqEntry entry = result.best().get().entry();
      turn.updateSession(turn.session().withPendingChoices(List.of()));
      return Optional.of(
          Response.of(composer.answer(entry))
              .withTrace(new ResponseTrace("NONE", entry.id(), considered, "faq-answer")));
    }
    if (result.outcome() == MatchOutcome.CLARIFY && result.candidates().size() > 1) {
      List<FaqEntry> choices =
          result.candidates().stream().limit(CLARIFY_CHOICES).map(FaqMatch::entry).toList();
      turn.updateSession(
          turn.session().withPendingChoices(choices.stream().map(FaqEntry::id).toList()));
      return Optional.of(
          Response.of(composer.clarify(choices))
              .withTrace(new ResponseTrace("NONE", null, considered, "faq-clarify")));
    }
    return Optional.empty();
  }
}
