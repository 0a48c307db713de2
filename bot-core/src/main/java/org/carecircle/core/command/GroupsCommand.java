package org.carecircle.core.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carecircle.core.conversation.ButtonActions;
import org.carecircle.core.message.Texts;
import org.carecircle.core.conversation.Turn;
import org.carecircle.core.groups.GroupDirectory;
import org.carecircle.core.groups.GroupQuery;
import org.carecircle.core.message.Button;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.Response;
import org.carecircle.kb.SupportGroup;

/** /groups [words]: support groups that fit, with an "Apply" button for moderated ones. */
public final class GroupsCommand implements Command {
  private static final int SHOWN = 5;

  private final GroupDirectory directory;
  private final Texts texts;

  public GroupsCommand(GroupDirectory directory, Texts texts) {
    this.directory = directory;
    this.texts = texts;
  }

  @Override
  public String name() {
    return "groups";
  }

  @Override
  public Response run(Turn turn, String arguments) {
    List<SupportGroup> found = directory.find(GroupQuery.parse(arguments, turn.region()), SHOWN);
    if (found.isEmpty()) {
      return Response.of(Reply.text(texts.get("groups.none")));
    }
    StringBuilder body = new StringBuilder(texts.get("groups.header"));
    List<Button> buttons = new ArrayList<>();
    for (SupportGroup g : found) {
      body.append("\n\n**").append(g.name()).append("**");
      if (!g.name().toLowerCase(java.util.Locale.ROOT).contains(g.platform())) {
        body.append(" (").append(g.platform()).append(")");
      }
      body.append("\n").append(g.description());
      if (g.requiresApproval()) {
        body.append(' ').append(texts.get("groups.approval_note"));
        buttons.add(
            new Button(
                texts.get("groups.apply", Map.of("name", g.name())),
                ButtonActions.apply(g.id())));
      } else {
        body.append("\n").append(g.link());
      }
    }
    return Response.of(Reply.text(body.toString()).withButtons(buttons));
  }
}
