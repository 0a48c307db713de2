package org.carecircle.telegram;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes exactly one Bot API call and turns every failure into a classified {@link BotApiException}.
 * Retries are the caller's choice. Thread-safe (the OkHttp client is).
 */
public final class TelegramGateway {
  private static final Logger log = LoggerFactory.getLogger(TelegramGateway.class);

  private final OkHttpTelegramClient client;

  public TelegramGateway(OkHttpTelegramClient client) {
    this.client = client;
  }

  public <T extends Serializable> T call(BotApiMethod<T> method) throws BotApiException {
    String name = method.getMethod();
    try {
      T result = client.execute(method);
      log.debug("{} ok", name);
      return result;
    } catch (Exception e) {
      BotApiException failure = classify(name, e);
      log.debug("{} failed: code {}", name, failure.errorCode());
      return throwing(failure);
    }
  }

  /** setWebhook is a multipart call in telegrambots, outside the generic JSON path. */
  public Boolean setWebhook(SetWebhook method) throws BotApiException {
    try {
      return client.execute(method);
    } catch (Exception e) {
      throw classify(method.getMethod(), e);
    }
  }

  private static <T> T throwing(BotApiException e) throws BotApiException {
    throw e;
  }

  static BotApiException classify(String method, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TelegramApiRequestException request) {
        Integer code = request.getErrorCode();
        Duration retryAfter = null;
        if (request.getParameters() != null && request.getParameters().getRetryAfter() != null) {
          retryAfter = Duration.ofSeconds(request.getParameters().getRetryAfter());
        }
        if (code == null) {
          // no error_code: the body was not a Bot API answer (a proxy's error page): try again
          return new BotApiException(method, 0, null, "unreadable answer", request);
        }
        return new BotApiException(method, code, retryAfter, describe(request), request);
      }
      if (t instanceof TelegramApiValidationException invalid) {
        return new BotApiException(method, 400, null, "rejected before sending", invalid);
      }
      if (t instanceof IOException io) {
        return new BotApiException(method, 0, null, io.getClass().getSimpleName(), io);
      }
    }
    return new BotApiException(method, 0, null, e.getClass().getSimpleName(), e);
  }

  private static String describe(TelegramApiRequestException e) {
    String api = e.getApiResponse();
    return api == null ? "error" : api;
  }
}
