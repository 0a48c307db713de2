package org.carecircle.discord;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.RestAction;
import org.carecircle.core.escalation.DeliveryException;

/**
 * Runs one JDA REST call with a bounded wait and maps its failure onto the outbox's terms:
 * 5xx, timeouts and I/O are retryable, other 4xx permanent. JDA waits out 429s itself, so the
 * bound is what keeps a long rate limit from holding a caller forever.
 */
final class DeliveryFailures {
  private DeliveryFailures() {}

  static <T> T await(RestAction<T> action, Duration timeout, String what) throws DeliveryException {
    Future<T> future = action.submit();
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      // a cancelled JDA request leaves its queue, so a later retry cannot race it
      future.cancel(true);
      throw DeliveryException.retryable(what + ": no answer within " + timeout, e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw DeliveryException.retryable(what + ": interrupted", e);
    } catch (CancellationException e) {
      throw DeliveryException.retryable(what + ": cancelled", e);
    } catch (ExecutionException e) {
      throw classify(e.getCause() == null ? e : e.getCause(), what);
    }
  }

  static DeliveryException classify(Throwable failure, String what) {
    if (failure instanceof DeliveryException delivery) {
      return delivery;
    }
    if (failure instanceof ErrorResponseException error) {
      int status = error.getResponse() == null ? 0 : error.getResponse().code;
      String message = what + ": Discord answered " + status + " (" + error.getErrorCode() + ")";
      if (status == 429) {
        return new DeliveryException(message, Duration.ofSeconds(1), false, error);
      }
      if (status >= 400 && status < 500) {
        // JDA maps an unknown error code (0) to SERVER_ERROR, so the HTTP status decides
        return DeliveryException.permanent(message, error);
      }
      return DeliveryException.retryable(message, error);
    }
    if (failure instanceof RateLimitedException limited) {
      return DeliveryException.rateLimited(Duration.ofMillis(Math.max(1, limited.getRetryAfter())));
    }
    if (failure instanceof IOException || failure instanceof TimeoutException) {
      return DeliveryException.retryable(what + ": " + failure.getClass().getSimpleName(), failure);
    }
    if (failure instanceof IllegalArgumentException
        || failure instanceof IllegalStateException
        || failure instanceof net.dv8tion.jda.api.exceptions.PermissionException) {
      // JDA's own validation (lengths, missing permissions): sending it again changes nothing
      return DeliveryException.permanent(what + ": " + failure.getMessage(), failure);
    }
    return DeliveryException.retryable(what + ": " + failure.getClass().getSimpleName(), failure);
  }
}
