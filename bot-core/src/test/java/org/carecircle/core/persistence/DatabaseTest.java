package org.carecircle.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.carecircle.core.testing.DatabaseKind;
import org.carecircle.core.testing.OnEveryDatabase;
import org.carecircle.core.testing.TestDatabases;

class DatabaseTest {

  @OnEveryDatabase
  void migrationsRunOnceAndAgainWithoutChange(DatabaseKind kind) {
    try (var test = TestDatabases.fresh(kind)) {
      test.database();
      Database second = test.reopen();

      assertThat(count(second, "SELECT COUNT(*) FROM escalations")).isZero();
      assertThat(count(second, "SELECT COUNT(*) FROM group_applications")).isZero();
    }
  }

  @OnEveryDatabase
  void failedTransactionLeavesNothingBehind(DatabaseKind kind) {
    try (var test = TestDatabases.fresh(kind)) {
      Database db = test.database();

      assertThatThrownBy(() -> db.inTransaction(c -> {
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO moderator_audit (subject, subject_id, action, actor, actor_platform, accepted, at)"
                + " VALUES ('ESCALATION', 1, 'CLAIM', 'm', 'TERMINAL', TRUE, CURRENT_TIMESTAMP)")) {
          ps.executeUpdate();
        }
        throw new IllegalStateException("platform down");
      })).hasMessage("platform down");

      assertThat(count(db, "SELECT COUNT(*) FROM moderator_audit")).isZero();
    }
  }

  @OnEveryDatabase
  void uniqueViolationIsReportedWithItsPortableSqlState(DatabaseKind kind) {
    try (var test = TestDatabases.fresh(kind)) {
      Database db = test.database();
      String insert = "INSERT INTO escalations (event_key, platform, level, state, opened_at, last_paged_at)"
          + " VALUES ('telegram:1', 'TELEGRAM', 'CRISIS', 'OPEN', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";
      db.inTransaction(c -> c.createStatement().executeUpdate(insert));

      assertThatThrownBy(() -> db.inTransaction(c -> c.createStatement().executeUpdate(insert)))
          .isInstanceOfSatisfying(StorageException.class,
              e -> assertThat(e.sqlState()).isEqualTo(Database.UNIQUE_VIOLATION));
    }
  }

  private static long count(Database db, String sql) {
    return db.withConnection(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }
}
