package org.carecircle.telegram;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.carecircle.core.message.Button;
import org.carecircle.core.message.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * The one place where the bot writes to Telegram: HTML parse mode, escaping and light Markdown via
 * {@link TelegramHtml}, messages split at 4,096 characters, inline keyboards, and a short retry on
 * 429 (honouring retry_after) and 5xx for replies to people. Thread-safe.
 */
public final class TelegramSender {
  private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);
  /** Telegram's limit for callback_data. */
  static final int MAX_CALLBACK_BYTES = 64;
  /** A longer wait than this is not worth blocking a conversation for; the reply is reported lost. */
  private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

  private final TelegramGateway gateway;
  private final TelegramHtml html;
  private final Retry retry;

  public TelegramSender(TelegramGateway gateway, TelegramHtml html) {
    this(gateway, html, 5, Duration.ofMillis(250));
  }

  TelegramSender(TelegramGateway gateway, TelegramHtml html, int attempts, Duration firstWait) {
    this.gateway = gateway;
    this.html = html;
    IntervalBiFunction<Object> wait =
        (attempt, outcome) -> {
          if (outcome.isLeft() && outcome.getLeft() instanceof BotApiException e) {
            if (e.retryAfter().isPresent()) {
              return e.retryAfter().get().toMillis() + 50;
            }
          }
          long base = firstWait.toMillis() << Math.min(attempt - 1, 6);
          return base + ThreadLocalRandom.current().nextLong(base / 2 + 1);
        };
    this.retry =
        Retry.of(
            "telegram-replies",
            RetryConfig.custom()
                .maxAttempts(attempts)
                .intervalBiFunction(wait)
                .retryOnException(
                    e ->
                        e instanceof BotApiException b
                            && b.retryable()
                            && b.retryAfter().map(d -> d.compareTo(LONGEST_WAIT) <= 0).orElse(true))
                .build());
  }

  public TelegramHtml html() {
    return html;
  }

  /** Sends a reply to a person or group, retrying briefly; returns the messages Telegram created. */
  public List<Message> send(String chatId, Reply reply) throws BotApiException {
    return send(chatId, null, reply, true);
  }

  /** Sends a reply with exactly one attempt per message, for callers that retry themselves. */
  public List<Message> sendOnce(String chatId, Reply reply) throws BotApiException {
    return send(chatId, null, reply, false);
  }

  private List<Message> send(String chatId, Integer threadId, Reply reply, boolean retrying)
      throws BotApiException {
    List<String> parts = html.render(reply);
    InlineKeyboardMarkup keyboard = keyboard(reply.buttons());
    List<Message> sent = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      // the buttons belong under the end of the answer, where people finish reading
      InlineKeyboardMarkup markup = i == parts.size() - 1 ? keyboard : null;
      sent.add(sendHtml(chatId, threadId, parts.get(i), markup, null, retrying));
    }
    return sent;
  }

  /** Sends ready HTML (already escaped by the caller). */
  public Message sendHtml(
      String chatId,
      Integer threadId,
      String htmlText,
      InlineKeyboardMarkup keyboard,
      Integer replyToMessageId,
      boolean retrying)
      throws BotApiException {
    SendMessage message =
        SendMessage.builder()
            .chatId(chatId)
            .messageThreadId(threadId)
            .text(htmlText)
            .parseMode(ParseMode.HTML)
            .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
            .replyMarkup(keyboard)
            .replyToMessageId(replyToMessageId)
            .allowSendingWithoutReply(replyToMessageId == null ? null : true)
            .build();
    return retrying ? withRetry(message) : gateway.call(message);
  }

  private Message withRetry(SendMessage message) throws BotApiException {
    try {
      return retry.executeCheckedSupplier(() -> gateway.call(message));
    } catch (BotApiException e) {
      throw e;
    } catch (Throwable e) {
      throw TelegramGateway.classify(message.getMethod(), e);
    }
  }

  /** Replaces a message's text and buttons (one attempt: a moderator's click can be repeated). */
  public void edit(String chatId, Integer messageId, String htmlText, InlineKeyboardMarkup keyboard)
      throws BotApiException {
    gateway.call(
        EditMessageText.builder()
            .chatId(chatId)
            .messageId(messageId)
            .text(htmlText)
            .parseMode(ParseMode.HTML)
            .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
            .replyMarkup(keyboard)
            .build());
  }

  /**
   * Answers a button press so the person's client stops its spinner. Never throws: a failed answer
   * must not stop the action it belongs to.
   */
  public void answerCallback(String callbackQueryId, String text, boolean alert) {
    try {
      gateway.call(
          AnswerCallbackQuery.builder()
              .callbackQueryId(callbackQueryId)
              .text(text == null || text.isBlank() ? null : truncate(text, 200))
              .showAlert(alert ? true : null)
              .build());
    } catch (BotApiException e) {
      log.warn("answerCallbackQuery failed: code {}", e.errorCode());
    }
  }

  /** One button per row (long labels stay readable on phones); over-long actions are dropped. */
  public static InlineKeyboardMarkup keyboard(List<Button> buttons) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    for (Button button : buttons) {
      if (button.action().getBytes(StandardCharsets.UTF_8).length > MAX_CALLBACK_BYTES) {
        log.warn("button dropped: its action is longer than Telegram's 64 bytes");
        continue;
      }
      rows.add(
          new InlineKeyboardRow(
              InlineKeyboardButton.builder()
                  .text(button.label())
                  .callbackData(button.action())
                  .build()));
    }
    return rows.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboard(rows).build();
  }

  /** Buttons side by side in one row: moderator actions. */
  public static InlineKeyboardMarkup row(List<Button> buttons) {
    if (buttons.isEmpty()) {
      return null;
    }
    InlineKeyboardRow row = new InlineKeyboardRow();
    for (Button button : buttons) {
      row.add(InlineKeyboardButton.builder().text(button.label()).callbackData(button.action()).build());
    }
    return InlineKeyboardMarkup.builder().keyboardRow(row).build();
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
