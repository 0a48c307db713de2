package org.carecircle.core.escalation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.carecircle.core.persistence.Database;

/**
 * The outbox table: records are written in the caller's transaction and leased one at a time by a
 * dispatcher, so two instances never deliver the same record. Thread-safe.
 */
final class Outbox {
  static final String PENDING = "PENDING";
  static final String DELIVERED = "DELIVERED";
  static final String FAILED = "FAILED";

  private final Database database;

  Outbox(Database database) {
    this.database = database;
  }

  /**
   * Stable per subject, destination, kind and sequence, and at most 25 characters because Discord
   * enforces nonces of that length.
   */
  static String idempotencyKey(OutboxEntry e) {
    String natural =
        e.subject() + ":" + e.subjectId() + ":" + e.destination() + ":" + e.kind() + ":" + e.sequence();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(natural.getBytes(StandardCharsets.UTF_8));
      return "cc" + HexFormat.of().formatHex(digest, 0, 11);
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("SHA-256 is part of every JDK", ex);
    }
  }

  /** Adds the record inside the caller's transaction; due immediately. */
  static void enqueue(Connection c, OutboxEntry e, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO outbox (idempotency_key, subject, subject_id, target, destination,"
                + " conversation_id, kind, level, user_platform, body, reasons, loud, subject_state,"
                + " actor, subject_opened_at, state, attempts, next_attempt_at, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
      int i = 1;
      ps.setString(i++, idempotencyKey(e));
      ps.setString(i++, e.subject());
      ps.setLong(i++, e.subjectId());
      ps.setString(i++, e.target().name());
      ps.setString(i++, e.destination());
      ps.setString(i++, e.conversationId());
      ps.setString(i++, e.kind());
      ps.setString(i++, e.level());
      ps.setString(i++, e.userPlatform());
      ps.setString(i++, e.body());
      ps.setString(i++, Rows.joinReasons(e.reasons()));
      ps.setBoolean(i++, e.loud());
      ps.setString(i++, e.subjectState());
      ps.setString(i++, e.actor());
      ps.setObject(i++, Rows.time(e.subjectOpenedAt()));
      ps.setString(i++, PENDING);
      ps.setObject(i++, Rows.time(now));
      ps.setObject(i, Rows.time(now));
      ps.executeUpdate();
    }
  }

  /**
   * Leases up to {@code limit} due records under {@code lease} (a token unique to this call) until
   * {@code now + leaseDuration}. Every lease is a conditional UPDATE whose condition the database
   * re-checks on the current row, so a record is never leased twice.
   */
  List<OutboxRecord> lease(String lease, Instant now, Duration leaseDuration, int limit) {
    int leased =
        database.isPostgres()
            ? leaseSkippingLocked(lease, now, leaseDuration, limit)
            : leaseOneByOne(lease, now, leaseDuration, limit);
    return leased == 0 ? List.of() : load(lease);
  }

  // PostgreSQL: one statement; rows another transaction is leasing are skipped, not waited for.
  private int leaseSkippingLocked(String lease, Instant now, Duration leaseDuration, int limit) {
    String sql =
        "UPDATE outbox SET lease_owner = ?, lease_until = ? WHERE " + DUE
            + " AND id IN (SELECT id FROM outbox WHERE " + DUE
            + " ORDER BY next_attempt_at, id LIMIT " + limit + " FOR UPDATE SKIP LOCKED)";
    return database.withConnection(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, lease);
            ps.setObject(2, Rows.time(now.plus(leaseDuration)));
            bindDue(ps, 3, now);
            bindDue(ps, 6, now);
            return ps.executeUpdate();
          }
        });
  }

  // Portable: each UPDATE touches one row, so competing instances can never deadlock.
  private int leaseOneByOne(String lease, Instant now, Duration leaseDuration, int limit) {
    List<Long> candidates =
        database.withConnection(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT id FROM outbox WHERE " + DUE + " ORDER BY next_attempt_at, id LIMIT "
                          + (limit * 4))) {
                bindDue(ps, 1, now);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    ids.add(rs.getLong(1));
                  }
                }
                return ids;
              }
            });
    // Competing workers start at different places in the list, so most attempts succeed.
    Collections.shuffle(candidates);
    int leased = 0;
    for (int i = 0; i < candidates.size() && leased < limit; i++) {
      long id = candidates.get(i);
      boolean won =
          database.withConnection(
              c -> {
                try (PreparedStatement ps =
                    c.prepareStatement(
                        "UPDATE outbox SET lease_owner = ?, lease_until = ? WHERE id = ? AND " + DUE)) {
                  ps.setString(1, lease);
                  ps.setObject(2, Rows.time(now.plus(leaseDuration)));
                  ps.setLong(3, id);
                  bindDue(ps, 4, now);
                  return ps.executeUpdate() == 1;
                }
              });
      leased += won ? 1 : 0;
    }
    return leased;
  }

  /**
   * Makes every parked, unleased record due now. Called when an instance starts: a restart often
   * follows the platform outage that parked them, so waiting out the backoff would only delay the
   * alert; leased records stay with their instance.
   */
  int makeParkedDue(Instant now) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE outbox SET next_attempt_at = ? WHERE state = ? AND next_attempt_at > ?"
                      + " AND (lease_until IS NULL OR lease_until < ?)")) {
            ps.setObject(1, Rows.time(now));
            ps.setString(2, PENDING);
            ps.setObject(3, Rows.time(now));
            ps.setObject(4, Rows.time(now));
            return ps.executeUpdate();
          }
        });
  }

  // Due, not leased, and the first pending post of its subject to its destination: moderators see
  // an escalation's posts in the order they were made (never an UPDATE before its NEW).
  private static final String DUE =
      "outbox.state = ? AND outbox.next_attempt_at <= ?"
          + " AND (outbox.lease_until IS NULL OR outbox.lease_until < ?)"
          + " AND NOT EXISTS (SELECT 1 FROM outbox earlier WHERE earlier.subject = outbox.subject"
          + " AND earlier.subject_id = outbox.subject_id AND earlier.destination = outbox.destination"
          + " AND earlier.state = 'PENDING' AND earlier.id < outbox.id)";

  private static void bindDue(PreparedStatement ps, int first, Instant now) throws SQLException {
    ps.setString(first, PENDING);
    ps.setObject(first + 1, Rows.time(now));
    ps.setObject(first + 2, Rows.time(now));
  }

  private List<OutboxRecord> load(String lease) {
    return database.withConnection(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, idempotency_key, subject_id, target, destination, conversation_id,"
                      + " kind, level, user_platform, body, reasons, loud, subject_state, actor,"
                      + " subject_opened_at, attempts FROM outbox WHERE lease_owner = ?"
                      + " ORDER BY next_attempt_at, id")) {
            ps.setString(1, lease);
            try (ResultSet rs = ps.executeQuery()) {
              List<OutboxRecord> records = new ArrayList<>();
              while (rs.next()) {
                records.add(
                  new OutboxRecord(
                      rs.getLong("id"),
                      rs.getString("idempotency_key"),
                      rs.getLong("subject_id"),
                      OutboxTarget.valueOf(rs.getString("target")),
                      rs.getString("destination"),
                      rs.getString("conversation_id"),
                      rs.getString("kind"),
                      rs.getString("level"),
                      rs.getString("user_platform"),
                      rs.getString("body"),
                      Rows.splitReasons(rs.getString("reasons")),
                      rs.getBoolean("loud"),
                      rs.getString("subject_state"),
                      rs.getString("actor"),
                      Rows.instant(rs, "subject_opened_at"),
                      rs.getInt("attempts"),
                      lease));
              }
              return records;
            }
          }
        });
  }

  /** Extends the lease if this lease still holds the record. */
  boolean renew(long id, String lease, Instant until) {
    return finish(
        id,
        lease,
        "UPDATE outbox SET lease_until = ? WHERE id = ? AND lease_owner = ? AND state = '"
            + PENDING + "'",
        Rows.time(until));
  }

  /** Marks the record delivered; false when the lease was lost meanwhile (worth a warning). */
  boolean markDelivered(long id, String owner, String platformMessageId, int attempts, Instant now) {
    return finish(
        id,
        owner,
        "UPDATE outbox SET state = ?, delivered_at = ?, platform_message_id = ?,"
            + " attempts = attempts + ?, lease_owner = NULL, lease_until = NULL, last_error = NULL"
            + " WHERE id = ? AND lease_owner = ?",
        DELIVERED,
        Rows.time(now),
        Rows.clip(platformMessageId, 128),
        attempts);
  }

  /** Leaves the record pending, due again at {@code nextAttempt}, and releases the lease. */
  boolean park(long id, String owner, int attempts, Instant nextAttempt, String error) {
    return finish(
        id,
        owner,
        "UPDATE outbox SET next_attempt_at = ?, last_error = ?, attempts = attempts + ?,"
            + " lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?",
        Rows.time(nextAttempt),
        Rows.clip(error, 500),
        attempts);
  }

  /** Gives up on a record the platform will never accept (e.g. the bot was removed). */
  boolean markFailed(long id, String owner, int attempts, String error) {
    return finish(
        id,
        owner,
        "UPDATE outbox SET state = ?, last_error = ?, attempts = attempts + ?,"
            + " lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?",
        FAILED,
        Rows.clip(error, 500),
        attempts);
  }

  private boolean finish(long id, String owner, String sql, Object... values) {
    return database.withConnection(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            List<Object> all = new ArrayList<>(Arrays.asList(values));
            all.add(id);
            all.add(owner);
            for (int i = 0; i < all.size(); i++) {
              ps.setObject(i + 1, all.get(i));
            }
            return ps.executeUpdate() == 1;
          }
        });
  }

  /** Pending records whose next attempt is due by {@code now}, leased or not. */
  long dueCount(Instant now) {
    return database.withConnection(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT COUNT(*) FROM outbox WHERE state = ? AND next_attempt_at <= ?")) {
            ps.setString(1, PENDING);
            ps.setObject(2, Rows.time(now));
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  /** Records still waiting for delivery, for health checks and tests. */
  long pendingCount() {
    return database.withConnection(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT COUNT(*) FROM outbox WHERE state = ?")) {
            ps.setString(1, PENDING);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }


}
