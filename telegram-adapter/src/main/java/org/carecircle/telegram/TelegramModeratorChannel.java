package org.carecircle.telegram;

import static org.carecircle.telegram.TelegramHtml.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carecircle.core.escalation.DeliveryException;
import org.carecircle.core.escalation.EscalationState;
import org.carecircle.core.escalation.ModeratorChannel;
import org.carecircle.core.escalation.ModeratorPost;
import org.carecircle.core.escalation.PostKind;
import org.carecircle.core.message.Button;
import org.carecircle.core.safety.SafetyLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.forum.CreateForumTopic;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.objects.chat.ChatFullInfo;
import org.telegram.telegrambots.meta.api.objects.forum.ForumTopic;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * The moderator group as an escalation destination: one HTML post per request with Claim / Resolve
 * (or Approve / Decline) buttons, in a forum topic of its own when the group has topics. Each
 * {@link #post} is exactly one attempt; the core's outbox retries. Thread-safe.
 */
public final class TelegramModeratorChannel implements ModeratorChannel {
  private static final Logger log = LoggerFactory.getLogger(TelegramModeratorChannel.class);
  /** Leaves room for the header, reasons and buttons within one 4,096-character message. */
  private static final int MAX_EXCERPT = 2500;
  private static final int MAX_MENTIONS = 10;
  private static final Pattern HEADER_ID = Pattern.compile("#(\\d+)");

  private final TelegramSender sender;
  private final TelegramGateway gateway;
  private final long chatId;
  private final ModeratorRoster roster;
  private final TelegramTexts texts;
  // Remembered so a retried post reuses its topic and replies find their escalation quickly; after
  // a restart the ids are read back from the posts themselves (buttons, "#id", topic name).
  private final Map<Long, Integer> topicByEscalation = new ConcurrentHashMap<>();
  private final Map<Integer, Long> escalationByTopic = new ConcurrentHashMap<>();
  private final Map<Integer, Long> escalationByMessage = new ConcurrentHashMap<>();
  private volatile Boolean forum;

  public TelegramModeratorChannel(
      TelegramSender sender,
      TelegramGateway gateway,
      long chatId,
      ModeratorRoster roster,
      TelegramTexts texts) {
    this.sender = sender;
    this.gateway = gateway;
    this.chatId = chatId;
    this.roster = roster;
    this.texts = texts;
  }

  @Override
  public String destination() {
    return "telegram:" + chatId;
  }

  public long chatId() {
    return chatId;
  }

  @Override
  public String post(ModeratorPost post) throws DeliveryException {
    try {
      Integer thread = post.kind() == PostKind.APPLICATION ? null : topicFor(post);
      Message sent =
          sender.sendHtml(
              String.valueOf(chatId), thread, render(post), buttons(post), null, false);
      if (post.kind() != PostKind.APPLICATION) {
        escalationByMessage.put(sent.getMessageId(), post.escalationId());
      }
      log.info("moderator post #{} ({}) delivered to {}", post.escalationId(), post.kind(), destination());
      return String.valueOf(sent.getMessageId());
    } catch (BotApiException e) {
      throw e.toDeliveryException();
    }
  }

  /**
   * The escalation's forum topic, or null to post in the chat itself. Only a new escalation opens a
   * topic. Topics are a convenience: if the chat or a Bot API server cannot give one, the alert
   * still goes out, in the main chat.
   */
  private Integer topicFor(ModeratorPost post) {
    try {
      if (!isForum()) {
        return null;
      }
      Integer known = topicByEscalation.get(post.escalationId());
      if (known != null) {
        return known;
      }
      if (post.kind() != PostKind.NEW) {
        // After a restart the topic of an older escalation is unknown (the Bot API cannot list
        // topics): its later posts go to the main chat rather than open a second topic.
        return null;
      }
      String name =
          texts.get("moderator.topic", post.escalationId(), texts.get("moderator.level." + post.level()));
      ForumTopic topic =
          gateway.call(CreateForumTopic.builder().chatId(chatId).name(truncate(name, 128)).build());
      topicByEscalation.put(post.escalationId(), topic.getMessageThreadId());
      escalationByTopic.put(topic.getMessageThreadId(), post.escalationId());
      return topic.getMessageThreadId();
    } catch (BotApiException | RuntimeException e) {
      log.warn("no forum topic for #{} in {}: posting in the chat itself ({})",
          post.escalationId(), destination(), e.getClass().getSimpleName());
      return null;
    }
  }

  private boolean isForum() throws BotApiException {
    Boolean known = forum;
    if (known == null) {
      try {
        ChatFullInfo chat = gateway.call(GetChat.builder().chatId(chatId).build());
        known = Boolean.TRUE.equals(chat.getIsForum());
      } catch (BotApiException | RuntimeException e) {
        // Without chat details, assume a plain group for this run rather than hold the alert.
        known = false;
      }
      forum = known;
    }
    return known;
  }

  /** The post's HTML; every string from the person or the safety check is escaped. */
  String render(ModeratorPost post) {
    StringBuilder html = new StringBuilder();
    if (post.kind() == PostKind.APPLICATION) {
      html.append("📝 <b>").append(escape(texts.get("moderator.kind.APPLICATION"))).append("</b> · ")
          .append(post.escalationId());
    } else {
      html.append(icon(post.level())).append(" <b>")
          .append(escape(texts.get("moderator.level." + post.level()))).append("</b> · #")
          .append(post.escalationId()).append(" · ")
          .append(escape(texts.get("moderator.kind." + post.kind())));
    }
    html.append('\n').append(escape(texts.get("moderator.state", post.state())))
        .append(" · ").append(post.userPlatform().name().toLowerCase(java.util.Locale.ROOT));
    if (!post.actor().isBlank()) {
      html.append('\n').append(escape(texts.get("moderator.actor", post.actor())));
    }
    if (!post.reasons().isEmpty()) {
      html.append("\n\n<b>").append(escape(texts.get("moderator.reasons"))).append("</b>");
      for (String reason : post.reasons()) {
        html.append("\n• ").append(escape(truncate(reason, 300)));
      }
    }
    if (post.excerpt() != null && !post.excerpt().isBlank()) {
      html.append("\n\n<b>").append(escape(texts.get("moderator.excerpt"))).append("</b>\n<blockquote>")
          .append(escape(truncate(post.excerpt(), MAX_EXCERPT))).append("</blockquote>");
    }
    if (post.kind() != PostKind.APPLICATION && post.state() != EscalationState.RESOLVED) {
      html.append("\n<i>").append(escape(texts.get("moderator.reply.hint"))).append("</i>");
    }
    if (post.loud()) {
      List<Long> ids = roster.mentionable();
      if (!ids.isEmpty()) {
        html.append("\n\n").append(escape(texts.get("moderator.attention")));
        ids.stream().limit(MAX_MENTIONS).forEach(id ->
            html.append(" <a href=\"tg://user?id=").append(id).append("\">🔔</a>"));
      }
    }
    return html.toString();
  }

  private InlineKeyboardMarkup buttons(ModeratorPost post) {
    List<Button> buttons = new ArrayList<>();
    if (post.kind() == PostKind.APPLICATION) {
      buttons.add(button("moderator.button.approve", ModeratorAction.Verb.APPROVE_APPLICATION, post));
      buttons.add(button("moderator.button.decline", ModeratorAction.Verb.DECLINE_APPLICATION, post));
    } else if (post.state() == EscalationState.OPEN) {
      buttons.add(button("moderator.button.claim", ModeratorAction.Verb.CLAIM, post));
      buttons.add(button("moderator.button.resolve", ModeratorAction.Verb.RESOLVE, post));
    } else if (post.state() == EscalationState.CLAIMED) {
      buttons.add(button("moderator.button.resolve", ModeratorAction.Verb.RESOLVE, post));
    }
    return TelegramSender.row(buttons);
  }

  private Button button(String label, ModeratorAction.Verb verb, ModeratorPost post) {
    return new Button(texts.get(label), ModeratorAction.of(verb, post.escalationId()).data());
  }

  /** The buttons left on an escalation post after a claim (Resolve) or a resolve (none). */
  InlineKeyboardMarkup buttonsAfter(ModeratorAction.Verb verb, long escalationId) {
    if (verb == ModeratorAction.Verb.CLAIM) {
      return TelegramSender.row(List.of(new Button(texts.get("moderator.button.resolve"),
          ModeratorAction.of(ModeratorAction.Verb.RESOLVE, escalationId).data())));
    }
    return null;
  }

  /**
   * The escalation a moderator's message answers: a reply to one of our posts, or a message in an
   * escalation's forum topic.
   */
  public Optional<Long> escalationAnsweredBy(Message message) {
    Message replied = message.getReplyToMessage();
    if (replied != null) {
      Long known = escalationByMessage.get(replied.getMessageId());
      if (known != null) {
        return Optional.of(known);
      }
      Optional<Long> fromPost = fromButtons(replied.getReplyMarkup()).or(() -> fromHeader(replied));
      if (fromPost.isPresent()) {
        return fromPost;
      }
      if (replied.getForumTopicCreated() != null) {
        Matcher m = HEADER_ID.matcher(String.valueOf(replied.getForumTopicCreated().getName()));
        if (m.find()) {
          return Optional.of(Long.parseLong(m.group(1)));
        }
      }
    }
    if (message.getMessageThreadId() != null && Boolean.TRUE.equals(message.getIsTopicMessage())) {
      return Optional.ofNullable(escalationByTopic.get(message.getMessageThreadId()));
    }
    return Optional.empty();
  }

  private static Optional<Long> fromButtons(InlineKeyboardMarkup markup) {
    if (markup == null || markup.getKeyboard() == null) {
      return Optional.empty();
    }
    for (InlineKeyboardRow row : markup.getKeyboard()) {
      for (InlineKeyboardButton button : row) {
        Optional<ModeratorAction> action = ModeratorAction.parse(button.getCallbackData());
        if (action.isPresent()
            && (action.get().verb() == ModeratorAction.Verb.CLAIM
                || action.get().verb() == ModeratorAction.Verb.RESOLVE)) {
          return Optional.of(action.get().id());
        }
      }
    }
    return Optional.empty();
  }

  // Only the first line is trusted: the person's own words further down may contain "#7".
  private static Optional<Long> fromHeader(Message post) {
    if (post.getText() == null) {
      return Optional.empty();
    }
    String first = post.getText().lines().findFirst().orElse("");
    Matcher m = HEADER_ID.matcher(first);
    return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
  }

  private static String icon(SafetyLevel level) {
    return switch (level) {
      case CRISIS -> "🔴";
      case MEDICAL -> "🟠";
      case DISTRESS -> "🟡";
      case NONE -> "⚪";
    };
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
