package org.carecircle.core.escalation;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.carecircle.core.message.Platform;
import org.carecircle.core.message.Reply;
import org.carecircle.core.persistence.Database;
import org.carecircle.core.safety.SafetyLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbox records to moderator destinations and to people: each record leased by one
 * instance at a time, retried in memory with exponential backoff and jitter (honouring a
 * platform's retry-after), then parked and retried later; never dropped unless the platform refuses
 * it for good. Resumes whatever is pending when started. Thread-safe; {@link #start()} once,
 * {@link #close()} at shutdown.
 */
public final class OutboxDispatcher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
  private static final int BATCH = 4;

  private final Outbox outbox;
  private final Map<String, ModeratorChannel> moderatorChannels = new ConcurrentHashMap<>();
  private final Map<Platform, UserChannel> userChannels = new ConcurrentHashMap<>();
  private final DeliverySettings settings;
  private final Clock clock;
  private final String owner = "dispatcher-" + UUID.randomUUID();
  private final Retry retry;
  private final IntervalFunction parkBackoff;
  private final AtomicLong leases = new AtomicLong();
  private final Object signal = new Object();
  private long wakeups;
  private volatile boolean running;
  private ExecutorService workers;

  public OutboxDispatcher(
      Database database,
      Collection<? extends ModeratorChannel> moderatorChannels,
      Collection<? extends UserChannel> userChannels,
      DeliverySettings settings,
      Clock clock) {
    this.outbox = new Outbox(database);
    moderatorChannels.forEach(c -> this.moderatorChannels.put(c.destination(), c));
    userChannels.forEach(c -> this.userChannels.put(c.platform(), c));
    this.settings = settings;
    this.clock = clock;
    this.retry = Retry.of("outbox", retryConfig(settings));
    this.parkBackoff =
        IntervalFunction.ofExponentialRandomBackoff(
            settings.parkInitial(), 2.0, settings.jitter(), settings.parkMax());
  }

  private static RetryConfig retryConfig(DeliverySettings settings) {
    IntervalFunction backoff =
        IntervalFunction.ofExponentialRandomBackoff(
            settings.initialBackoff(), settings.multiplier(), settings.jitter());
    IntervalBiFunction<Object> waits =
        (attempt, outcome) -> {
          if (outcome.isLeft() && outcome.getLeft() instanceof DeliveryException d) {
            Optional<Duration> asked = d.retryAfter();
            if (asked.isPresent()) {
              return Math.max(asked.get().toMillis(), 1L);
            }
          }
          return backoff.apply(attempt);
        };
    return RetryConfig.custom()
        .maxAttempts(settings.attemptsInMemory())
        .intervalBiFunction(waits)
        .retryOnException(e -> retryableInMemory(e, settings))
        .build();
  }

  // A long retry-after is better spent parked, with the worker free for other destinations.
  private static boolean retryableInMemory(Throwable e, DeliverySettings settings) {
    return e instanceof DeliveryException d
        && !d.isPermanent()
        && d.retryAfter().map(w -> w.compareTo(settings.longestInMemoryWait()) <= 0).orElse(true);
  }

  /** Starts the workers; they first deliver whatever an earlier run left pending. */
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    int resumed = outbox.makeParkedDue(clock.instant());
    if (resumed > 0) {
      log.info("Outbox: {} parked record(s) retried now that this instance started", resumed);
    }
    AtomicInteger number = new AtomicInteger();
    workers =
        Executors.newFixedThreadPool(
            settings.workers(),
            r -> {
              Thread t = new Thread(r, "outbox-" + number.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    for (int i = 0; i < settings.workers(); i++) {
      workers.execute(this::work);
    }
    log.info("Outbox delivery started ({} workers, {} destinations)", settings.workers(),
        moderatorChannels.size());
  }

  /** Asks an idle worker to look for due records now (called after a commit). */
  public void wake() {
    synchronized (signal) {
      wakeups++;
      signal.notify();
    }
  }

  private void work() {
    while (running) {
      long seen;
      synchronized (signal) {
        seen = wakeups;
      }
      List<OutboxRecord> batch = List.of();
      try {
        Instant now = clock.instant();
        batch =
            outbox.lease(owner + "/" + leases.incrementAndGet(), now, settings.lease(), BATCH);
        if (batch.size() == BATCH) {
          wake(); // more may be due: let another worker help
        }
        for (OutboxRecord record : batch) {
          if (running) {
            deliver(record);
          } else {
            release(record);
          }
        }
      } catch (RuntimeException e) {
        // The database may be briefly unreachable; the records stay in it, so try again later.
        log.warn("Outbox round failed: {}", e.toString());
      }
      if (batch.isEmpty()) {
        awaitWake(seen);
      }
    }
  }

  private void release(OutboxRecord record) {
    outbox.park(record.id(), record.leaseOwner(), 0, clock.instant(), null);
  }

  private void awaitWake(long seen) {
    synchronized (signal) {
      if (wakeups == seen && running) {
        try {
          signal.wait(settings.poll().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          running = false;
        }
      }
    }
  }

  private void deliver(OutboxRecord record) {
    AtomicInteger attempts = new AtomicInteger();
    String messageId;
    try {
      messageId =
          Retry.decorateCheckedSupplier(
                  retry,
                  () -> {
                    // Renewed before every attempt, so an attempt never outlives the lease and
                    // an instance that took the record over is never posted alongside.
                    if (!outbox.renew(record.id(), record.leaseOwner(),
                        clock.instant().plus(settings.lease()))) {
                      throw new LeaseLost();
                    }
                    attempts.incrementAndGet();
                    return send(record);
                  })
              .get();
    } catch (DeliveryException e) {
      if (e.isPermanent()) {
        outbox.markFailed(record.id(), record.leaseOwner(), attempts.get(), e.getMessage());
        log.error("Gave up on {} for #{} to {}: the platform refused it for good ({})",
            record.kind(), record.subjectId(), describe(record), e.getMessage());
      } else {
        park(record, attempts.get(), e.retryAfter(), e.getMessage());
      }
      return;
    } catch (LeaseLost e) {
      log.warn("Outbox record {} was taken over by another instance; not posting it here",
          record.id());
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      park(record, attempts.get(), Optional.of(Duration.ZERO), "interrupted at shutdown");
      return;
    } catch (Throwable e) {
      park(record, attempts.get(), Optional.empty(), e.toString());
      return;
    }
    recordDelivery(record, messageId == null ? "" : messageId, attempts.get());
  }

  // The post is out: recording it must not fail into a retry that would post it a second time.
  private void recordDelivery(OutboxRecord record, String messageId, int attempts) {
    for (int tries = 1; ; tries++) {
      try {
        if (!outbox.markDelivered(record.id(), record.leaseOwner(), messageId, attempts,
            clock.instant())) {
          log.warn("Outbox record {} was delivered after its lease ran out", record.id());
        }
        log.info("Delivered {} for #{} to {} after {} attempt(s)", record.kind(),
            record.subjectId(), describe(record), attempts);
        return;
      } catch (RuntimeException e) {
        if (tries >= 20) {
          log.error("Could not record the delivery of outbox record {}: it may be posted again"
              + " after its lease runs out ({})", record.id(), e.toString());
          return;
        }
        try {
          Thread.sleep(Math.min(2000, 50L * tries));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  private void park(OutboxRecord record, int attempts, Optional<Duration> asked, String error) {
    int rounds = Math.max(1, (record.attempts() + attempts) / settings.attemptsInMemory());
    Duration wait = asked.orElseGet(() -> Duration.ofMillis(parkBackoff.apply(rounds)));
    Instant next = clock.instant().plus(wait);
    outbox.park(record.id(), record.leaseOwner(), attempts, next, error);
    log.warn("Delivery of {} for #{} to {} failed {} time(s); next try in {} ms ({})",
        record.kind(), record.subjectId(), describe(record), attempts, wait.toMillis(), error);
  }

  private String send(OutboxRecord record) throws DeliveryException {
    if (record.target() == OutboxTarget.USER) {
      Platform platform = Platform.valueOf(record.userPlatform());
      UserChannel channel = userChannels.get(platform);
      if (channel == null) {
        throw DeliveryException.retryable("no user channel for " + platform + " is running", null);
      }
      channel.send(record.conversationId(), Reply.text(record.body()).privately());
      return "";
    }
    ModeratorChannel channel = moderatorChannels.get(record.destination());
    if (channel == null) {
      throw DeliveryException.retryable("destination " + record.destination() + " is not running", null);
    }
    return channel.post(
        new ModeratorPost(
            record.subjectId(),
            record.idempotencyKey(),
            PostKind.valueOf(record.kind()),
            SafetyLevel.valueOf(record.level()),
            Platform.valueOf(record.userPlatform()),
            record.body() == null ? "" : record.body(),
            record.reasons(),
            record.loud(),
            EscalationState.valueOf(record.subjectState()),
            record.actor(),
            record.subjectOpenedAt()));
  }

  // Never the person's conversation id: on Telegram it is their user id.
  private static String describe(OutboxRecord record) {
    return record.target() == OutboxTarget.USER
        ? "the person on " + record.userPlatform()
        : record.destination();
  }

  /** This instance no longer holds the record's lease. */
  private static final class LeaseLost extends RuntimeException {
    LeaseLost() {
      super("lease lost", null, false, false);
    }
  }

  /** Records still waiting for delivery. */
  public long pending() {
    return outbox.pendingCount();
  }

  /**
   * Waits up to {@code grace} for the records already due to go out, so that a reply a moderator
   * just sent is not held back until the next start. Records that are failing are parked by their
   * worker and stop counting as due, so this never waits out a platform outage.
   */
  public void drain(Duration grace) {
    Instant deadline = Instant.now().plus(grace);
    while (running && Instant.now().isBefore(deadline)) {
      try {
        if (outbox.dueCount(clock.instant()) == 0) {
          return;
        }
      } catch (RuntimeException e) {
        return; // the database is going away; what is pending stays pending for the next start
      }
      wake();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Stops the workers; a record being delivered is parked, due at once for the next start. */
  @Override
  public synchronized void close() {
    if (workers == null) {
      return;
    }
    running = false;
    synchronized (signal) {
      wakeups++;
      signal.notifyAll();
    }
    workers.shutdownNow();
    try {
      if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
        log.warn("Outbox workers did not stop within 5 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    workers = null;
    log.info("Outbox delivery stopped");
  }
}
