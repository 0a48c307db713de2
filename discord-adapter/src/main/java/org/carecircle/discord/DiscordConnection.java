package org.carecircle.discord;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;
import org.carecircle.core.escalation.DeliveryException;

/**
 * The JDA session shared by the adapter's ports: set once the adapter starts, ready once the
 * gateway delivered the guilds. Ports created before {@code start} wait here (bounded) instead of
 * failing, so an outbox that resumes at once after a restart still delivers. Thread-safe.
 */
final class DiscordConnection {
  private final AtomicReference<JDA> jda = new AtomicReference<>();
  private final CountDownLatch ready = new CountDownLatch(1);
  private final CountDownLatch started = new CountDownLatch(1);

  void started(JDA session) {
    jda.set(session);
    started.countDown();
  }

  void ready() {
    ready.countDown();
  }

  boolean isReady() {
    return ready.getCount() == 0 && jda.get() != null;
  }

  boolean awaitReady(Duration timeout) throws InterruptedException {
    return ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The ready session, waiting at most {@code timeout}; a retryable failure when not there yet. */
  JDA readySession(Duration timeout) throws DeliveryException {
    try {
      if (!ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS) || jda.get() == null) {
        throw DeliveryException.retryable("Discord is not connected yet", null);
      }
      return jda.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw DeliveryException.retryable("interrupted while waiting for Discord", e);
    }
  }

  JDA sessionOrNull() {
    return jda.get();
  }
}
