package org.carecircle.discord;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes JDA's events: people's messages and interactions to the conversation side, the
 * moderator channel's clicks, modals and thread messages to the moderator side. Work runs on the
 * adapter's own pool so the gateway thread never waits for the core. Skips every bot's messages,
 * including the echo of the bot's own.
 */
final class DiscordEventListener extends ListenerAdapter {
  private static final Logger log = LoggerFactory.getLogger(DiscordEventListener.class);

  private final DiscordConversations conversations;
  private final DiscordModeratorActions moderators;
  private final DiscordConnection connection;
  private final Runnable onReady;
  private final Consumer<ShutdownEvent> onShutdown;
  private final ExecutorService pool;

  DiscordEventListener(
      DiscordConversations conversations,
      DiscordModeratorActions moderators,
      DiscordConnection connection,
      Runnable onReady,
      Consumer<ShutdownEvent> onShutdown,
      ExecutorService pool) {
    this.conversations = conversations;
    this.moderators = moderators;
    this.connection = connection;
    this.onReady = onReady;
    this.onShutdown = onShutdown;
    this.pool = pool;
  }

  @Override
  public void onShutdown(ShutdownEvent event) {
    onShutdown.accept(event);
  }

  @Override
  public void onReady(ReadyEvent event) {
    connection.ready();
    log.info(
        "Discord session ready: {} guild(s)", event.getGuildTotalCount());
    onReady.run();
  }

  @Override
  public void onMessageReceived(MessageReceivedEvent event) {
    // the bot's own messages come back as MESSAGE_CREATE too; the id check holds even when a
    // proxy or fake leaves the bot flag out
    if (event.getAuthor().isBot()
        || event.getAuthor().getIdLong() == event.getJDA().getSelfUser().getIdLong()
        || event.getAuthor().isSystem()
        || event.isWebhookMessage()) {
      return;
    }
    if (event.isFromGuild() && moderators.isModeratorSpace(event.getChannel())) {
      run("moderator message", () -> moderators.onModeratorMessage(event));
      return;
    }
    run("message", () -> conversations.onMessage(event));
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    run("slash command", () -> conversations.onSlashCommand(event));
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    String id = event.getComponentId();
    if (ModeratorButtons.isModeratorComponent(id)) {
      run("moderator button", () -> moderators.onButton(event));
    } else if (id.startsWith(DiscordSender.USER_BUTTON_PREFIX)) {
      run("button", () -> conversations.onButton(event));
    }
  }

  @Override
  public void onModalInteraction(ModalInteractionEvent event) {
    run("moderator reply", () -> moderators.onModal(event));
  }

  private void run(String what, Runnable work) {
    try {
      pool.execute(
          () -> {
            try {
              work.run();
            } catch (RuntimeException e) {
              log.error("Handling a Discord {} failed", what, e);
            }
          });
    } catch (RejectedExecutionException e) {
      log.debug("Discord {} arrived while shutting down", what);
    }
  }
}
