package org.carecircle.core.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.carecircle.core.persistence.Database;

/** Feedback in the database. */
public final class JdbcFeedbackStore implements FeedbackStore {
  private final DataSource dataSource;
  private final Clock clock;

  public JdbcFeedbackStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  @Override
  public void vote(String faqId, String userPseudonym, boolean helpful) {
    Timestamp now = Timestamp.from(clock.instant());
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE faq_vote SET helpful = ?, voted_at = ? WHERE faq_id = ? AND user_pseudonym = ?")) {
        ps.setBoolean(1, helpful);
        ps.setTimestamp(2, now);
        ps.setString(3, faqId);
        ps.setString(4, userPseudonym);
        if (ps.executeUpdate() > 0) {
          return;
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO faq_vote (faq_id, user_pseudonym, helpful, voted_at) VALUES (?, ?, ?, ?)")) {
        ps.setString(1, faqId);
        ps.setString(2, userPseudonym);
        ps.setBoolean(3, helpful);
        ps.setTimestamp(4, now);
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not store a vote", e);
    }
  }

  @Override
  public void recordAbstained(String topic) {
    Timestamp now = Timestamp.from(clock.instant());
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE abstained_topic SET asked = asked + 1, last_asked = ? WHERE topic = ?")) {
        ps.setTimestamp(1, now);
        ps.setString(2, topic);
        if (ps.executeUpdate() > 0) {
          return;
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO abstained_topic (topic, asked, last_asked) VALUES (?, 1, ?)")) {
        ps.setString(1, topic);
        ps.setTimestamp(2, now);
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      if (!Database.UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw new IllegalStateException("could not record an abstained topic", e);
      }
      recordAbstained(topic);
    }
  }

  @Override
  public List<FaqVotes> votes() {
    String sql =
        "SELECT faq_id, SUM(CASE WHEN helpful THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN helpful THEN 0 ELSE 1 END) FROM faq_vote GROUP BY faq_id";
    List<FaqVotes> result = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        result.add(new FaqVotes(rs.getString(1), rs.getInt(2), rs.getInt(3)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read votes", e);
    }
    result.sort(FeedbackOrder.MOST_UNHELPFUL_FIRST);
    return result;
  }

  @Override
  public List<AbstainedTopic> abstainedTopics(int limit) {
    List<AbstainedTopic> result = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT topic, asked FROM abstained_topic ORDER BY asked DESC, topic")) {
      ps.setMaxRows(limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          result.add(new AbstainedTopic(rs.getString(1), rs.getInt(2)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read abstained topics", e);
    }
    return result;
  }

  @Override
  public void forget(String userPseudonym) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("DELETE FROM faq_vote WHERE user_pseudonym = ?")) {
      ps.setString(1, userPseudonym);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not erase votes", e);
    }
  }
}
