package org.carecircle.core.command;

import java.util.List;
import java.util.Map;
import org.carecircle.core.message.Texts;
import org.carecircle.core.conversation.Turn;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.Response;
import org.carecircle.kb.CrisisResource;
import org.carecircle.kb.KnowledgeBase;

/** /resources: crisis lines, emergency numbers and people to talk to for the person's region. */
public final class ResourcesCommand implements Command {
  private final KnowledgeBase knowledgeBase;
  private final Texts texts;

  public ResourcesCommand(KnowledgeBase knowledgeBase, Texts texts) {
    this.knowledgeBase = knowledgeBase;
    this.texts = texts;
  }

  @Override
  public String name() {
    return "resources";
  }

  @Override
  public Response run(Turn turn, String arguments) {
    String region = turn.region();
    StringBuilder body = new StringBuilder(texts.get("resources.header", Map.of("region", region)));
    for (String kind : List.of("crisis", "medical", "distress")) {
      List<CrisisResource> resources = knowledgeBase.crisisResourcesFor(region, kind);
      if (resources.isEmpty()) {
        continue;
      }
      body.append("\n\n").append(texts.get("resources." + kind));
      for (CrisisResource r : resources) {
        body.append("\n- ").append(line(r));
      }
    }
    body.append("\n\n").append(texts.get("resources.trusted"));
    return Response.of(Reply.text(body.toString()));
  }

  static String line(CrisisResource r) {
    String name = r.url() == null || r.url().isBlank() ? r.name() : "[" + r.name() + "](" + r.url() + ")";
    return name + ": " + r.contact();
  }
}
