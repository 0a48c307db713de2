package org.carecircle.core.command;

import java.util.Map;
import org.carecircle.core.message.Texts;
import org.carecircle.core.conversation.Turn;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.Response;

/** /privacy: what the bot keeps about a person, and for how long. */
public final class PrivacyCommand implements Command {
  private final Texts texts;
  private final String community;
  private final int retentionDays;

  public PrivacyCommand(Texts texts, String community, int retentionDays) {
    this.texts = texts;
    this.community = community;
    this.retentionDays = retentionDays;
  }

  @Override
  public String name() {
    return "privacy";
  }

  @Override
  public Response run(Turn turn, String arguments) {
    return Response.of(
        Reply.text(
            texts.get(
                "privacy.body",
                Map.of("community", community, "retention", String.valueOf(retentionDays)))));
  }
}
