package org.carecircle.core.command;

import org.carecircle.core.conversation.FallbackStage;
import org.carecircle.core.conversation.FaqAnswerStage;
import org.carecircle.core.message.Texts;
import org.carecircle.core.conversation.Turn;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.Response;

/** /ask question: the same answer a plain message gets, for groups and slash-command platforms. */
public final class AskCommand implements Command {
  private final FaqAnswerStage answers;
  private final FallbackStage fallback;
  private final Texts texts;

  public AskCommand(FaqAnswerStage answers, FallbackStage fallback, Texts texts) {
    this.answers = answers;
    this.fallback = fallback;
    this.texts = texts;
  }

  @Override
  public String name() {
    return "ask";
  }

  @Override
  public Response run(Turn turn, String arguments) {
    if (arguments.isBlank()) {
      return Response.of(Reply.text(texts.get("ask.empty")));
    }
    return answers.process(turn).or(() -> fallback.process(turn)).orElseThrow();
  }
}
