package org.carecircle.core.escalation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carecircle.core.message.Platform;
import org.carecircle.core.persistence.Database;
import org.carecircle.core.safety.SafetyLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applications to private support groups: stored and posted to moderators in one transaction;
 * approval sends the person a one-use invite, decline a kind note, both through the outbox.
 * Moderator checks and audit happen in {@link EscalationService}. Thread-safe.
 */
public final class GroupApplications {
  private static final Logger log = LoggerFactory.getLogger(GroupApplications.class);
  private static final String PENDING = "PENDING";
  private static final String APPROVED = "APPROVED";
  private static final String DECLINED = "DECLINED";

  private final Database database;
  private final List<String> destinations;
  private final Map<Platform, GroupInviteIssuer> issuers;
  private final EscalationTexts texts;
  private final Clock clock;
  private final Runnable wakeDelivery;

  public GroupApplications(
      Database database,
      Collection<String> moderatorDestinations,
      Collection<? extends GroupInviteIssuer> inviteIssuers,
      EscalationTexts texts,
      Clock clock,
      Runnable wakeDelivery) {
    this.database = database;
    this.destinations = List.copyOf(new LinkedHashSet<>(moderatorDestinations));
    Map<Platform, GroupInviteIssuer> byPlatform = new java.util.EnumMap<>(Platform.class);
    inviteIssuers.forEach(i -> byPlatform.put(i.platform(), i));
    this.issuers = Map.copyOf(byPlatform);
    this.texts = texts;
    this.clock = clock;
    this.wakeDelivery = wakeDelivery;
  }

  /** Stores the application and posts it to every moderator destination; returns its id. */
  public long apply(ApplicationRequest request) {
    Instant now = clock.instant();
    long id =
        database.inTransaction(
            c -> {
              long created;
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO group_applications (platform, user_pseudonym,"
                          + " reply_conversation_id, group_id, group_name, group_link, state,"
                          + " applied_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                      new String[] {"id"})) {
                ps.setString(1, request.platform().name());
                ps.setString(2, request.userPseudonym());
                ps.setString(3, request.replyConversationId());
                ps.setString(4, request.groupId());
                ps.setString(5, Rows.clip(request.groupName(), 300));
                ps.setString(6, request.groupLink());
                ps.setString(7, PENDING);
                ps.setObject(8, Rows.time(now));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                  keys.next();
                  created = keys.getLong(1);
                }
              }
              String body = texts.get("application.post", Map.of("group", request.groupName()));
              for (String destination : destinations) {
                Outbox.enqueue(
                    c,
                    new OutboxEntry(OutboxEntry.APPLICATION, created, OutboxTarget.MODERATOR,
                        destination, null, PostKind.APPLICATION.name(), SafetyLevel.NONE.name(),
                        request.platform().name(), body, List.of(request.groupId()), false,
                        EscalationState.OPEN.name(), "", now, 0),
                    now);
              }
              return created;
            });
    log.info("Application #{} to group {} by {}", id, request.groupId(), request.userPseudonym());
    wakeDelivery.run();
    return id;
  }

  /** A pending application, as approval needs it. */
  record Pending(
      long id, Platform platform, String conversationId, String groupName, String groupLink,
      Instant appliedAt) {}

  Optional<Pending> pending(long id) {
    return database.withConnection(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, platform, reply_conversation_id, group_name, group_link, applied_at"
                      + " FROM group_applications WHERE id = ? AND state = ?")) {
            ps.setLong(1, id);
            ps.setString(2, PENDING);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.<Pending>empty();
              }
              return Optional.of(
                  new Pending(
                      rs.getLong("id"),
                      Platform.valueOf(rs.getString("platform")),
                      rs.getString("reply_conversation_id"),
                      rs.getString("group_name"),
                      rs.getString("group_link"),
                      Rows.instant(rs, "applied_at")));
            }
          }
        });
  }

  String issueInvite(Pending application) throws DeliveryException {
    GroupInviteIssuer issuer = issuers.get(application.platform());
    if (issuer == null) {
      throw DeliveryException.permanent("no invite issuer for " + application.platform(), null);
    }
    return issuer.issueInvite(application.groupLink());
  }

  DeskOutcome approve(Connection c, Pending application, String invite, String actor, Instant now)
      throws SQLException {
    if (!decide(c, application.id(), APPROVED, actor, now)) {
      return whyNotPending(c, application.id());
    }
    queueToPerson(c, application, UserMessageKind.INVITE,
        texts.get("application.approved",
            Map.of("group", application.groupName(), "invite", invite)), now);
    return DeskOutcome.accepted(
        texts.get("application.approved_desk",
            Map.of("id", application.id(), "group", application.groupName())),
        "approved", true);
  }

  DeskOutcome decline(Connection c, long id, String actor, Instant now) throws SQLException {
    Optional<Pending> application = pendingIn(c, id);
    if (application.isEmpty() || !decide(c, id, DECLINED, actor, now)) {
      return whyNotPending(c, id);
    }
    queueToPerson(c, application.get(), UserMessageKind.DECLINE,
        texts.get("application.declined", Map.of("group", application.get().groupName())), now);
    return DeskOutcome.accepted(texts.get("application.declined_desk", Map.of("id", id)),
        "declined", true);
  }

  private Optional<Pending> pendingIn(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT platform, reply_conversation_id, group_name, group_link, applied_at"
                + " FROM group_applications WHERE id = ? AND state = ?")) {
      ps.setLong(1, id);
      ps.setString(2, PENDING);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Pending(id, Platform.valueOf(rs.getString("platform")),
                rs.getString("reply_conversation_id"), rs.getString("group_name"),
                rs.getString("group_link"), Rows.instant(rs, "applied_at")));
      }
    }
  }

  // Conditional on PENDING, so two moderators deciding at once cannot both win.
  private static boolean decide(Connection c, long id, String state, String actor, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE group_applications SET state = ?, decided_at = ?, decided_by = ?"
                + " WHERE id = ? AND state = ?")) {
      ps.setString(1, state);
      ps.setObject(2, Rows.time(now));
      ps.setString(3, actor);
      ps.setLong(4, id);
      ps.setString(5, PENDING);
      return ps.executeUpdate() == 1;
    }
  }

  private static void queueToPerson(
      Connection c, Pending application, UserMessageKind kind, String text, Instant now)
      throws SQLException {
    Outbox.enqueue(
        c,
        new OutboxEntry(OutboxEntry.APPLICATION, application.id(), OutboxTarget.USER,
            "user:" + application.platform(), application.conversationId(), kind.name(),
            SafetyLevel.NONE.name(), application.platform().name(), text, List.of(), false,
            EscalationState.RESOLVED.name(), "", application.appliedAt(), 1),
        now);
  }

  DeskOutcome whyNotPending(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT state FROM group_applications WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return DeskOutcome.refused(
              texts.get("application.refused.unknown", Map.of("id", id)), "unknown");
        }
        String state = rs.getString(1).toLowerCase(java.util.Locale.ROOT);
        return DeskOutcome.refused(
            texts.get("application.refused.decided", Map.of("id", id, "state", state)),
            "already " + state);
      }
    }
  }

  /** Deletes every application of the person with its posts and audit records. */
  int eraseAllOf(Connection c, String userPseudonym) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT id FROM group_applications WHERE user_pseudonym = ?")) {
      ps.setString(1, userPseudonym);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    for (long id : ids) {
      EscalationService.erase(c, OutboxEntry.APPLICATION, id, "DELETE FROM group_applications WHERE id = ?");
    }
    return ids.size();
  }
}
