package org.carecircle.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carecircle.discord.fake.FakeDiscord;
import org.carecircle.telegram.fake.FakeTelegramBotApi;
import org.carecircle.telegram.fake.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One process serving both platforms, as {@code ./bot run} with both tokens wires it, against local
 * fakes of the Telegram Bot API and of Discord, with the real telegrambots and JDA clients on one
 * OkHttp.
 */
class BothPlatformsEndToEndTest {
  private static final long MOD_CHAT = -1001000000001L;
  private static final long PATIENT = 555001L;

  @TempDir static Path dataDir;
  private static FakeTelegramBotApi telegram;
  private static FakeDiscord discord;
  private static RunningBot bot;

  @BeforeAll
  static void startBothPlatforms() throws Exception {
    telegram = FakeTelegramBotApi.start("4242:telegram-test-token-abcdefghijklmnop");
    discord = FakeDiscord.start();
    BotSettings settings =
        BotSettings.from(
            ConfigSource.of(
                Map.of(),
                Map.ofEntries(
                    Map.entry("TELEGRAM_TOKEN", telegram.token()),
                    Map.entry("TELEGRAM_API_URL", telegram.url().toString()),
                    Map.entry("TELEGRAM_MOD_CHAT_ID", Long.toString(MOD_CHAT)),
                    Map.entry("DISCORD_TOKEN", FakeDiscord.TOKEN),
                    Map.entry("DISCORD_API_URL", discord.url()),
                    Map.entry("DISCORD_GATEWAY_URL", discord.gatewayUrl()),
                    Map.entry("DISCORD_MOD_CHANNEL_ID", Long.toUnsignedString(FakeDiscord.MODERATOR_CHANNEL_ID)),
                    Map.entry("DISCORD_MODERATOR_ROLE_ID", Long.toUnsignedString(FakeDiscord.MODERATOR_ROLE_ID)),
                    Map.entry("BOT_DATA_DIR", dataDir.toString()),
                    Map.entry("BOT_HTTP_PORT", "0"),
                    Map.entry("BOT_COMMUNITY_NAME", "Brave Hearts"))));
    bot = RunningBot.start(settings, Optional.empty(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    assertThat(discord.awaitIdentified(Duration.ofSeconds(30))).isTrue();
  }

  @AfterAll
  static void stop() throws Exception {
    if (bot != null) {
      bot.close();
    }
    if (telegram != null) {
      telegram.close();
    }
    if (discord != null) {
      discord.close();
    }
  }

  @Test
  void aCrisisOnTelegramReachesTheDiscordModeratorChannelAndThePersonGetsThe988Line() {
    telegram.privateMessage(PATIENT, "i don't want to live anymore, i want to end it tonight");

    List<SentMessage> toPerson =
        telegram.awaitMessages(PATIENT, m -> m.text().contains("988"), 1, Duration.ofSeconds(20));
    assertThat(toPerson).isNotEmpty();

    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    List<JsonNode> modPosts = discord.createdMessagesIn(FakeDiscord.MODERATOR_CHANNEL_ID);
    while (modPosts.isEmpty() && System.nanoTime() < deadline) {
      sleep(100);
      modPosts = discord.createdMessagesIn(FakeDiscord.MODERATOR_CHANNEL_ID);
    }
    assertThat(modPosts).hasSize(1);
    assertThat(modPosts.get(0).toString()).contains("Escalation #1", "CRISIS").containsIgnoringCase("telegram");
    assertThat(telegram.awaitMessages(MOD_CHAT, m -> m.text().contains("#1"), 1, Duration.ofSeconds(20)))
        .hasSize(1);
  }

  @Test
  void bothClientsRunOnOneOkHttp() throws Exception {
    List<String> copies =
        java.util.Collections.list(
                BothPlatformsEndToEndTest.class.getClassLoader().getResources("okhttp3/OkHttpClient.class"))
            .stream()
            .map(Object::toString)
            .toList();

    assertThat(copies).singleElement().asString().contains("okhttp-jvm-5.4.0");
  }

  @Test
  void healthAndPrometheusMetricsAreServed() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> health =
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.httpPort() + "/healthz")).build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> metrics =
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.httpPort() + "/metrics")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"database\":\"up\"", "\"telegram\":\"up\"", "\"discord\":\"up\"");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("# TYPE", "jvm_memory_used_bytes", "bot_outbox_pending");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
