package org.carecircle.core.command;

import java.util.Map;
import org.carecircle.core.message.Texts;
import org.carecircle.core.conversation.Turn;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.Response;

/** /help: what people can ask and do. */
public final class HelpCommand implements Command {
  private final Texts texts;
  private final String community;

  public HelpCommand(Texts texts, String community) {
    this.texts = texts;
    this.community = community;
  }

  @Override
  public String name() {
    return "help";
  }

  @Override
  public Response run(Turn turn, String arguments) {
    return Response.of(
        Reply.text(texts.get("help.body", Map.of("community", community, "region", turn.region()))));
  }
}
