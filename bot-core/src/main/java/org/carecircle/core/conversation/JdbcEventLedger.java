package org.carecircle.core.conversation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The event ledger in the database: the primary key makes the first insert win, so several
 * instances behind one database also answer a redelivered event once.
 */
public final class JdbcEventLedger implements EventLedger {
  private final DataSource dataSource;
  private final Clock clock;

  public JdbcEventLedger(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  @Override
  public boolean firstSighting(String eventKey) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("INSERT INTO processed_event (event_key, seen_at) VALUES (?, ?)")) {
      ps.setString(1, eventKey);
      ps.setTimestamp(2, Timestamp.from(clock.instant()));
      ps.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (JdbcSessionStore.isUniqueViolation(e)) {
        return false;
      }
      throw new IllegalStateException("could not record a platform event", e);
    }
  }

  /** Drops events older than the given age; platforms do not redeliver that late. */
  public int purgeOlderThan(Duration age) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("DELETE FROM processed_event WHERE seen_at < ?")) {
      ps.setTimestamp(1, Timestamp.from(clock.instant().minus(age)));
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not purge platform events", e);
    }
  }
}
