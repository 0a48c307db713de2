package org.carecircle.core.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.carecircle.core.persistence.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases what people wrote once it is no longer needed: the excerpt, reasons, notes, follow-ups and
 * relayed replies of escalations resolved longer ago than the retention period, and the person's
 * pseudonym with them; decided group applications go entirely. What remains (level, times, state)
 * counts escalations without pointing at anyone. Thread-safe.
 */
public final class RetentionPurge implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

  private final Database database;
  private final Duration retention;
  private final Clock clock;
  private ScheduledExecutorService timer;

  public RetentionPurge(Database database, Duration retention, Clock clock) {
    if (retention.isNegative()) {
      throw new IllegalArgumentException("BOT_RETENTION_DAYS must not be negative");
    }
    this.database = database;
    this.retention = retention;
    this.clock = clock;
  }

  /** With {@code BOT_RETENTION_DAYS} (default 30). */
  public static RetentionPurge ofDays(Database database, int days, Clock clock) {
    return new RetentionPurge(database, Duration.ofDays(days), clock);
  }

  /** What one purge erased. */
  public record Report(int escalations, int applications) {}

  /** Purges everything past retention now. */
  public Report purge() {
    Instant cutoff = clock.instant().minus(retention);
    Report report =
        database.inTransaction(
            c -> {
              var at = cutoff.atOffset(ZoneOffset.UTC);
              var now = clock.instant().atOffset(ZoneOffset.UTC);
              String expired =
                  "SELECT id FROM escalations WHERE state = 'RESOLVED' AND resolved_at < ?"
                      + " AND purged_at IS NULL";
              update(c, "DELETE FROM escalation_notes WHERE escalation_id IN (" + expired + ")", at);
              update(
                  c,
                  "UPDATE outbox SET body = NULL, reasons = NULL, conversation_id = NULL"
                      + " WHERE subject = 'ESCALATION' AND subject_id IN (" + expired + ")",
                  at);
              int escalations =
                  update(
                      c,
                      "UPDATE escalations SET excerpt = NULL, reasons = NULL, user_pseudonym = NULL,"
                          + " reply_conversation_id = NULL, claimed_by = NULL, purged_at = ?"
                          + " WHERE state = 'RESOLVED' AND resolved_at < ? AND purged_at IS NULL",
                      now, at);
              String decided =
                  "SELECT id FROM group_applications WHERE state <> 'PENDING' AND decided_at < ?";
              update(c, "DELETE FROM outbox WHERE subject = 'APPLICATION' AND subject_id IN ("
                  + decided + ")", at);
              update(c, "DELETE FROM moderator_audit WHERE subject = 'APPLICATION' AND subject_id IN ("
                  + decided + ")", at);
              int applications =
                  update(c, "DELETE FROM group_applications WHERE state <> 'PENDING' AND decided_at < ?",
                      at);
              return new Report(escalations, applications);
            });
    if (report.escalations() > 0 || report.applications() > 0) {
      log.info("Retention purge: text of {} escalation(s) and {} application(s) erased",
          report.escalations(), report.applications());
    }
    return report;
  }

  private static int update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        ps.setObject(i + 1, values[i]);
      }
      return ps.executeUpdate();
    }
  }

  /** Purges now and then every {@code every} until closed. */
  public synchronized void start(Duration every) {
    if (timer != null) {
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "retention-purge");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleWithFixedDelay(this::purgeSafely, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void purgeSafely() {
    try {
      purge();
    } catch (RuntimeException e) {
      log.warn("Retention purge failed; retried at the next run: {}", e.toString());
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
