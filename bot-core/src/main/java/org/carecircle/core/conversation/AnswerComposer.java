package org.carecircle.core.conversation;

import org.carecircle.core.message.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carecircle.kb.FaqEntry;
import org.carecircle.kb.KnowledgeBase;
import org.carecircle.core.message.Audience;
import org.carecircle.core.message.Button;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.SourceLink;

/** Turns reviewed entries into replies: an answer with its sources, or a "did you mean" choice. */
public final class AnswerComposer {
  /** Discord allows 80 characters on a button; keep labels readable everywhere. */
  private static final int LABEL_CHARS = 60;

  private final KnowledgeBase knowledgeBase;
  private final Texts texts;

  public AnswerComposer(KnowledgeBase knowledgeBase, Texts texts) {
    this.knowledgeBase = knowledgeBase;
    this.texts = texts;
  }

  public Reply answer(FaqEntry entry) {
    List<Button> buttons = new ArrayList<>();
    entry.related().stream()
        .limit(3)
        .flatMap(id -> knowledgeBase.faq(id).stream())
        .forEach(r -> buttons.add(new Button(label(r.question()), ButtonActions.faq(r.id()))));
    buttons.add(new Button(texts.get("answer.vote_up"), ButtonActions.vote(true, entry.id())));
    buttons.add(new Button(texts.get("answer.vote_down"), ButtonActions.vote(false, entry.id())));
    List<SourceLink> sources =
        entry.sources().stream()
            .map(s -> new SourceLink(s.title(), s.publisher(), s.url()))
            .toList();
    String body =
        "**" + entry.question() + "**\n\n" + entry.answer().strip() + "\n\n"
            + texts.get("answer.helpful_prompt");
    String footer = texts.get("answer.reviewed", Map.of("date", entry.reviewed().toString()));
    return new Reply(body, sources, footer, buttons, Audience.SAME_CONVERSATION);
  }

  public Reply clarify(List<FaqEntry> choices) {
    List<Button> buttons = new ArrayList<>();
    StringBuilder body = new StringBuilder(texts.get("clarify.prompt")).append('\n');
    int n = 1;
    for (FaqEntry choice : choices) {
      body.append('\n').append(n++).append(". ").append(choice.question());
      buttons.add(new Button(label(choice.question()), ButtonActions.faq(choice.id())));
    }
    body.append("\n\n").append(texts.get("clarify.typed_hint"));
    buttons.add(new Button(texts.get("clarify.none"), ButtonActions.NO_CHOICE));
    return Reply.text(body.toString()).withButtons(buttons);
  }

  static String label(String text) {
    return text.length() <= LABEL_CHARS ? text : text.substring(0, LABEL_CHARS - 1) + "…";
  }
}
