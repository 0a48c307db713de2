package org.carecircle.core.escalation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/** The audit trail of moderator attempts, accepted or refused. Never holds message text. */
final class ModeratorAudit {
  private ModeratorAudit() {}

  static void record(
      Connection c,
      String subject,
      long subjectId,
      String action,
      String actor,
      ModeratorRef by,
      boolean accepted,
      String detail,
      Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO moderator_audit (subject, subject_id, action, actor, actor_platform,"
                + " destination, accepted, detail, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, subject);
      ps.setLong(2, subjectId);
      ps.setString(3, action);
      ps.setString(4, actor);
      ps.setString(5, by.platform().name());
      ps.setString(6, Rows.clip(by.destination(), 200));
      ps.setBoolean(7, accepted);
      ps.setString(8, Rows.clip(detail, 500));
      ps.setObject(9, Rows.time(now));
      ps.executeUpdate();
    }
  }
}
