package org.carecircle.telegram;

import java.time.Duration;
import java.util.Optional;
import org.carecircle.core.escalation.DeliveryException;

/**
 * One failed Bot API call, classified: the error code Telegram answered (0 when no answer came), the
 * wait it asked for on 429, and whether trying again can help.
 */
public final class BotApiException extends Exception {
  private final String method;
  private final int errorCode;
  private final transient Duration retryAfter;

  BotApiException(String method, int errorCode, Duration retryAfter, String detail, Throwable cause) {
    super(method + " failed" + (errorCode > 0 ? " with " + errorCode : "") + ": " + detail, cause);
    this.method = method;
    this.errorCode = errorCode;
    this.retryAfter = retryAfter;
  }

  public String method() {
    return method;
  }

  /** Telegram's error_code, or 0 when the call failed before an answer (I/O, timeout). */
  public int errorCode() {
    return errorCode;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** 429, 5xx and failures without an answer may pass on a later try; other 4xx never will. */
  public boolean retryable() {
    return errorCode == 0 || errorCode == 429 || errorCode >= 500;
  }

  /** True when Telegram refused because the person never started the bot or blocked it. */
  public boolean forbidden() {
    return errorCode == 403;
  }

  /** The core's view of this failure, for ports whose caller (the outbox) decides on retries. */
  public DeliveryException toDeliveryException() {
    if (errorCode == 429) {
      return new DeliveryException(getMessage(), retryAfter, false, this);
    }
    return retryable()
        ? DeliveryException.retryable(getMessage(), this)
        : DeliveryException.permanent(getMessage(), this);
  }
}
