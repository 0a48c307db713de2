package org.carecircle.core.escalation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carecircle.core.message.Platform;
import org.carecircle.core.safety.SafetyLevel;

/** SQL for the escalations table; every method runs inside the caller's transaction. */
final class EscalationStore {
  private static final String COLUMNS =
      "id, platform, user_pseudonym, level, excerpt, reasons, state, opened_at, claimed_at,"
          + " claimed_by_name, claimed_destination, resolved_at, page_count";
  static final int EXCERPT_LIMIT = 3000;

  private EscalationStore() {}

  /**
   * Inserts a new OPEN escalation with post sequence 1 (its NEW posts); a repeated event key fails
   * with a unique violation.
   */
  static long insert(Connection c, NewEscalation request, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO escalations (event_key, platform, user_pseudonym, reply_conversation_id,"
                + " level, excerpt, reasons, state, opened_at, last_paged_at, post_seq)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
            new String[] {"id"})) {
      ps.setString(1, request.eventKey());
      ps.setString(2, request.platform().name());
      ps.setString(3, request.userPseudonym());
      ps.setString(4, request.replyConversationId());
      ps.setString(5, request.level().name());
      ps.setString(6, Rows.clip(request.excerpt(), EXCERPT_LIMIT));
      ps.setString(7, Rows.joinReasons(request.reasons()));
      ps.setString(8, EscalationState.OPEN.name());
      ps.setObject(9, Rows.time(now));
      ps.setObject(10, Rows.time(now));
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  static Optional<Long> idOfEvent(Connection c, String eventKey) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM escalations WHERE event_key = ?")) {
      ps.setString(1, eventKey);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  static Optional<Escalation> find(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM escalations WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  /** The conversation where the person receives a moderator's relayed reply. */
  static Optional<String> replyConversation(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT reply_conversation_id FROM escalations WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    }
  }

  static Optional<Long> openOf(Connection c, String userPseudonym) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id FROM escalations WHERE user_pseudonym = ? AND state IN (?, ?)"
                + " ORDER BY id DESC LIMIT 1")) {
      ps.setString(1, userPseudonym);
      ps.setString(2, EscalationState.OPEN.name());
      ps.setString(3, EscalationState.CLAIMED.name());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  /** All OPEN (unclaimed) escalations with when they were last paged, for re-paging. */
  static List<UnclaimedEscalation> unclaimed(Connection c) throws SQLException {
    List<UnclaimedEscalation> found = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, level, last_paged_at FROM escalations WHERE state = ? ORDER BY id")) {
      ps.setString(1, EscalationState.OPEN.name());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(
              new UnclaimedEscalation(
                  rs.getLong("id"),
                  SafetyLevel.valueOf(rs.getString("level")),
                  Rows.instant(rs, "last_paged_at")));
        }
      }
    }
    return found;
  }

  /** Records a re-page unless another instance re-paged it (or it was claimed) meanwhile. */
  static boolean markRepaged(Connection c, UnclaimedEscalation e, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE escalations SET last_paged_at = ?, page_count = page_count + 1"
                + " WHERE id = ? AND state = ? AND last_paged_at = ?")) {
      ps.setObject(1, Rows.time(now));
      ps.setLong(2, e.id());
      ps.setString(3, EscalationState.OPEN.name());
      ps.setObject(4, Rows.time(e.lastPagedAt()));
      return ps.executeUpdate() == 1;
    }
  }

  /** OPEN to CLAIMED; false when it was not OPEN. */
  static boolean claim(Connection c, long id, String by, String byName, String destination, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE escalations SET state = ?, claimed_at = ?, claimed_by = ?, claimed_by_name = ?,"
                + " claimed_destination = ? WHERE id = ? AND state = ?")) {
      ps.setString(1, EscalationState.CLAIMED.name());
      ps.setObject(2, Rows.time(now));
      ps.setString(3, by);
      ps.setString(4, Rows.clip(byName, 200));
      ps.setString(5, destination);
      ps.setLong(6, id);
      ps.setString(7, EscalationState.OPEN.name());
      return ps.executeUpdate() == 1;
    }
  }

  /** OPEN or CLAIMED to RESOLVED; false when it was already resolved or does not exist. */
  static boolean resolve(Connection c, long id, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE escalations SET state = ?, resolved_at = ? WHERE id = ? AND state IN (?, ?)")) {
      ps.setString(1, EscalationState.RESOLVED.name());
      ps.setObject(2, Rows.time(now));
      ps.setLong(3, id);
      ps.setString(4, EscalationState.OPEN.name());
      ps.setString(5, EscalationState.CLAIMED.name());
      return ps.executeUpdate() == 1;
    }
  }

  /**
   * The next post sequence of the escalation. The UPDATE locks the row until commit, so two
   * transactions never draw the same number (and so never the same idempotency key).
   */
  static int nextSequence(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE escalations SET post_seq = post_seq + 1 WHERE id = ?")) {
      ps.setLong(1, id);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT post_seq FROM escalations WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  static void addNote(Connection c, long id, String author, String authorName, String text, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO escalation_notes (escalation_id, author, author_name, body, created_at)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      ps.setLong(1, id);
      ps.setString(2, author);
      ps.setString(3, Rows.clip(authorName, 200));
      ps.setString(4, Rows.clip(text, 4000));
      ps.setObject(5, Rows.time(now));
      ps.executeUpdate();
    }
  }

  static List<String> notes(Connection c, long id) throws SQLException {
    List<String> notes = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT body FROM escalation_notes WHERE escalation_id = ? AND body IS NOT NULL ORDER BY id")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          notes.add(rs.getString(1));
        }
      }
    }
    return notes;
  }

  private static Escalation read(ResultSet rs) throws SQLException {
    return new Escalation(
        rs.getLong("id"),
        Platform.valueOf(rs.getString("platform")),
        rs.getString("user_pseudonym"),
        SafetyLevel.valueOf(rs.getString("level")),
        rs.getString("excerpt"),
        Rows.splitReasons(rs.getString("reasons")),
        EscalationState.valueOf(rs.getString("state")),
        Rows.instant(rs, "opened_at"),
        Rows.instant(rs, "claimed_at"),
        rs.getString("claimed_by_name"),
        rs.getString("claimed_destination"),
        Rows.instant(rs, "resolved_at"),
        rs.getInt("page_count"));
  }

  /** An OPEN escalation as the re-page scheduler sees it. */
  record UnclaimedEscalation(long id, SafetyLevel level, Instant lastPagedAt) {}
}
