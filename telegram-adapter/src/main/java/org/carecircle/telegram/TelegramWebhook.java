package org.carecircle.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The webhook endpoint ({@code POST /telegram/webhook}): checks Telegram's secret-token header,
 * reads the body as an {@link Update}, hands it to the same consumer as long polling on a worker
 * thread and answers 200 at once, so Telegram never waits on the conversation core.
 */
public final class TelegramWebhook implements HttpHandler {
  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
  private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);
  private static final int MAX_BODY = 1 << 20;

  private final byte[] secret;
  private final ObjectMapper mapper =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private final ExecutorService workers;
  private volatile Consumer<Update> consumer;

  TelegramWebhook(String secret, ExecutorService workers) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.workers = workers;
  }

  void warmUp() throws IOException {
    mapper.readValue("{\"update_id\":1}", Update.class);
  }

  void deliverTo(Consumer<Update> consumer) {
    this.consumer = consumer;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
        answer(exchange, 405);
        return;
      }
      String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
      if (given == null
          || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
        log.warn("webhook call without the right secret token refused");
        answer(exchange, 401);
        return;
      }
      Consumer<Update> target = consumer;
      if (target == null) {
        answer(exchange, 503); // not started yet: Telegram retries later
        return;
      }
      Update update;
      try (InputStream body = exchange.getRequestBody()) {
        byte[] bytes = body.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
          answer(exchange, 413);
          return;
        }
        update = mapper.readValue(bytes, Update.class);
      } catch (IOException e) {
        log.warn("webhook body is not a Telegram update: {}", e.getClass().getSimpleName());
        answer(exchange, 400);
        return;
      }
      try {
        workers.execute(() -> target.accept(update));
      } catch (RejectedExecutionException e) {
        answer(exchange, 503);
        return;
      }
      answer(exchange, 200);
    }
  }

  private static void answer(HttpExchange exchange, int status) throws IOException {
    exchange.sendResponseHeaders(status, -1);
  }
}
