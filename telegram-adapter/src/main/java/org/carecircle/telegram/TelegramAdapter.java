package org.carecircle.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpHandler;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.carecircle.core.conversation.CommandCatalog;
import org.carecircle.core.conversation.MessageHandler;
import org.carecircle.core.escalation.GroupInviteIssuer;
import org.carecircle.core.escalation.ModeratorChannel;
import org.carecircle.core.escalation.ModeratorDesk;
import org.carecircle.core.escalation.UserChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/**
 * The Telegram adapter's lifecycle. Build it from settings, hand its ports ({@link
 * #moderatorChannel()}, {@link #userChannel()}, {@link #inviteIssuer()}) to the core, then {@link
 * #start} it: getMe, setMyCommands, and long polling (default, on a daemon thread) or setWebhook with
 * {@link #webhookHandler()} mounted by the app. {@link #close()} stops polling and its threads.
 */
public final class TelegramAdapter implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TelegramAdapter.class);
  private static final int POLL_TIMEOUT_SECONDS = 30;

  private final TelegramSettings settings;
  private final TelegramUrl telegramUrl;
  private final OkHttpClient http;
  private final TelegramGateway gateway;
  private final TelegramSender sender;
  private final TelegramTexts texts = new TelegramTexts();
  private final TelegramModeratorChannel moderatorChannel; // null without TELEGRAM_MOD_CHAT_ID
  private final ModeratorRoster roster;
  private final TelegramUserChannel userChannel;
  private final TelegramInviteIssuer inviteIssuer;
  private final String webhookSecret;
  private final ExecutorService webhookWorkers;
  private final TelegramWebhook webhook;
  private final PollingOffset offset = new PollingOffset(POLL_TIMEOUT_SECONDS);
  private final CompletableFuture<Void> warmUp;

  private ScheduledExecutorService pollingExecutor;
  private TelegramBotsLongPollingApplication polling;
  private volatile UpdateRouter router;
  private volatile boolean closed;

  public TelegramAdapter(TelegramSettings settings) {
    this(settings, Clock.systemUTC());
  }

  public TelegramAdapter(TelegramSettings settings, Clock clock) {
    this.settings = settings;
    this.telegramUrl = telegramUrl(settings.apiUrl());
    this.http =
        new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(10))
            .writeTimeout(Duration.ofSeconds(15))
            // long polling holds a request up to its timeout; leave room for the answer
            .readTimeout(Duration.ofSeconds(POLL_TIMEOUT_SECONDS + 15))
            .build();
    this.gateway = new TelegramGateway(new OkHttpTelegramClient(http, settings.token(), telegramUrl));
    this.sender = new TelegramSender(gateway, new TelegramHtml(texts));
    if (settings.moderatorChatId() != null) {
      this.roster =
          new ModeratorRoster(gateway, settings.moderatorChatId(), settings.moderatorIds(), clock);
      this.moderatorChannel =
          new TelegramModeratorChannel(sender, gateway, settings.moderatorChatId(), roster, texts);
    } else {
      this.roster = null;
      this.moderatorChannel = null;
    }
    this.userChannel = new TelegramUserChannel(sender);
    this.inviteIssuer = new TelegramInviteIssuer(gateway, clock, Duration.ofDays(1));
    this.webhookSecret =
        settings.webhookSecret() != null ? settings.webhookSecret() : generatedSecret();
    this.webhookWorkers = Executors.newFixedThreadPool(4, daemonThreads("telegram-webhook"));
    this.webhook = new TelegramWebhook(webhookSecret, webhookWorkers);
    // overlaps with the rest of the app's start-up (knowledge base, database)
    this.warmUp = CompletableFuture.runAsync(this::warmUp, runnable -> daemonThreads("telegram-warm-up").newThread(runnable).start());
  }

  /** Present when TELEGRAM_MOD_CHAT_ID is configured. */
  public Optional<ModeratorChannel> moderatorChannel() {
    return Optional.ofNullable(moderatorChannel);
  }

  public UserChannel userChannel() {
    return userChannel;
  }

  public GroupInviteIssuer inviteIssuer() {
    return inviteIssuer;
  }

  /** The handler the app mounts at {@code /telegram/webhook} in webhook mode (503 until started). */
  public HttpHandler webhookHandler() {
    return webhook;
  }

  /** True once started and until closed. */
  public boolean isRunning() {
    return router != null && !closed;
  }

  /**
   * Connects: checks the token with getMe, registers the commands, then polls or sets the webhook.
   *
   * @throws IllegalStateException with a message that names the configuration key when Telegram
   *     refuses the token or cannot be reached
   */
  public synchronized void start(MessageHandler handler, ModeratorDesk desk) {
    if (router != null || closed) {
      throw new IllegalStateException("the Telegram adapter starts once");
    }
    BotIdentity bot = identify();
    registerCommands();
    try {
      warmUp.get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      log.debug("warm-up not finished: {}", e.getClass().getSimpleName());
    }
    ModeratorActions moderators =
        moderatorChannel == null
            ? null
            : new ModeratorActions(moderatorChannel, roster, desk, sender, gateway, texts);
    UpdateRouter started = new UpdateRouter(bot, handler, sender, moderators, texts);
    router = started;
    if (settings.webhookMode()) {
      webhook.deliverTo(started::route);
      setWebhook();
      log.info("Telegram adapter started as @{} in webhook mode", bot.username());
    } else {
      startPolling(started);
      log.info("Telegram adapter started as @{} with long polling", bot.username());
    }
  }

  private BotIdentity identify() {
    try {
      User me = gateway.call(new GetMe());
      if (me.getUserName() == null) {
        throw new IllegalStateException("Telegram's getMe gave no bot username");
      }
      return new BotIdentity(me.getId(), me.getUserName());
    } catch (BotApiException e) {
      if (e.errorCode() == 401 || e.errorCode() == 404) {
        throw new IllegalStateException("TELEGRAM_TOKEN was refused by the Bot API (" + e.errorCode() + ")");
      }
      throw new IllegalStateException(
          "the Bot API at TELEGRAM_API_URL could not be reached (" + e.errorCode() + ")");
    }
  }

  /**
   * Builds Jackson's deserializers for Update, Message and ChatFullInfo now: on a cold, busy JVM
   * that takes seconds, and it must not delay the first person's message or the first moderator post.
   */
  private void warmUp() {
    long started = System.nanoTime();
    try {
      new org.telegram.telegrambots.meta.api.methods.updates.GetUpdates()
          .deserializeResponse("{\"ok\":true,\"result\":[{\"update_id\":1}]}");
      org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat.builder().chatId(1L).build()
          .deserializeResponse("{\"ok\":true,\"result\":{\"id\":1,\"type\":\"private\"}}");
      if (settings.webhookMode()) {
        webhook.warmUp();
      }
    } catch (Exception e) {
      log.debug("warm-up skipped: {}", e.getClass().getSimpleName());
    }
    log.debug("Bot API types ready in {} ms", (System.nanoTime() - started) / 1_000_000);
  }

  private void registerCommands() {
    List<BotCommand> commands =
        CommandCatalog.all().stream()
            .map(c -> new BotCommand(c.name(), c.description()))
            .toList();
    try {
      gateway.call(SetMyCommands.builder().commands(commands).build());
    } catch (BotApiException e) {
      // the commands still work when typed; only the menu is missing
      log.warn("setMyCommands failed: code {}", e.errorCode());
    }
  }

  private void startPolling(UpdateRouter started) {
    pollingExecutor = Executors.newSingleThreadScheduledExecutor(daemonThreads("telegram-polling"));
    polling =
        new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http, () -> pollingExecutor);
    try {
      polling.registerBot(
          settings.token(),
          () -> telegramUrl,
          offset,
          updates -> {
            for (Update update : updates) {
              if (closed) {
                return; // not confirmed: Telegram hands it to the next start
              }
              started.route(update);
              offset.handled(update.getUpdateId());
            }
          });
    } catch (Exception e) {
      // the library's message may carry the request URL, which holds the token: never repeat it
      throw new IllegalStateException(
          "long polling could not start: the Bot API refused deleteWebhook (" + e.getClass().getSimpleName() + ")");
    }
  }

  private void setWebhook() {
    URI url = settings.webhookUrl();
    try {
      gateway.setWebhook(
          SetWebhook.builder()
              .url(url.toString())
              .secretToken(webhookSecret)
              .allowedUpdates(PollingOffset.UPDATE_KINDS)
              .build());
    } catch (BotApiException e) {
      throw new IllegalStateException("setWebhook for TELEGRAM_WEBHOOK_URL failed (" + e.errorCode() + ")");
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (polling != null) {
      try {
        polling.close();
      } catch (Exception e) {
        log.debug("closing long polling: {}", e.getClass().getSimpleName());
      }
    }
    if (pollingExecutor != null) {
      pollingExecutor.shutdownNow(); // interrupts a getUpdates that is still waiting
    }
    webhookWorkers.shutdown();
    try {
      webhookWorkers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    log.info("Telegram adapter stopped");
  }

  /** The webhook's secret, for the app to show how it was set up (never logged here). */
  String webhookSecret() {
    return webhookSecret;
  }

  /** Stops answering setWebhook'd updates in a test or a switch back to polling. */
  void deleteWebhook() throws BotApiException {
    gateway.call(new DeleteWebhook());
  }

  static TelegramUrl telegramUrl(URI apiUrl) {
    if (apiUrl == null) {
      return TelegramUrl.DEFAULT_URL;
    }
    String scheme = apiUrl.getScheme().toLowerCase(java.util.Locale.ROOT);
    int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : ("https".equals(scheme) ? 443 : 80);
    return TelegramUrl.builder().schema(scheme).host(apiUrl.getHost()).port(port).build();
  }

  private static String generatedSecret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static ThreadFactory daemonThreads(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
