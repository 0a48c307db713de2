package org.carecircle.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.carecircle.telegram.fake.FakeTelegramBotApi;
import org.carecircle.telegram.fake.RecordedCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhook mode: setWebhook with the secret, and the endpoint the app mounts at /telegram/webhook. */
class WebhookModeTest {
  static final String TOKEN = "424242:webhook-test-token_abcdef";
  static final String SECRET = "s3cret_Token-for-tests";
  static final long PERSON = 3001;
  static final long MOD_CHAT = -1005000;

  FakeTelegramBotApi telegram;
  TelegramAdapter adapter;
  RecordingDesk desk;
  HttpServer appServer;
  URI endpoint;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    telegram = FakeTelegramBotApi.start(TOKEN);
    adapter = new TelegramAdapter(new TelegramSettings(TOKEN, telegram.url(), MOD_CHAT, Set.of(1L),
        URI.create("https://bot.example.org/telegram/webhook"), SECRET));
    desk = new RecordingDesk(adapter.moderatorChannel().orElseThrow(), adapter.userChannel());
    appServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    appServer.createContext("/telegram/webhook", adapter.webhookHandler());
    appServer.start();
    endpoint = URI.create("http://127.0.0.1:" + appServer.getAddress().getPort() + "/telegram/webhook");
  }

  @AfterEach
  void stop() {
    adapter.close();
    desk.close();
    appServer.stop(0);
    telegram.close();
  }

  @Test
  void startSetsTheWebhookWithItsSecretInsteadOfPolling() {
    adapter.start(new ScriptedConversation(desk), desk);

    RecordedCall setWebhook = telegram.calls("setWebhook").get(0);
    assertThat(setWebhook.param("url")).isEqualTo("https://bot.example.org/telegram/webhook");
    assertThat(setWebhook.param("secret_token")).isEqualTo(SECRET);
    assertThat(telegram.calls("getUpdates")).isEmpty();
    assertThat(telegram.calls("deleteWebhook")).isEmpty();
  }

  @Test
  void callsWithoutTheSecretAreRefusedAndNothingIsHandled() throws Exception {
    adapter.start(new ScriptedConversation(desk), desk);

    assertThat(post(update(77, "/start"), null)).isEqualTo(401);
    assertThat(post(update(77, "/start"), "wrong")).isEqualTo(401);
    HttpResponse<Void> get = http.send(HttpRequest.newBuilder(endpoint).GET().build(), HttpResponse.BodyHandlers.discarding());
    assertThat(get.statusCode()).isEqualTo(405);

    Thread.sleep(300);
    assertThat(telegram.messagesTo(PERSON)).isEmpty();
  }

  @Test
  void anUpdateIsAnsweredWith200AtOnceAndARepeatedDeliveryIsHandledOnce() throws Exception {
    adapter.start(new ScriptedConversation(desk), desk);

    assertThat(post(update(78, "/start"), SECRET)).isEqualTo(200);
    assertThat(post(update(78, "/start"), SECRET)).isEqualTo(200);

    assertThat(telegram.awaitMessages(PERSON, m -> true, 1, Duration.ofSeconds(5))).hasSize(1);
    Thread.sleep(300);
    assertThat(telegram.messagesTo(PERSON)).hasSize(1);
  }

  @Test
  void beforeStartTheEndpointAsksTelegramToComeBackLater() throws Exception {
    assertThat(post(update(79, "/start"), SECRET)).isEqualTo(503);
  }

  private int post(String body, String secret) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (secret != null) {
      request.header(TelegramWebhook.SECRET_HEADER, secret);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static String update(int id, String text) throws Exception {
    Map<String, Object> update = new LinkedHashMap<>();
    update.put("update_id", id);
    update.put("message", FakeTelegramBotApi.message(FakeTelegramBotApi.privateChat(PERSON),
        FakeTelegramBotApi.user(PERSON), text, null));
    return new ObjectMapper().writeValueAsString(update);
  }
}
