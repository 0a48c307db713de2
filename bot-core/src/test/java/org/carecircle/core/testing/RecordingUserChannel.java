package org.carecircle.core.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.carecircle.core.escalation.DeliveryException;
import org.carecircle.core.escalation.UserChannel;
import org.carecircle.core.message.Platform;
import org.carecircle.core.message.Reply;

/** A platform's private channel to people that records what was sent. Thread-safe. */
public final class RecordingUserChannel implements UserChannel {
  /** One message sent to one conversation. */
  public record Sent(String conversationId, Reply reply) {}

  private final Platform platform;
  private final List<Sent> sent = new ArrayList<>();

  public RecordingUserChannel(Platform platform) {
    this.platform = platform;
  }

  @Override
  public Platform platform() {
    return platform;
  }

  @Override
  public void send(String conversationId, Reply reply) throws DeliveryException {
    synchronized (sent) {
      sent.add(new Sent(conversationId, reply));
      sent.notifyAll();
    }
  }

  public List<Sent> sent() {
    synchronized (sent) {
      return List.copyOf(sent);
    }
  }

  /** Waits until at least {@code count} messages were sent; returns all so far. */
  public List<Sent> awaitSent(int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (sent) {
      while (sent.size() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        try {
          sent.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      return List.copyOf(sent);
    }
  }
}
