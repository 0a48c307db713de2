package org.carecircle.discord;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.carecircle.core.escalation.DeliveryException;
import org.carecircle.core.escalation.EscalationState;
import org.carecircle.core.escalation.ModeratorChannel;
import org.carecircle.core.escalation.ModeratorPost;
import org.carecircle.core.escalation.PostKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord moderator channel: each post is an embed (level, reasons, escaped excerpt, #id) with
 * Claim / Resolve / Reply buttons, sent with the post's idempotency key as an enforced nonce so a
 * retry never posts twice; a new escalation gets a thread for the moderators' replies. One attempt
 * per call: the outbox decides about retries. Thread-safe.
 */
public final class DiscordModeratorChannel implements ModeratorChannel {
  private static final Logger log = LoggerFactory.getLogger(DiscordModeratorChannel.class);
  private static final Pattern THREAD_NAME = Pattern.compile("Escalation #(\\d{1,19})");
  private static final int NONCE_LIMIT = 25;
  private static final int THREAD_ALREADY_CREATED = 160004;

  private final DiscordConnection connection;
  private final long channelId;
  private final String roleId;
  private final Duration timeout;

  DiscordModeratorChannel(
      DiscordConnection connection, String channelId, String roleId, Duration timeout) {
    this.connection = connection;
    this.channelId = Long.parseLong(channelId);
    this.roleId = roleId;
    this.timeout = timeout;
  }

  @Override
  public String destination() {
    return "discord:" + Long.toUnsignedString(channelId);
  }

  long channelId() {
    return channelId;
  }

  @Override
  public String post(ModeratorPost post) throws DeliveryException {
    JDA jda = connection.readySession(timeout);
    TextChannel channel = jda.getTextChannelById(channelId);
    if (channel == null) {
      // the guild may be unavailable for a while (outage, reconnect): never drop the escalation
      throw DeliveryException.retryable(
          "moderator channel " + Long.toUnsignedString(channelId) + " is not visible to the bot",
          null);
    }
    Message message =
        DeliveryFailures.await(
            channel.sendMessage(render(post)).setNonce(nonce(post.idempotencyKey())),
            timeout,
            "moderator post");
    if (post.kind() == PostKind.NEW) {
      openThread(message, post.escalationId());
    }
    log.info(
        "Posted {} for escalation #{} to the Discord moderator channel",
        post.kind(),
        post.escalationId());
    return message.getId();
  }

  /** The escalation a thread belongs to, from its name "Escalation #id"; -1 when none. */
  static long escalationOfThread(String threadName) {
    Matcher m = THREAD_NAME.matcher(threadName == null ? "" : threadName);
    if (!m.matches()) {
      return -1;
    }
    try {
      return Long.parseLong(m.group(1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  MessageCreateData render(ModeratorPost post) {
    MessageCreateBuilder message = DiscordSender.quietMessage().setEmbeds(embed(post));
    if (post.loud()) {
      // the one place a bot message may ping: the moderators, never anyone from user text
      if (roleId != null) {
        message
            .setContent("<@&" + roleId + "> " + headline(post))
            .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
            .mentionRoles(roleId);
      } else {
        message
            .setContent("@here " + headline(post))
            .setAllowedMentions(EnumSet.of(Message.MentionType.HERE));
      }
    }
    List<Button> buttons = buttons(post);
    if (!buttons.isEmpty()) {
      message.setComponents(ActionRow.of(buttons));
    }
    return message.build();
  }

  private void openThread(Message message, long escalationId) {
    try {
      DeliveryFailures.await(
          message.createThreadChannel("Escalation #" + escalationId), timeout, "escalation thread");
    } catch (DeliveryException e) {
      if (e.getCause() instanceof ErrorResponseException error
          && error.getErrorCode() == THREAD_ALREADY_CREATED) {
        // a retried post got its earlier message back (same nonce), thread included
        log.debug("Escalation #{} already has its thread", escalationId);
        return;
      }
      // the post itself is delivered; moderators can still use the Reply button
      log.warn("Could not open the thread for escalation #{}: {}", escalationId, e.getMessage());
    }
  }

  private static String headline(ModeratorPost post) {
    return "Escalation #" + post.escalationId() + " still needs a moderator.";
  }

  private static MessageEmbed embed(ModeratorPost post) {
    EmbedBuilder embed = new EmbedBuilder().setColor(color(post));
    embed.setTitle(DiscordText.truncate(title(post), DiscordText.TITLE_LIMIT));
    String excerpt = DiscordText.escapeUserText(post.excerpt());
    if (!excerpt.isBlank()) {
      embed.setDescription(
          DiscordText.truncate(
              (post.kind() == PostKind.APPLICATION ? "" : "> ") + excerpt.replace("\n", "\n> "),
              DiscordText.DESCRIPTION_LIMIT));
    }
    if (post.kind() != PostKind.APPLICATION) {
      embed.addField("Level", post.level().name(), true);
    }
    embed.addField("State", post.state().name(), true);
    embed.addField("Platform", post.userPlatform().name().toLowerCase(java.util.Locale.ROOT), true);
    if (!post.reasons().isEmpty()) {
      List<String> lines = new ArrayList<>();
      for (String reason : post.reasons()) {
        lines.add("- " + DiscordText.escapeUserText(reason));
      }
      embed.addField(
          "Reasons", DiscordText.truncate(String.join("\n", lines), DiscordText.FIELD_LIMIT), false);
    }
    if (!post.actor().isBlank()) {
      embed.addField("By", DiscordText.truncate(DiscordText.escapeUserText(post.actor()), 256), true);
    }
    embed.setFooter(
        "#"
            + post.escalationId()
            + (post.kind() == PostKind.APPLICATION
                ? ""
                : " · reply in this post's thread or with the Reply button"));
    if (post.openedAt() != null) {
      embed.setTimestamp(post.openedAt());
    }
    return embed.build();
  }

  private static String title(ModeratorPost post) {
    String id = "#" + post.escalationId();
    return switch (post.kind()) {
      case NEW -> "Escalation " + id + " · " + post.level().name();
      case REPAGE -> "Still unclaimed: escalation " + id + " · " + post.level().name();
      case FOLLOW_UP -> "Follow-up on escalation " + id;
      case UPDATE -> "Escalation " + id + " is " + post.state().name().toLowerCase(java.util.Locale.ROOT);
      case APPLICATION -> "Application " + id + " to a private group";
    };
  }

  private static Color color(ModeratorPost post) {
    if (post.kind() == PostKind.APPLICATION) {
      return new Color(0x5865F2);
    }
    return switch (post.level()) {
      case CRISIS -> new Color(0xD83C3E);
      case MEDICAL -> new Color(0xE67E22);
      case DISTRESS -> new Color(0xF1C40F);
      case NONE -> new Color(0x95A5A6);
    };
  }

  private static List<Button> buttons(ModeratorPost post) {
    long id = post.escalationId();
    if (post.kind() == PostKind.APPLICATION) {
      return List.of(
          Button.success(ModeratorButtons.customId(ModeratorButtons.APPROVE, id), "Approve"),
          Button.danger(ModeratorButtons.customId(ModeratorButtons.DECLINE, id), "Decline"));
    }
    if (post.state() == EscalationState.RESOLVED) {
      return List.of();
    }
    List<Button> buttons = new ArrayList<>();
    if (post.state() == EscalationState.OPEN) {
      buttons.add(Button.primary(ModeratorButtons.customId(ModeratorButtons.CLAIM, id), "Claim"));
    }
    buttons.add(Button.success(ModeratorButtons.customId(ModeratorButtons.RESOLVE, id), "Resolve"));
    buttons.add(Button.secondary(ModeratorButtons.customId(ModeratorButtons.REPLY, id), "Reply"));
    return buttons;
  }

  /** Discord's nonce holds at most 25 characters: longer keys are hashed, stably. */
  static String nonce(String idempotencyKey) {
    if (idempotencyKey.length() <= NONCE_LIMIT) {
      return idempotencyKey;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, NONCE_LIMIT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
