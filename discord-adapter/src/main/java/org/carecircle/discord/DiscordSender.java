package org.carecircle.discord;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.awt.Color;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.carecircle.core.escalation.DeliveryException;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.SourceLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the adapter writes to Discord for people: renders a {@link Reply} (embeds for
 * answers with their sources as links, buttons, splitting at Discord's limits), sends every
 * message with no allowed mentions, and retries a failed user reply briefly with a stable nonce so
 * a retry never shows the same message twice. Thread-safe.
 */
public final class DiscordSender {
  /** Custom-id prefix of a person's quick-reply button; the rest is the core's action payload. */
  static final String USER_BUTTON_PREFIX = "u:";

  private static final Logger log = LoggerFactory.getLogger(DiscordSender.class);
  private static final int BUTTONS_PER_ROW = 5;
  private static final int MAX_BUTTONS = 25;
  private static final int EMBED_TOTAL_LIMIT = 6000;
  private static final int NONCE_LENGTH = 25;
  private static final Color ANSWER_COLOR = new Color(0x4F7CAC);
  private static final char[] NONCE_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();

  private final Duration callTimeout;
  private final Retry retry;
  private final SecureRandom random = new SecureRandom();

  public DiscordSender(Duration callTimeout, int attempts, Duration retryWait) {
    this.callTimeout = callTimeout;
    this.retry =
        Retry.of(
            "discord-user-replies",
            RetryConfig.custom()
                .maxAttempts(Math.max(1, attempts))
                .waitDuration(retryWait)
                .retryOnException(
                    e -> e instanceof DeliveryException delivery && !delivery.isPermanent())
                .build());
  }

  /** Defaults for user replies: 10 s per call, three attempts half a second apart. */
  public static DiscordSender withDefaults() {
    return new DiscordSender(Duration.ofSeconds(10), 3, Duration.ofMillis(500));
  }

  /** No message of the bot may ping anyone; the one exception is built explicitly elsewhere. */
  static MessageCreateBuilder quietMessage() {
    return new MessageCreateBuilder()
        .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
        .mentionRepliedUser(false);
  }

  /** Renders a reply as the Discord messages that carry it, in order; buttons on the last one. */
  public List<MessageCreateData> render(Reply reply) {
    List<MessageCreateBuilder> messages =
        reply.sources().isEmpty() && reply.footer().isBlank() ? asContent(reply) : asEmbeds(reply);
    List<ActionRow> rows = buttonRows(reply);
    if (!rows.isEmpty()) {
      messages.get(messages.size() - 1).setComponents(rows);
    }
    List<MessageCreateData> built = new ArrayList<>();
    for (MessageCreateBuilder message : messages) {
      built.add(message.build());
    }
    return built;
  }

  /** Sends a reply into a channel (a DM or a guild channel); returns the last message's id. */
  public String send(MessageChannel channel, Reply reply) throws DeliveryException {
    String lastId = null;
    for (MessageCreateData message : render(reply)) {
      String nonce = newNonce();
      lastId =
          withRetry(
              () ->
                  DeliveryFailures.await(
                          channel.sendMessage(message).setNonce(nonce), callTimeout, "send reply")
                      .getId());
    }
    return lastId;
  }

  /**
   * Answers an interaction with the replies, in order: the first becomes the interaction's reply,
   * the rest follow-ups. {@code ephemeral[i]} hides reply i from everyone but the person.
   */
  public void answer(IReplyCallback interaction, List<Reply> replies, List<Boolean> ephemeral)
      throws DeliveryException {
    boolean first = !interaction.isAcknowledged();
    InteractionHook hook = interaction.getHook();
    for (int i = 0; i < replies.size(); i++) {
      boolean hidden = ephemeral.get(i);
      for (MessageCreateData message : render(replies.get(i))) {
        RestAction<?> action =
            first
                ? interaction.reply(message).setEphemeral(hidden)
                : hook.sendMessage(message).setEphemeral(hidden);
        // a reply callback that failed with 5xx was not registered, so one more try is safe
        withRetry(() -> DeliveryFailures.await(action, callTimeout, "answer interaction"));
        first = false;
      }
    }
  }

  /** A short note for one person only, e.g. the answer to a moderator's click. */
  public void answerPrivately(IReplyCallback interaction, String text) throws DeliveryException {
    MessageCreateData message =
        quietMessage().setContent(DiscordText.truncate(DiscordText.defuseMentions(text), 2000)).build();
    RestAction<?> action =
        interaction.isAcknowledged()
            ? interaction.getHook().sendMessage(message).setEphemeral(true)
            : interaction.reply(message).setEphemeral(true);
    withRetry(() -> DeliveryFailures.await(action, callTimeout, "answer privately"));
  }

  private <T> T withRetry(DeliveryCall<T> call) throws DeliveryException {
    try {
      return retry.executeCheckedSupplier(call::run);
    } catch (DeliveryException e) {
      throw e;
    } catch (Throwable e) {
      throw DeliveryFailures.classify(e, "send");
    }
  }

  private List<MessageCreateBuilder> asContent(Reply reply) {
    List<MessageCreateBuilder> messages = new ArrayList<>();
    for (String part :
        DiscordText.split(DiscordText.defuseMentions(reply.text()), DiscordText.CONTENT_LIMIT)) {
      messages.add(quietMessage().setContent(part.isEmpty() ? "\u200b" : part));
    }
    return messages;
  }

  private List<MessageCreateBuilder> asEmbeds(Reply reply) {
    List<String> sourceLines = sourceLines(reply.sources());
    List<String> sourceFields = packLines(sourceLines, DiscordText.FIELD_LIMIT);
    String footer = DiscordText.truncate(DiscordText.defuseMentions(reply.footer()), 2048);
    int tailSize = footer.length() + "Sources".length() * sourceFields.size();
    for (String field : sourceFields) {
      tailSize += field.length();
    }
    List<String> parts =
        DiscordText.split(DiscordText.defuseMentions(reply.text()), DiscordText.DESCRIPTION_LIMIT);
    List<MessageCreateBuilder> messages = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      EmbedBuilder embed = new EmbedBuilder().setColor(ANSWER_COLOR);
      if (!parts.get(i).isEmpty()) {
        embed.setDescription(parts.get(i));
      }
      boolean last = i == parts.size() - 1;
      if (last && parts.get(i).length() + tailSize <= EMBED_TOTAL_LIMIT) {
        addTail(embed, sourceFields, footer);
        messages.add(quietMessage().setEmbeds(embed.build()));
      } else if (last) {
        messages.add(quietMessage().setEmbeds(embed.build()));
        EmbedBuilder tail = new EmbedBuilder().setColor(ANSWER_COLOR);
        addTail(tail, sourceFields, footer);
        if (!tail.isEmpty()) {
          messages.add(quietMessage().setEmbeds(tail.build()));
        }
      } else {
        messages.add(quietMessage().setEmbeds(embed.build()));
      }
    }
    return messages;
  }

  private static void addTail(EmbedBuilder embed, List<String> sourceFields, String footer) {
    for (int i = 0; i < sourceFields.size(); i++) {
      embed.addField(i == 0 ? "Sources" : "Sources (continued)", sourceFields.get(i), false);
    }
    if (!footer.isBlank()) {
      embed.setFooter(footer);
    }
  }

  private static List<String> sourceLines(List<SourceLink> sources) {
    List<String> lines = new ArrayList<>();
    for (SourceLink source : sources) {
      String title = DiscordText.linkTitle(source.title() == null ? "Source" : source.title());
      String url = DiscordText.safeLinkUrl(source.url());
      String publisher =
          source.publisher() == null || source.publisher().isBlank()
              ? ""
              : " — " + DiscordText.escapeUserText(source.publisher());
      String line = url == null ? "- " + title + publisher : "- [" + title + "](" + url + ")" + publisher;
      lines.add(DiscordText.truncate(line, DiscordText.FIELD_LIMIT));
    }
    return lines;
  }

  private static List<String> packLines(List<String> lines, int limit) {
    List<String> packed = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      if (current.length() > 0 && current.length() + 1 + line.length() > limit) {
        packed.add(current.toString());
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append('\n');
      }
      current.append(line);
    }
    if (current.length() > 0) {
      packed.add(current.toString());
    }
    return packed;
  }

  private static List<ActionRow> buttonRows(Reply reply) {
    Map<String, Button> unique = new LinkedHashMap<>();
    for (org.carecircle.core.message.Button button : reply.buttons()) {
      String id = USER_BUTTON_PREFIX + button.action();
      if (id.length() > Button.ID_MAX_LENGTH || unique.containsKey(id)) {
        if (id.length() > Button.ID_MAX_LENGTH) {
          log.warn("Dropped a button whose action is longer than Discord allows");
        }
        continue;
      }
      if (unique.size() == MAX_BUTTONS) {
        log.warn("Dropped buttons beyond Discord's limit of {}", MAX_BUTTONS);
        break;
      }
      String label =
          DiscordText.truncate(
              button.label() == null || button.label().isBlank() ? "…" : button.label(),
              Button.LABEL_MAX_LENGTH);
      unique.put(id, Button.secondary(id, label));
    }
    List<Button> buttons = new ArrayList<>(unique.values());
    List<ActionRow> rows = new ArrayList<>();
    for (int from = 0; from < buttons.size(); from += BUTTONS_PER_ROW) {
      rows.add(ActionRow.of(buttons.subList(from, Math.min(buttons.size(), from + BUTTONS_PER_ROW))));
    }
    return rows;
  }

  private String newNonce() {
    char[] nonce = new char[NONCE_LENGTH];
    for (int i = 0; i < nonce.length; i++) {
      nonce[i] = NONCE_CHARS[random.nextInt(NONCE_CHARS.length)];
    }
    return new String(nonce);
  }

  /** One platform call that may fail with a {@link DeliveryException}. */
  @FunctionalInterface
  private interface DeliveryCall<T> {
    T run() throws DeliveryException;
  }
}
