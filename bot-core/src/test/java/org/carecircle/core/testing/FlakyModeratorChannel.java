package org.carecircle.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import org.carecircle.core.escalation.DeliveryException;
import org.carecircle.core.escalation.ModeratorPost;

/**
 * A moderator destination that fails its first calls as scripted (server errors, rate limits,
 * refusals), then records posts like {@link RecordingModeratorChannel}. Remembers when each call
 * came, to check backoff and retry-after. Thread-safe.
 */
public final class FlakyModeratorChannel extends RecordingModeratorChannel {
  private final Deque<DeliveryException> failures;
  private final List<Instant> calls = Collections.synchronizedList(new ArrayList<>());

  public FlakyModeratorChannel(String destination, List<DeliveryException> failuresFirst) {
    super(destination);
    this.failures = new ArrayDeque<>(failuresFirst);
  }

  /** Fails {@code times} times like a server error (retryable), then succeeds. */
  public static FlakyModeratorChannel failing(String destination, int times) {
    List<DeliveryException> scripted = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      scripted.add(DeliveryException.retryable("HTTP 502 from fake", null));
    }
    return new FlakyModeratorChannel(destination, scripted);
  }

  /** Answers once with a rate limit asking to wait {@code retryAfter}, then succeeds. */
  public static FlakyModeratorChannel rateLimitedOnce(String destination, Duration retryAfter) {
    return new FlakyModeratorChannel(destination, List.of(DeliveryException.rateLimited(retryAfter)));
  }

  /** Refuses for good, like a channel the bot may not write to. */
  public static FlakyModeratorChannel refusing(String destination) {
    return new FlakyModeratorChannel(
        destination, List.of(DeliveryException.permanent("HTTP 403 from fake", null)));
  }

  @Override
  public String post(ModeratorPost post) throws DeliveryException {
    calls.add(Instant.now());
    DeliveryException failure;
    synchronized (failures) {
      failure = failures.poll();
    }
    if (failure != null) {
      throw failure;
    }
    return super.post(post);
  }

  /** How many times {@link #post} was called, failures included. */
  public int attempts() {
    return calls.size();
  }

  /** When each call came, in order. */
  public List<Instant> callTimes() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }
}
