package org.carecircle.core.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.carecircle.core.persistence.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts unclaimed escalations again, loudly (the moderator role or all moderators mentioned), every
 * time their level's delay passes without a claim. Safe with several instances: a re-page is
 * recorded with a conditional update, so only one instance queues it. Thread-safe.
 */
public final class RepageScheduler implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RepageScheduler.class);

  private final Database database;
  private final List<String> destinations;
  private final RepageSettings settings;
  private final Clock clock;
  private final Runnable wakeDelivery;
  private ScheduledExecutorService timer;

  public RepageScheduler(
      Database database,
      Collection<String> moderatorDestinations,
      RepageSettings settings,
      Clock clock,
      Runnable wakeDelivery) {
    this.database = database;
    this.destinations = List.copyOf(new LinkedHashSet<>(moderatorDestinations));
    this.settings = settings;
    this.clock = clock;
    this.wakeDelivery = wakeDelivery;
  }

  /** Re-pages every escalation that is due now; returns how many were re-paged. */
  public int repageDue() {
    Instant now = clock.instant();
    int repaged = 0;
    for (EscalationStore.UnclaimedEscalation e : database.withConnection(EscalationStore::unclaimed)) {
      if (now.isBefore(e.lastPagedAt().plus(settings.after(e.level())))) {
        continue;
      }
      boolean queued =
          database.inTransaction(
              c -> {
                if (!EscalationStore.markRepaged(c, e, now)) {
                  return false;
                }
                Escalation current = EscalationStore.find(c, e.id()).orElseThrow();
                EscalationPosts.queue(
                    c, e.id(), destinations, PostKind.REPAGE, current.excerpt(), true, "", now);
                return true;
              });
      if (queued) {
        repaged++;
        log.info("Escalation #{} ({}) unclaimed: paged again, loudly", e.id(), e.level());
      }
    }
    if (repaged > 0) {
      wakeDelivery.run();
    }
    return repaged;
  }

  public synchronized void start() {
    if (timer != null) {
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "repage");
              t.setDaemon(true);
              return t;
            });
    long every = settings.checkEvery().toMillis();
    timer.scheduleWithFixedDelay(this::repageSafely, every, every, TimeUnit.MILLISECONDS);
  }

  private void repageSafely() {
    try {
      repageDue();
    } catch (RuntimeException e) {
      // A failed round is retried at the next tick; the escalations are still in the database.
      log.warn("Re-page round failed: {}", e.toString());
    }
  }

  @Override
  public synchronized void close() {
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
  }
}
