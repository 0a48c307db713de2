package org.carecircle.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.carecircle.core.conversation.BotCommand;
import org.carecircle.core.conversation.CommandCatalog;
import org.carecircle.core.conversation.MessageHandler;
import org.carecircle.core.escalation.GroupInviteIssuer;
import org.carecircle.core.escalation.ModeratorChannel;
import org.carecircle.core.escalation.ModeratorDesk;
import org.carecircle.core.escalation.UserChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord side of the bot: logs in with JDA, turns DMs, guild messages, slash commands and
 * button presses into platform-neutral messages for the core, and offers the moderator channel,
 * the DM channel and the invite issuer as the core's ports.
 *
 * <p>Intents: GUILD_MESSAGES and DIRECT_MESSAGES to receive messages, MESSAGE_CONTENT (privileged)
 * because every guild message must pass the safety check; when Discord refuses it, the adapter
 * runs on without it (DMs, mentions, commands). GUILD_MEMBERS is not requested: the
 * members that matter (authors, clickers) come with their events, roles included.
 *
 * <p>Create, take the ports, then {@link #start}; {@link #close} on shutdown.
 */
public final class DiscordAdapter implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
  private static final EnumSet<GatewayIntent> INTENTS =
      EnumSet.of(
          GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES, GatewayIntent.MESSAGE_CONTENT);

  private final DiscordSettings settings;
  private final DiscordConnection connection = new DiscordConnection();
  private final DiscordSender sender;
  private final DiscordModeratorChannel moderatorChannel;
  private final DiscordUserChannel userChannel;
  private final DiscordInviteIssuer inviteIssuer;
  private ExecutorService pool;
  private ScheduledExecutorService scheduler;
  private DiscordEventListener listener;
  private JDA jda;
  private volatile boolean closed;

  public DiscordAdapter(DiscordSettings settings) {
    this(settings, DiscordSender.withDefaults());
  }

  public DiscordAdapter(DiscordSettings settings, DiscordSender sender) {
    this.settings = settings;
    this.sender = sender;
    this.moderatorChannel =
        settings.moderatorChannelId() == null
            ? null
            : new DiscordModeratorChannel(
                connection, settings.moderatorChannelId(), settings.moderatorRoleId(), CALL_TIMEOUT);
    this.userChannel = new DiscordUserChannel(connection, sender, CALL_TIMEOUT);
    this.inviteIssuer = new DiscordInviteIssuer(connection, CALL_TIMEOUT);
  }

  /** Present when DISCORD_MOD_CHANNEL_ID is configured. */
  public Optional<ModeratorChannel> moderatorChannel() {
    return Optional.ofNullable(moderatorChannel);
  }

  public UserChannel userChannel() {
    return userChannel;
  }

  public GroupInviteIssuer inviteIssuer() {
    return inviteIssuer;
  }

  /**
   * Logs in and connects to the gateway; returns once the token is accepted (the guilds arrive
   * shortly after, see {@link #awaitReady}).
   *
   * @throws IllegalStateException when Discord refuses the token or cannot be reached
   */
  public synchronized void start(MessageHandler handler, ModeratorDesk desk) {
    if (jda != null) {
      throw new IllegalStateException("the Discord adapter is already started");
    }
    // JDA's default for every message request: no one may be pinged unless a request says so
    MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
    MessageRequest.setDefaultMentionRepliedUser(false);
    pool = newPool();
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            work -> {
              Thread thread = new Thread(work, "discord-deferrals");
              thread.setDaemon(true);
              return thread;
            });
    DiscordModeratorActions moderators =
        new DiscordModeratorActions(
            settings.moderatorChannelId(), settings.moderatorRoleId(), desk, sender);
    listener =
        new DiscordEventListener(
            new DiscordConversations(handler, sender, scheduler),
            moderators,
            connection,
            this::onSessionReady,
            this::onShutdown,
            pool);
    try {
      connect(INTENTS);
    } catch (IllegalStateException e) {
      pool.shutdownNow();
      scheduler.shutdownNow();
      throw e;
    }
  }

  private synchronized void connect(Set<GatewayIntent> intents) {
    JDABuilder builder =
        JDABuilder.createLight(settings.token(), intents)
            .addEventListeners(listener)
            .setEnableShutdownHook(false);
    if (settings.restBaseUrl() != null) {
      builder.setRestConfig(new RestConfig().setBaseUrl(settings.restBaseUrl()));
    }
    String gateway = settings.gatewayUrl();
    if (gateway == null && settings.restBaseUrl() != null) {
      gateway = GatewayDiscovery.discover(settings.restBaseUrl(), settings.token());
    }
    if (gateway != null) {
      String url = gateway;
      builder
          .setSessionController(
              new SessionControllerAdapter() {
                @Override
                public String getGateway() {
                  return url;
                }
              })
          // a proxy or test server may not speak zlib-stream
          .setCompression(Compression.NONE);
    }
    try {
      jda = builder.build();
    } catch (RuntimeException e) {
      // JDA's messages name the failure, never the token
      throw new IllegalStateException("Discord login failed: " + e.getMessage(), e);
    }
    connection.started(jda);
    log.info(
        "Discord adapter logged in{}{}",
        settings.apiUrl() == null ? "" : " (REST base " + settings.restBaseUrl() + ")",
        intents.contains(GatewayIntent.MESSAGE_CONTENT) ? "" : " without MESSAGE_CONTENT");
  }

  /**
   * MESSAGE_CONTENT is privileged: when the application was not granted it, Discord closes the
   * gateway with 4014. The bot then runs on without it, reading DMs, mentions and commands, which
   * carry their text regardless.
   */
  private void onShutdown(ShutdownEvent event) {
    if (event.getCloseCode() != CloseCode.DISALLOWED_INTENTS || closed) {
      return;
    }
    synchronized (this) {
      if (closed
          || event.getJDA() != jda
          || !jda.getGatewayIntents().contains(GatewayIntent.MESSAGE_CONTENT)) {
        return;
      }
      log.warn(
          "Discord refused the MESSAGE_CONTENT intent; reconnecting without it: guild messages that"
              + " do not mention the bot cannot be read (grant it in the developer portal)");
      Set<GatewayIntent> without = EnumSet.copyOf(INTENTS);
      without.remove(GatewayIntent.MESSAGE_CONTENT);
      pool.execute(() -> reconnect(without));
    }
  }

  private synchronized void reconnect(Set<GatewayIntent> intents) {
    if (closed) {
      return;
    }
    try {
      connect(intents);
    } catch (IllegalStateException e) {
      log.error("Discord reconnect failed: {}", e.getMessage());
    }
  }

  /** Waits until the gateway delivered the guilds; false on timeout. */
  public boolean awaitReady(Duration timeout) throws InterruptedException {
    return connection.awaitReady(timeout);
  }

  /** True while the gateway session is connected, for health checks. */
  public boolean isConnected() {
    JDA session = connection.sessionOrNull();
    return session != null && session.getStatus() == JDA.Status.CONNECTED;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (jda != null) {
      jda.shutdown();
      try {
        if (!jda.awaitShutdown(Duration.ofSeconds(5))) {
          jda.shutdownNow();
        }
      } catch (InterruptedException e) {
        jda.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
    if (pool != null) {
      pool.shutdown();
      try {
        pool.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      pool.shutdownNow();
    }
  }

  /** The catalog's commands as Discord slash commands, usable in servers and in DMs. */
  static List<CommandData> slashCommands() {
    List<CommandData> commands = new ArrayList<>();
    for (BotCommand command : CommandCatalog.all()) {
      SlashCommandData data =
          Commands.slash(command.name(), DiscordText.truncate(command.description(), 100))
              .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
              .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
      if (command.argumentName() != null) {
        String help = command.argumentHelp() == null ? command.argumentName() : command.argumentHelp();
        data.addOption(
            OptionType.STRING,
            command.argumentName(),
            DiscordText.truncate(help, 100),
            "ask".equals(command.name()));
      }
      commands.add(data);
    }
    return commands;
  }

  private void onSessionReady() {
    JDA session = connection.sessionOrNull();
    if (session == null) {
      return;
    }
    if (settings.moderatorChannelId() != null
        && session.getTextChannelById(settings.moderatorChannelId()) == null) {
      log.warn(
          "DISCORD_MOD_CHANNEL_ID {} is not a text channel the bot can see: escalations wait in the"
              + " outbox until it is",
          settings.moderatorChannelId());
    }
    session
        .updateCommands()
        .addCommands(slashCommands())
        .queue(
            done -> log.info("Registered {} slash commands", done.size()),
            e -> log.warn("Could not register slash commands: {}", e.getMessage()));
  }

  private static ExecutorService newPool() {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            4,
            4,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(10_000),
            work -> {
              Thread thread = new Thread(work, "discord-events-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }
}
