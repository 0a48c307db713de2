package org.carecircle.core.command;

import java.util.Map;
import org.carecircle.core.message.Texts;
import org.carecircle.core.conversation.Turn;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.Response;

/** /start: what the bot is and is not, what to do in an emergency, and a short privacy note. */
public final class StartCommand implements Command {
  private final Texts texts;
  private final String community;

  public StartCommand(Texts texts, String community) {
    this.texts = texts;
    this.community = community;
  }

  @Override
  public String name() {
    return "start";
  }

  @Override
  public Response run(Turn turn, String arguments) {
    return Response.of(Reply.text(texts.get("start.body", Map.of("community", community))));
  }
}
