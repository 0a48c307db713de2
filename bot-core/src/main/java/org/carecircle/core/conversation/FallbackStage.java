package org.carecircle.core.conversation;

import org.carecircle.core.message.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carecircle.core.feedback.FeedbackStore;
import org.carecircle.core.message.Audience;
import org.carecircle.core.message.Button;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.Response;
import org.carecircle.core.message.ResponseTrace;
import org.carecircle.core.message.SourceLink;
import org.carecircle.kb.search.FaqMatch;

/**
 * The honest answer when no reviewed entry fits: say so, point to people and trusted places, offer
 * the nearest entries only as suggestions, and count the topic for curators.
 */
public final class FallbackStage implements ConversationStage {
  /** Below this, a "related" suggestion would look random to the person. */
  private static final double SUGGESTION_FLOOR = 0.25;

  static final List<SourceLink> TRUSTED_PLACES =
      List.of(
          new SourceLink("Cancer information", "National Cancer Institute", "https://www.cancer.gov"),
          new SourceLink("Cancer information", "American Cancer Society", "https://www.cancer.org"),
          new SourceLink(
              "About cancer", "Cancer Research UK", "https://www.cancerresearchuk.org/about-cancer"),
          new SourceLink(
              "Cancer information and support",
              "Macmillan Cancer Support",
              "https://www.macmillan.org.uk/cancer-information-and-support"),
          new SourceLink("Cancer types", "Cancer.Net", "https://www.cancer.net"));

  private final Texts texts;
  private final FeedbackStore feedback;
  private final String community;

  public FallbackStage(Texts texts, FeedbackStore feedback, String community) {
    this.texts = texts;
    this.feedback = feedback;
    this.community = community;
  }

  @Override
  public Optional<Response> process(Turn turn) {
    String text = turn.freeText();
    if (!text.isBlank()) {
      TopicWords.of(text).ifPresent(feedback::recordAbstained);
    }
    List<Button> buttons = new ArrayList<>();
    turn.considered().stream()
        .filter(m -> m.confidence() >= SUGGESTION_FLOOR)
        .limit(2)
        .map(FaqMatch::entry)
        .forEach(
            e ->
                buttons.add(
                    new Button(AnswerComposer.label(e.question()), ButtonActions.faq(e.id()))));
    buttons.add(new Button(texts.get("button.groups"), ButtonActions.command("groups")));
    buttons.add(new Button(texts.get("button.resources"), ButtonActions.command("resources")));
    Reply reply =
        new Reply(
            texts.get("fallback.body", Map.of("community", community)),
            TRUSTED_PLACES,
            "",
            buttons,
            Audience.SAME_CONVERSATION);
    List<String> considered = turn.considered().stream().map(m -> m.entry().id()).toList();
    return Optional.of(
        Response.of(reply).withTrace(new ResponseTrace("NONE", null, considered, "fallback")));
  }
}
