package org.carecircle.core.escalation;

import java.time.Duration;
import java.util.Optional;

/** A platform call failed; says whether to retry and how long the platform asked us to wait. */
public final class DeliveryException extends Exception {
  private final transient Duration retryAfter;
  private final boolean permanent;

  public DeliveryException(String message, Duration retryAfter, boolean permanent, Throwable cause) {
    super(message, cause);
    this.retryAfter = retryAfter;
    this.permanent = permanent;
  }

  public static DeliveryException retryable(String message, Throwable cause) {
    return new DeliveryException(message, null, false, cause);
  }

  public static DeliveryException rateLimited(Duration retryAfter) {
    return new DeliveryException("rate limited", retryAfter, false, null);
  }

  public static DeliveryException permanent(String message, Throwable cause) {
    return new DeliveryException(message, null, true, cause);
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  public boolean isPermanent() {
    return permanent;
  }
}
