package org.carecircle.core.conversation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.carecircle.core.persistence.Database;

/** Sessions in the database, so a restart or a second instance keeps a person's region. */
public final class JdbcSessionStore implements SessionStore {
  private final DataSource dataSource;
  private final Clock clock;

  public JdbcSessionStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  @Override
  public Optional<Session> find(String userPseudonym) {
    String sql =
        "SELECT region, pending_choices, first_contact_at FROM conversation_session"
            + " WHERE user_pseudonym = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, userPseudonym);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        String choices = rs.getString(2);
        List<String> pending =
            choices == null || choices.isEmpty() ? List.of() : Arrays.asList(choices.split(","));
        return Optional.of(
            new Session(userPseudonym, rs.getString(1), pending, rs.getTimestamp(3).toInstant()));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read a session", e);
    }
  }

  @Override
  public void save(Session session) {
    String update =
        "UPDATE conversation_session SET region = ?, pending_choices = ?, updated_at = ?"
            + " WHERE user_pseudonym = ?";
    String insert =
        "INSERT INTO conversation_session"
            + " (user_pseudonym, region, pending_choices, first_contact_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?)";
    Timestamp now = Timestamp.from(clock.instant());
    String choices = String.join(",", session.pendingChoices());
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps = c.prepareStatement(update)) {
        ps.setString(1, session.region());
        ps.setString(2, choices);
        ps.setTimestamp(3, now);
        ps.setString(4, session.userPseudonym());
        if (ps.executeUpdate() > 0) {
          return;
        }
      }
      try (PreparedStatement ps = c.prepareStatement(insert)) {
        ps.setString(1, session.userPseudonym());
        ps.setString(2, session.region());
        ps.setString(3, choices);
        ps.setTimestamp(4, Timestamp.from(session.firstContactAt()));
        ps.setTimestamp(5, now);
        ps.executeUpdate();
      } catch (SQLException raced) {
        // Another turn of the same person inserted first; its row is as good as ours.
        if (!isUniqueViolation(raced)) {
          throw raced;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not save a session", e);
    }
  }

  @Override
  public void delete(String userPseudonym) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("DELETE FROM conversation_session WHERE user_pseudonym = ?")) {
      ps.setString(1, userPseudonym);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not delete a session", e);
    }
  }

  static boolean isUniqueViolation(SQLException e) {
    return Database.UNIQUE_VIOLATION.equals(e.getSQLState());
  }
}
