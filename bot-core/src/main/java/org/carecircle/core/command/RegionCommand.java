package org.carecircle.core.command;

import java.util.Map;
import org.carecircle.core.conversation.RegionResolver;
import org.carecircle.core.message.Texts;
import org.carecircle.core.conversation.Turn;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.Response;

/** /region CC: the country whose crisis lines and groups the person gets. */
public final class RegionCommand implements Command {
  private final Texts texts;

  public RegionCommand(Texts texts) {
    this.texts = texts;
  }

  @Override
  public String name() {
    return "region";
  }

  @Override
  public Response run(Turn turn, String arguments) {
    Response response = answer(turn, arguments);
    // A country says something about a person: in a group the answer goes privately.
    return turn.isGroupConversation()
        ? new Response(response.replies().stream().map(r -> r.privately()).toList())
        : response;
  }

  private Response answer(Turn turn, String arguments) {
    if (arguments.isBlank()) {
      return Response.of(Reply.text(texts.get("region.current", Map.of("region", turn.region()))));
    }
    return RegionResolver.normalise(arguments)
        .map(
            code -> {
              turn.updateSession(turn.session().withRegion(code));
              return Response.of(Reply.text(texts.get("region.set", Map.of("region", code))));
            })
        .orElseGet(() -> Response.of(Reply.text(texts.get("region.invalid"))));
  }
}
