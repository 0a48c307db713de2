package org.carecircle.core.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.carecircle.core.escalation.DeliveryException;
import org.carecircle.core.escalation.ModeratorChannel;
import org.carecircle.core.escalation.ModeratorPost;
import org.carecircle.core.escalation.PostKind;

/** A moderator destination that records every post it receives. Thread-safe. */
public class RecordingModeratorChannel implements ModeratorChannel {
  private final String destination;
  private final List<ModeratorPost> posts = new ArrayList<>();

  public RecordingModeratorChannel(String destination) {
    this.destination = destination;
  }

  @Override
  public String destination() {
    return destination;
  }

  @Override
  public String post(ModeratorPost post) throws DeliveryException {
    synchronized (posts) {
      posts.add(post);
      posts.notifyAll();
      return destination + "/" + posts.size();
    }
  }

  /** Every post so far, in arrival order. */
  public List<ModeratorPost> posts() {
    synchronized (posts) {
      return List.copyOf(posts);
    }
  }

  public List<ModeratorPost> posts(PostKind kind) {
    return posts().stream().filter(p -> p.kind() == kind).toList();
  }

  public List<ModeratorPost> postsFor(long escalationId) {
    return posts().stream().filter(p -> p.escalationId() == escalationId).toList();
  }

  /** Waits until at least {@code count} posts arrived; returns all posts so far. */
  public List<ModeratorPost> awaitPosts(int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (posts) {
      while (posts.size() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        try {
          posts.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      return List.copyOf(posts);
    }
  }
}
