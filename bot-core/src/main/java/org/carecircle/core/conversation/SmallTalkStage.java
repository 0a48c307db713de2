package org.carecircle.core.conversation;

import org.carecircle.core.message.Texts;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.Response;
import org.carecircle.core.message.ResponseTrace;

/** Answers a bare greeting or thanks kindly, instead of searching answers for "hello". */
public final class SmallTalkStage implements ConversationStage {
  private static final Pattern GREETING =
      Pattern.compile(
          "(hi|hello|hey|hiya|howdy|yo|good (morning|afternoon|evening)|greetings)"
              + "( there| bot| everyone| all)?[!. ]*(:\\)|🙂|👋)?");
  private static final Pattern THANKS =
      Pattern.compile("(thanks|thank you|thank u|thx|ty|cheers)( so much| very much| a lot)?[!. ]*(❤️|🙏|🙂)?");

  private final Texts texts;
  private final String community;

  public SmallTalkStage(Texts texts, String community) {
    this.texts = texts;
    this.community = community;
  }

  @Override
  public Optional<Response> process(Turn turn) {
    if (turn.message().buttonPress()) {
      return Optional.empty();
    }
    String text = turn.freeText().toLowerCase(Locale.ROOT).strip();
    String key = null;
    if (GREETING.matcher(text).matches()) {
      key = "smalltalk.greeting";
    } else if (THANKS.matcher(text).matches()) {
      key = "smalltalk.thanks";
    }
    if (key == null) {
      return Optional.empty();
    }
    return Optional.of(
        Response.of(Reply.text(texts.get(key, Map.of("community", community))))
            .withTrace(ResponseTrace.of("small-talk")));
  }
}
