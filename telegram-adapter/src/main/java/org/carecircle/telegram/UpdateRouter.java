package org.carecircle.telegram;

import static org.carecircle.telegram.TelegramHtml.escape;

import java.util.List;
import java.util.Locale;
import org.carecircle.core.conversation.MessageHandler;
import org.carecircle.core.message.Audience;
import org.carecircle.core.message.InboundMessage;
import org.carecircle.core.message.Platform;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Turns each Telegram update into what it means: a person's message or button press goes to the core
 * as an {@link InboundMessage} (every group text too, so the safety check sees it) and the replies go
 * back; the moderator group's messages, clicks and join requests go to {@link ModeratorActions}.
 * {@link #route} never throws: one bad update must not stop polling. Thread-safe.
 */
public final class UpdateRouter {
  private static final Logger log = LoggerFactory.getLogger(UpdateRouter.class);

  private final BotIdentity bot;
  private final MessageHandler handler;
  private final TelegramSender sender;
  private final ModeratorActions moderators; // null without a moderator chat
  private final TelegramTexts texts;
  private final SeenUpdates seen = new SeenUpdates(10_000);

  public UpdateRouter(
      BotIdentity bot,
      MessageHandler handler,
      TelegramSender sender,
      ModeratorActions moderators,
      TelegramTexts texts) {
    this.bot = bot;
    this.handler = handler;
    this.sender = sender;
    this.moderators = moderators;
    this.texts = texts;
  }

  public void route(Update update) {
    Integer updateId = update.getUpdateId();
    if (updateId != null && !seen.firstTime(updateId)) {
      log.debug("update {} seen before: skipped", updateId);
      return;
    }
    try {
      if (update.hasMessage()) {
        onMessage(update.getMessage(), updateId);
      } else if (update.hasCallbackQuery()) {
        onCallback(update.getCallbackQuery(), updateId);
      } else if (update.hasChatJoinRequest()) {
        if (moderators != null) {
          moderators.onJoinRequest(update.getChatJoinRequest());
        } else {
          log.info("join request left pending: no moderator chat is configured");
        }
      }
    } catch (RuntimeException e) {
      // the core de-duplicates by event id, so a redelivery after a fix is safe to handle again
      if (updateId != null) {
        seen.forget(updateId);
      }
      log.error("update {} could not be handled: {}", updateId, e.getClass().getName(), e);
    }
  }

  private void onMessage(Message message, Integer updateId) {
    User from = message.getFrom();
    if (from == null || Boolean.TRUE.equals(from.getIsBot()) || message.getChat() == null) {
      return;
    }
    if (moderators != null && message.getChatId() == moderators.chatId()) {
      // moderators discuss escalations there; their words are not a patient's conversation
      moderators.onMessage(message);
      return;
    }
    String text = message.hasText() ? message.getText() : message.getCaption();
    if (text == null || text.isBlank()) {
      return;
    }
    String type = message.getChat().getType();
    boolean direct = "private".equals(type);
    if (!direct && !"group".equals(type) && !"supergroup".equals(type)) {
      return; // channels: the bot does not converse there
    }
    Addressing addressing = direct ? new Addressing(true, text) : addressing(message, text);
    InboundMessage inbound =
        new InboundMessage(
            Platform.TELEGRAM,
            String.valueOf(message.getChatId()),
            String.valueOf(from.getId()),
            String.valueOf(from.getId()),
            addressing.text(),
            direct,
            direct || addressing.toBot(),
            from.getLanguageCode(),
            updateId == null ? null : String.valueOf(updateId),
            false);
    respond(inbound, from);
  }

  private void onCallback(CallbackQuery query, Integer updateId) {
    if (!(query.getMessage() instanceof Message origin)) {
      sender.answerCallback(query.getId(), null, false);
      return;
    }
    if (moderators != null && origin.getChatId() == moderators.chatId()) {
      moderators.onCallback(query);
      return;
    }
    // answer first: the person's client shows a spinner until we do
    sender.answerCallback(query.getId(), null, false);
    User from = query.getFrom();
    if (from == null || query.getData() == null) {
      return;
    }
    boolean direct = "private".equals(origin.getChat().getType());
    InboundMessage inbound =
        new InboundMessage(
            Platform.TELEGRAM,
            String.valueOf(origin.getChatId()),
            String.valueOf(from.getId()),
            String.valueOf(from.getId()),
            query.getData(),
            direct,
            true,
            from.getLanguageCode(),
            updateId == null ? null : String.valueOf(updateId),
            true);
    respond(inbound, from);
  }

  private void respond(InboundMessage inbound, User from) {
    Response response = handler.handle(inbound);
    boolean toldUnreachable = false;
    for (Reply reply : response.replies()) {
      boolean privately = reply.audience() == Audience.PRIVATE && !inbound.direct();
      String chat = privately ? inbound.privateConversationId() : inbound.conversationId();
      try {
        sender.send(chat, reply);
      } catch (BotApiException e) {
        if (privately && e.forbidden() && !toldUnreachable) {
          // Telegram lets a bot write first only to people who started it: say so, honestly, in
          // the group, without repeating anything of what they wrote
          toldUnreachable = true;
          tellUnreachable(inbound.conversationId(), from);
        } else {
          log.warn("a reply could not be delivered: {} code {}", e.method(), e.errorCode());
        }
      }
    }
  }

  private void tellUnreachable(String groupChatId, User user) {
    String name = "<a href=\"tg://user?id=" + user.getId() + "\">" + escape(user.getFirstName()) + "</a>";
    String html = escape(texts.get("private.unreachable", "\u0000", "\u0001"))
        .replace("\u0000", name)
        .replace("\u0001", escape(bot.link()));
    try {
      sender.sendHtml(groupChatId, null, html, null, null, true);
    } catch (BotApiException e) {
      log.warn("could not tell a person that a private message failed: code {}", e.errorCode());
    }
  }

  private Addressing addressing(Message message, String text) {
    boolean toBot = false;
    String cleaned = text;
    String mention = "@" + bot.username().toLowerCase(Locale.ROOT);
    List<MessageEntity> entities =
        message.hasText() ? message.getEntities() : message.getCaptionEntities();
    if (entities != null) {
      for (MessageEntity entity : entities) {
        String part = slice(text, entity);
        if ("bot_command".equals(entity.getType()) && entity.getOffset() == 0) {
          int at = part.indexOf('@');
          if (at < 0) {
            toBot = true;
          } else if (part.substring(at).toLowerCase(Locale.ROOT).equals(mention)) {
            toBot = true;
            cleaned = part.substring(0, at) + text.substring(part.length());
          } else {
            return new Addressing(false, text); // another bot's command: still safety-checked
          }
        } else if ("mention".equals(entity.getType())
            && part.toLowerCase(Locale.ROOT).equals(mention)) {
          toBot = true;
        } else if ("text_mention".equals(entity.getType())
            && entity.getUser() != null
            && entity.getUser().getId() == bot.id()) {
          toBot = true;
        }
      }
    }
    Message replied = message.getReplyToMessage();
    if (replied != null && replied.getFrom() != null && replied.getFrom().getId() == bot.id()) {
      toBot = true;
    }
    if (toBot && !cleaned.startsWith("/")) {
      cleaned = cleaned.replaceAll("(?i)" + java.util.regex.Pattern.quote(mention) + "\\b", "").strip();
    }
    return new Addressing(toBot, cleaned.isBlank() ? text : cleaned);
  }

  private static String slice(String text, MessageEntity entity) {
    int start = entity.getOffset() == null ? 0 : entity.getOffset();
    int end = start + (entity.getLength() == null ? 0 : entity.getLength());
    if (start < 0 || end > text.length() || start > end) {
      return "";
    }
    return text.substring(start, end);
  }

  private record Addressing(boolean toBot, String text) {}
}
