package org.carecircle.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carecircle.core.conversation.MessageHandler;
import org.carecircle.core.escalation.GroupInviteIssuer;
import org.carecircle.core.escalation.ModeratorChannel;
import org.carecircle.core.escalation.UserChannel;
import org.carecircle.discord.DiscordAdapter;
import org.carecircle.discord.DiscordSettings;
import org.carecircle.telegram.TelegramAdapter;
import org.carecircle.telegram.TelegramSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of {@code ./bot run}: the configured adapters, their moderator destinations,
 * the core with its database, and the health and metrics endpoint. Close once.
 */
final class RunningBot implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RunningBot.class);

  private final List<AutoCloseable> closeInOrder;
  private final int httpPort;
  private boolean closed;

  private RunningBot(List<AutoCloseable> closeInOrder, int httpPort) {
    this.closeInOrder = closeInOrder;
    this.httpPort = httpPort;
  }

  /** The port of /healthz and /metrics (useful when BOT_HTTP_PORT is 0: any free port). */
  int httpPort() {
    return httpPort;
  }

  static RunningBot start(
      BotSettings settings, Optional<Path> kbDirectory, PrometheusMeterRegistry registry)
      throws Exception {
    List<AutoCloseable> started = new ArrayList<>();
    try {
      new JvmMemoryMetrics().bindTo(registry);
      new JvmThreadMetrics().bindTo(registry);
      new ProcessorMetrics().bindTo(registry);
      JvmGcMetrics gc = new JvmGcMetrics();
      gc.bindTo(registry);
      started.add(gc);
      CoreServices core = CoreServices.load(kbDirectory, settings.dataDir(), settings.communityName());
      List<ModeratorChannel> moderators = new ArrayList<>();
      List<UserChannel> users = new ArrayList<>();
      List<GroupInviteIssuer> invites = new ArrayList<>();
      TelegramAdapter telegram = null;
      DiscordAdapter discord = null;
      if (settings.telegramEnabled()) {
        telegram = new TelegramAdapter(telegramSettings(settings));
        telegram.moderatorChannel().ifPresent(moderators::add);
        users.add(telegram.userChannel());
        invites.add(telegram.inviteIssuer());
      }
      if (settings.discordEnabled()) {
        discord = new DiscordAdapter(discordSettings(settings));
        discord.moderatorChannel().ifPresent(moderators::add);
        users.add(discord.userChannel());
        invites.add(discord.inviteIssuer());
      }
      if (moderators.isEmpty()) {
        log.warn(
            "No moderator destination is configured (TELEGRAM_MOD_CHAT_ID, DISCORD_MOD_CHANNEL_ID):"
                + " people in danger still get crisis contacts, but no moderator will be alerted");
      }
      BotRuntime runtime =
          BotRuntime.start(settings, core, moderators, users, invites, Clock.systemUTC());
      started.add(runtime);
      Gauge.builder("bot.outbox.pending", runtime.dispatcher(), d -> d.pending())
          .description("Outbox records waiting for delivery")
          .register(registry);
      MessageHandler handler = new MeteredMessageHandler(runtime.engine(), registry);
      List<HealthCheck> checks = new ArrayList<>();
      checks.add(new DatabaseHealth(runtime.database()));
      OpsServer ops = new OpsServer(settings.httpPort(), registry, checks);
      if (telegram != null) {
        TelegramAdapter t = telegram;
        started.add(0, t);
        if (settings.telegramWebhookUrl().isPresent()) {
          ops.mount("/telegram/webhook", t.webhookHandler());
        }
        t.start(handler, runtime.escalations());
        checks.add(named("telegram", t::isRunning));
      }
      if (discord != null) {
        DiscordAdapter d = discord;
        started.add(0, d);
        d.start(handler, runtime.escalations());
        checks.add(named("discord", d::isConnected));
      }
      ops.start();
      started.add(0, ops);
      log.info(
          "Bot running: telegram {}, discord {}, {} moderator destination(s)",
          telegram != null ? "on" : "off",
          discord != null ? "on" : "off",
          moderators.size());
      return new RunningBot(started, ops.port());
    } catch (Exception e) {
      new RunningBot(started, 0).close();
      throw e;
    }
  }

  static TelegramSettings telegramSettings(BotSettings s) {
    try {
      return new TelegramSettings(
          s.telegramToken().orElseThrow().reveal(),
          s.telegramApiUrl().orElse(null),
          s.telegramModChatId().map(Long::parseLong).orElse(null),
          s.telegramModeratorIds(),
          s.telegramWebhookUrl().orElse(null),
          s.telegramWebhookSecret().map(Secret::reveal).orElse(null));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(e.getMessage());
    }
  }

  static DiscordSettings discordSettings(BotSettings s) {
    try {
      return new DiscordSettings(
          s.discordToken().orElseThrow().reveal(),
          s.discordApiUrl().map(Object::toString).orElse(null),
          s.discordGatewayUrl().map(Object::toString).orElse(null),
          s.discordModChannelId().orElse(null),
          s.discordModeratorRoleId().orElse(null));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(e.getMessage());
    }
  }

  private static HealthCheck named(String name, java.util.function.BooleanSupplier healthy) {
    return new HealthCheck() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public boolean healthy() {
        return healthy.getAsBoolean();
      }
    };
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (AutoCloseable c : closeInOrder) {
      try {
        c.close();
      } catch (Exception e) {
        log.warn("could not close {} cleanly", c.getClass().getSimpleName(), e);
      }
    }
  }
}
