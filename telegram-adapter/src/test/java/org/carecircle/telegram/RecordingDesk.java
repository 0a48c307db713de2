package org.carecircle.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.carecircle.core.escalation.ActionResult;
import org.carecircle.core.escalation.DeliveryException;
import org.carecircle.core.escalation.EscalationState;
import org.carecircle.core.escalation.ModeratorChannel;
import org.carecircle.core.escalation.ModeratorDesk;
import org.carecircle.core.escalation.ModeratorPost;
import org.carecircle.core.escalation.ModeratorRef;
import org.carecircle.core.escalation.PostKind;
import org.carecircle.core.escalation.UserChannel;
import org.carecircle.core.message.Platform;
import org.carecircle.core.message.Reply;
import org.carecircle.core.safety.SafetyLevel;

/**
 * A small stand-in for the core's escalation service in adapter tests: opens escalations, delivers
 * their moderator post on a background thread with retries that honour retry_after (like the outbox),
 * checks moderator actions the way the desk does (authorized and the right destination), relays
 * replies through the platform's user channel, and records every attempt.
 */
final class RecordingDesk implements ModeratorDesk, AutoCloseable {
  record Attempt(String action, long escalationId, ModeratorRef by, boolean accepted) {}

  private record Escalation(long id, String replyChat, SafetyLevel level, String excerpt,
      EscalationState state) {}

  private final ModeratorChannel channel;
  private final UserChannel users;
  private final AtomicLong ids = new AtomicLong(40);
  private final Map<Long, Escalation> escalations = new ConcurrentHashMap<>();
  private final Map<String, Long> byEvent = new ConcurrentHashMap<>();
  private final List<Attempt> attempts = new ArrayList<>();
  private final ExecutorService outbox = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "test-outbox");
    t.setDaemon(true);
    return t;
  });

  RecordingDesk(ModeratorChannel channel, UserChannel users) {
    this.channel = channel;
    this.users = users;
  }

  /** Opens an escalation once per event and delivers its post in the background. */
  long open(String eventKey, String replyChat, SafetyLevel level, String excerpt) {
    Long known = byEvent.get(eventKey);
    if (known != null) {
      return known;
    }
    long id = ids.incrementAndGet();
    byEvent.put(eventKey, id);
    escalations.put(id, new Escalation(id, replyChat, level, excerpt, EscalationState.OPEN));
    ModeratorPost post = new ModeratorPost(id, "e" + id, PostKind.NEW, level, Platform.TELEGRAM,
        excerpt, List.of("test rule: explicit wording"), false, EscalationState.OPEN, "", Instant.now());
    outbox.execute(() -> deliver(post));
    return id;
  }

  private void deliver(ModeratorPost post) {
    for (int attempt = 1; attempt <= 20; attempt++) {
      try {
        channel.post(post);
        return;
      } catch (DeliveryException e) {
        if (e.isPermanent()) {
          return;
        }
        sleep(e.retryAfter().orElse(Duration.ofMillis(100L * attempt)));
      }
    }
  }

  EscalationState state(long id) {
    return escalations.get(id).state();
  }

  List<Attempt> attempts() {
    synchronized (attempts) {
      return List.copyOf(attempts);
    }
  }

  @Override
  public ActionResult claim(long escalationId, ModeratorRef by) {
    return act("claim", escalationId, by, EscalationState.CLAIMED, "Claimed #" + escalationId);
  }

  @Override
  public ActionResult resolve(long escalationId, ModeratorRef by) {
    return act("resolve", escalationId, by, EscalationState.RESOLVED, "Resolved #" + escalationId);
  }

  @Override
  public ActionResult note(long escalationId, ModeratorRef by, String text) {
    return act("note", escalationId, by, null, "Noted on #" + escalationId);
  }

  @Override
  public ActionResult relay(long escalationId, ModeratorRef by, String text) {
    ActionResult result = act("relay", escalationId, by, null, "Sent to the person");
    if (result.accepted()) {
      try {
        users.send(escalations.get(escalationId).replyChat(),
            Reply.text("**A moderator of the community:** " + text));
      } catch (DeliveryException e) {
        return ActionResult.refused("Could not reach the person yet");
      }
    }
    return result;
  }

  @Override
  public ActionResult approveApplication(long applicationId, ModeratorRef by) {
    return record("approve", applicationId, by, allowed(by), "Approved");
  }

  @Override
  public ActionResult declineApplication(long applicationId, ModeratorRef by) {
    return record("decline", applicationId, by, allowed(by), "Declined");
  }

  private ActionResult act(String action, long id, ModeratorRef by, EscalationState to, String ok) {
    Escalation e = escalations.get(id);
    boolean accepted = e != null && allowed(by);
    if (accepted && to != null) {
      escalations.put(id, new Escalation(id, e.replyChat(), e.level(), e.excerpt(), to));
    }
    return record(action, id, by, accepted, ok);
  }

  private boolean allowed(ModeratorRef by) {
    return by.authorized() && by.destination().equals(channel.destination());
  }

  private ActionResult record(String action, long id, ModeratorRef by, boolean accepted, String ok) {
    synchronized (attempts) {
      attempts.add(new Attempt(action, id, by, accepted));
    }
    return accepted ? ActionResult.accepted(ok) : ActionResult.refused("Only moderators can do this.");
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    outbox.shutdownNow();
  }
}
