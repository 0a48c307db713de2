package org.carecircle.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.carecircle.core.conversation.MessageHandler;
import org.carecircle.core.escalation.DeliveryException;
import org.carecircle.core.message.Audience;
import org.carecircle.core.message.InboundMessage;
import org.carecircle.core.message.Platform;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * People talking to the bot: DMs, guild messages (every one goes to the core, which checks safety
 * and stays silent when not addressed), slash commands and quick-reply buttons. Private replies
 * from a guild go by DM, or as ephemeral replies to an interaction, never into the channel.
 */
final class DiscordConversations {
  private static final Logger log = LoggerFactory.getLogger(DiscordConversations.class);
  static final String SOMETHING_WENT_WRONG =
      "Sorry, something went wrong on my side. Please try again in a moment.";
  static final String DMS_CLOSED =
      "I couldn't send you a private message, maybe your DMs are closed. Use /resources here to"
          + " see support contacts that only you can see.";

  private static final java.time.Duration ACK_DEADLINE = java.time.Duration.ofMillis(2000);

  private final MessageHandler handler;
  private final DiscordSender sender;
  private final ScheduledExecutorService scheduler;

  DiscordConversations(
      MessageHandler handler, DiscordSender sender, ScheduledExecutorService scheduler) {
    this.handler = handler;
    this.sender = sender;
    this.scheduler = scheduler;
  }

  void onMessage(MessageReceivedEvent event) {
    Message message = event.getMessage();
    if (message.getType() != MessageType.DEFAULT && message.getType() != MessageType.INLINE_REPLY) {
      return;
    }
    User author = event.getAuthor();
    User self = event.getJDA().getSelfUser();
    boolean inGuild = event.isFromGuild();
    boolean addressed =
        !inGuild
            || message.getMentions().isMentioned(self, Message.MentionType.USER)
            || repliesTo(message, self);
    String text = withoutSelfMention(message.getContentRaw(), self);
    if (text.isEmpty()) {
      // an attachment or sticker alone, or a guild message whose content Discord withheld
      return;
    }
    InboundMessage inbound =
        new InboundMessage(
            Platform.DISCORD,
            event.getChannel().getId(),
            author.getId(),
            author.getId(),
            text,
            !inGuild,
            addressed,
            null,
            message.getId(),
            false);
    Response response = handler.handle(inbound);
    boolean dmRefused = false;
    for (Reply reply : response.replies()) {
      try {
        if (reply.audience() == Audience.PRIVATE && inGuild) {
          try {
            PrivateChannel dm =
                DeliveryFailures.await(
                    author.openPrivateChannel(), java.time.Duration.ofSeconds(10), "open DM");
            sender.send(dm, reply);
          } catch (DeliveryException e) {
            if (e.isPermanent() && !dmRefused) {
              // DMs closed: say so in the channel, without a word of the private reply
              dmRefused = true;
              sender.send(event.getChannel(), Reply.text(DMS_CLOSED));
            }
            throw e;
          }
        } else {
          sender.send(event.getChannel(), reply);
        }
      } catch (DeliveryException e) {
        // one failed reply (e.g. DMs closed) must not hold back the next, like the public pointer
        log.warn(
            "Could not deliver a {} reply to message {}: {}",
            reply.audience(),
            message.getId(),
            e.getMessage());
      }
    }
  }

  void onSlashCommand(SlashCommandInteractionEvent event) {
    StringBuilder text = new StringBuilder("/").append(event.getName());
    for (OptionMapping option : event.getOptions()) {
      text.append(' ').append(option.getAsString());
    }
    respond(event, text.toString(), event.getId(), false);
  }

  void onButton(ButtonInteractionEvent event) {
    String action = event.getComponentId().substring(DiscordSender.USER_BUTTON_PREFIX.length());
    respond(event, action, event.getId(), true);
  }

  private void respond(IReplyCallback event, String text, String eventId, boolean buttonPress) {
    boolean inGuild = event.isFromGuild();
    User user = event.getUser();
    InboundMessage inbound =
        new InboundMessage(
            Platform.DISCORD,
            event.getChannelId() == null ? user.getId() : event.getChannelId(),
            user.getId(),
            user.getId(),
            text,
            !inGuild,
            true,
            locale(event.getUserLocale()),
            eventId,
            buttonPress);
    Response response;
    try {
      response = handleWithinDiscordsWindow(event, inbound, inGuild);
    } catch (RuntimeException e) {
      // never leave the person with "the application did not respond"
      log.error("The core failed on interaction {}", eventId, e);
      response = Response.of(Reply.text(SOMETHING_WENT_WRONG).privately());
    }
    try {
      if (response.isSilent()) {
        if (event instanceof ButtonInteractionEvent button && !button.isAcknowledged()) {
          DeliveryFailures.await(button.deferEdit(), java.time.Duration.ofSeconds(10), "ack");
        } else {
          sender.answerPrivately(event, "✓");
        }
        return;
      }
      List<Boolean> ephemeral = new ArrayList<>();
      for (Reply reply : response.replies()) {
        // in a guild, private replies stay with the person; a button's answer too, so one
        // person's clicks don't fill a shared channel
        ephemeral.add(inGuild && (reply.audience() == Audience.PRIVATE || buttonPress));
      }
      sender.answer(event, response.replies(), ephemeral);
    } catch (DeliveryException e) {
      log.warn("Could not answer interaction {}: {}", eventId, e.getMessage());
    }
  }

  /**
   * Discord drops an interaction not acknowledged within 3 s. When the core is slower than
   * {@link #ACK_DEADLINE} (a cold start, a busy database), the interaction is deferred: in a guild
   * as ephemeral, because a deferral fixes the first answer's visibility and a private reply must
   * never become public.
   */
  private Response handleWithinDiscordsWindow(
      IReplyCallback event, InboundMessage inbound, boolean inGuild) {
    Object lock = new Object();
    boolean[] answered = {false};
    ScheduledFuture<?> deferral =
        scheduler.schedule(
            () -> {
              synchronized (lock) {
                if (!answered[0] && !event.isAcknowledged()) {
                  try {
                    DeliveryFailures.await(
                        event.deferReply(inGuild), java.time.Duration.ofSeconds(5), "defer");
                  } catch (DeliveryException e) {
                    log.warn("Could not defer interaction {}: {}", inbound.eventId(), e.getMessage());
                  }
                }
              }
            },
            ACK_DEADLINE.toMillis(),
            TimeUnit.MILLISECONDS);
    try {
      return handler.handle(inbound);
    } finally {
      // waits for a deferral in flight, so the answer below sees the interaction acknowledged
      synchronized (lock) {
        answered[0] = true;
        deferral.cancel(false);
      }
    }
  }

  private static String locale(DiscordLocale locale) {
    return locale == null || locale == DiscordLocale.UNKNOWN ? null : locale.getLocale();
  }

  private static boolean repliesTo(Message message, User self) {
    Message referenced = message.getReferencedMessage();
    return referenced != null && referenced.getAuthor().getIdLong() == self.getIdLong();
  }

  private static String withoutSelfMention(String content, User self) {
    Pattern mention = Pattern.compile("<@!?" + self.getId() + ">");
    return mention.matcher(content).replaceAll("").strip();
  }
}
