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
import org.carecircle.core.persistence.Database;
import org.carecircle.core.persistence.StorageException;
import org.carecircle.core.privacy.Pseudonymizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Escalations from opening to resolution: each is committed with its outbox records in one
 * transaction before any platform call; moderators act on it from any configured destination, and
 * every attempt is checked and audited. Thread-safe.
 */
public final class EscalationService implements EscalationIntake, ModeratorDesk {
  private static final Logger log = LoggerFactory.getLogger(EscalationService.class);
  private static final String ESCALATION = OutboxEntry.ESCALATION;
  private static final String APPLICATION = OutboxEntry.APPLICATION;

  private final Database database;
  private final List<String> destinations;
  private final Pseudonymizer moderatorIds;
  private final GroupApplications applications;
  private final EscalationTexts texts;
  private final Clock clock;
  private final Runnable wakeDelivery;

  /**
   * @param moderatorDestinations every registered moderator destination (the terminal included):
   *     where posts go, and the only places moderator actions are accepted from
   * @param moderatorIds pseudonymises moderators' platform ids for the audit trail
   * @param wakeDelivery called after a commit that queued posts (usually the dispatcher's wake)
   */
  public EscalationService(
      Database database,
      Collection<String> moderatorDestinations,
      Pseudonymizer moderatorIds,
      GroupApplications applications,
      EscalationTexts texts,
      Clock clock,
      Runnable wakeDelivery) {
    this.database = database;
    this.destinations = List.copyOf(new LinkedHashSet<>(moderatorDestinations));
    this.moderatorIds = moderatorIds;
    this.applications = applications;
    this.texts = texts;
    this.clock = clock;
    this.wakeDelivery = wakeDelivery;
  }

  @Override
  public OpenedEscalation open(NewEscalation request) {
    Instant now = clock.instant();
    try {
      long id =
          database.inTransaction(
              c -> {
                long created = EscalationStore.insert(c, request, now);
                String excerpt = Rows.clip(request.excerpt(), EscalationStore.EXCERPT_LIMIT);
                Escalation e =
                    new Escalation(created, request.platform(), request.userPseudonym(),
                        request.level(), excerpt, request.reasons(), EscalationState.OPEN, now,
                        null, null, null, null, 0);
                EscalationPosts.enqueue(c, e, destinations, PostKind.NEW, excerpt, false, "", 1, now);
                return created;
              });
      log.info("Escalation #{} opened: {} on {} for {}", id, request.level(), request.platform(),
          request.userPseudonym());
      wakeDelivery.run();
      return new OpenedEscalation(id, false);
    } catch (StorageException e) {
      if (!Database.UNIQUE_VIOLATION.equals(e.sqlState())) {
        throw e;
      }
      long existing =
          database
              .withConnection(c -> EscalationStore.idOfEvent(c, request.eventKey()))
              .orElseThrow(() -> e);
      log.info("Event already opened escalation #{}; not opening another", existing);
      return new OpenedEscalation(existing, true);
    }
  }

  @Override
  public Optional<Long> openEscalationOf(String userPseudonym) {
    return database.withConnection(c -> EscalationStore.openOf(c, userPseudonym));
  }

  @Override
  public void followUp(long escalationId, String text) {
    boolean queued =
        database.inTransaction(
            c -> {
              Optional<Escalation> found = EscalationStore.find(c, escalationId);
              if (found.isEmpty() || !found.get().isOpen()) {
                return false;
              }
              Escalation e = found.get();
              // The claiming moderator follows the person; before a claim, everyone does.
              List<String> to =
                  e.state() == EscalationState.CLAIMED && destinations.contains(e.claimedDestination())
                      ? List.of(e.claimedDestination())
                      : destinations;
              EscalationPosts.queue(
                  c, escalationId, to, PostKind.FOLLOW_UP,
                  Rows.clip(text, EscalationStore.EXCERPT_LIMIT), false, "", clock.instant());
              return true;
            });
    if (queued) {
      wakeDelivery.run();
    } else {
      log.debug("Follow-up for #{} dropped: the escalation is not open", escalationId);
    }
  }

  /** The escalation as stored, if it exists. */
  public Optional<Escalation> find(long escalationId) {
    return database.withConnection(c -> EscalationStore.find(c, escalationId));
  }

  /** The moderators' notes on an escalation, oldest first (empty once purged). */
  public List<String> notesOf(long escalationId) {
    return database.withConnection(c -> EscalationStore.notes(c, escalationId));
  }

  @Override
  public ActionResult claim(long escalationId, ModeratorRef by) {
    return act(ESCALATION, escalationId, "CLAIM", by, (c, now) -> {
      String actor = actor(by);
      if (EscalationStore.claim(c, escalationId, actor, by.displayName(), by.destination(), now)) {
        EscalationPosts.queue(c, escalationId, othersThan(by), PostKind.UPDATE, "", false,
            by.displayName(), now);
        log.info("Escalation #{} claimed by {}", escalationId, actor);
        return DeskOutcome.accepted(text("desk.claimed", escalationId), "claimed", true);
      }
      return whyNotActionable(c, escalationId);
    });
  }

  @Override
  public ActionResult resolve(long escalationId, ModeratorRef by) {
    return act(ESCALATION, escalationId, "RESOLVE", by, (c, now) -> {
      if (EscalationStore.resolve(c, escalationId, now)) {
        EscalationPosts.queue(c, escalationId, othersThan(by), PostKind.UPDATE, "", false,
            by.displayName(), now);
        log.info("Escalation #{} resolved by {}", escalationId, actor(by));
        return DeskOutcome.accepted(text("desk.resolved", escalationId), "resolved", true);
      }
      return whyNotActionable(c, escalationId);
    });
  }

  @Override
  public ActionResult note(long escalationId, ModeratorRef by, String text) {
    return act(ESCALATION, escalationId, "NOTE", by, (c, now) -> {
      if (EscalationStore.find(c, escalationId).isEmpty()) {
        return DeskOutcome.refused(text("desk.refused.unknown", escalationId), "unknown");
      }
      EscalationStore.addNote(c, escalationId, actor(by), by.displayName(), text, now);
      return DeskOutcome.accepted(text("desk.noted", escalationId), "noted", false);
    });
  }

  @Override
  public ActionResult relay(long escalationId, ModeratorRef by, String text) {
    return act(ESCALATION, escalationId, "RELAY", by, (c, now) -> {
      Optional<Escalation> found = EscalationStore.find(c, escalationId);
      if (found.isEmpty()) {
        return DeskOutcome.refused(text("desk.refused.unknown", escalationId), "unknown");
      }
      Escalation e = found.get();
      if (!e.isOpen()) {
        return DeskOutcome.refused(text("desk.refused.relay_closed", escalationId), "resolved");
      }
      Optional<String> conversation = EscalationStore.replyConversation(c, escalationId);
      if (conversation.isEmpty()) {
        return DeskOutcome.refused(text("desk.refused.no_conversation", escalationId), "no conversation");
      }
      int sequence = EscalationStore.nextSequence(c, escalationId);
      // Signed as the community, never with the moderator's name: staff identity stays hidden.
      Outbox.enqueue(
          c,
          new OutboxEntry(ESCALATION, escalationId, OutboxTarget.USER, "user:" + e.platform(),
              conversation.get(), UserMessageKind.RELAY.name(), e.level().name(),
              e.platform().name(), texts.get("relay.to_person", Map.of("text", text)), List.of(),
              false, e.state().name(), "", e.openedAt(), sequence),
          now);
      return DeskOutcome.accepted(text("desk.relayed", escalationId), "relayed", true);
    });
  }

  @Override
  public ActionResult approveApplication(long applicationId, ModeratorRef by) {
    if (!allowed(by)) {
      return refuseUnauthorised(APPLICATION, applicationId, "APPROVE", by);
    }
    Optional<GroupApplications.Pending> pending = applications.pending(applicationId);
    if (pending.isEmpty()) {
      return act(APPLICATION, applicationId, "APPROVE", by,
          (c, now) -> applications.whyNotPending(c, applicationId));
    }
    String invite;
    try {
      invite = applications.issueInvite(pending.get());
    } catch (DeliveryException e) {
      String reason = e.getMessage() == null ? "platform error" : e.getMessage();
      return act(APPLICATION, applicationId, "APPROVE", by, (c, now) -> DeskOutcome.refused(
          texts.get("application.refused.no_invite", Map.of("id", applicationId, "reason", reason)),
          "invite failed"));
    }
    return act(APPLICATION, applicationId, "APPROVE", by,
        (c, now) -> applications.approve(c, pending.get(), invite, actor(by), now));
  }

  @Override
  public ActionResult declineApplication(long applicationId, ModeratorRef by) {
    return act(APPLICATION, applicationId, "DECLINE", by,
        (c, now) -> applications.decline(c, applicationId, actor(by), now));
  }

  /**
   * Erases the person's escalation data except escalations still OPEN or CLAIMED, which a moderator
   * still needs; the report says what was kept.
   */
  public ForgetReport forget(String userPseudonym) {
    ForgetReport report =
        database.inTransaction(
            c -> {
              List<Long> resolved = new ArrayList<>();
              int open = 0;
              try (PreparedStatement ps =
                  c.prepareStatement("SELECT id, state FROM escalations WHERE user_pseudonym = ?")) {
                ps.setString(1, userPseudonym);
                try (ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    if (EscalationState.RESOLVED.name().equals(rs.getString("state"))) {
                      resolved.add(rs.getLong("id"));
                    } else {
                      open++;
                    }
                  }
                }
              }
              for (long id : resolved) {
                erase(c, ESCALATION, id, "DELETE FROM escalations WHERE id = ?");
              }
              int erasedApplications = applications.eraseAllOf(c, userPseudonym);
              return new ForgetReport(resolved.size(), open, erasedApplications);
            });
    log.info("Forgot {}: {} escalation(s) erased, {} open kept, {} application(s) erased",
        userPseudonym, report.erasedEscalations(), report.keptOpenEscalations(),
        report.erasedApplications());
    return report;
  }

  /** Deletes a subject row with its posts, audit records and (by cascade) notes. */
  static void erase(Connection c, String subject, long id, String deleteSubject) throws SQLException {
    for (String sql :
        List.of(
            "DELETE FROM outbox WHERE subject = ? AND subject_id = ?",
            "DELETE FROM moderator_audit WHERE subject = ? AND subject_id = ?")) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, subject);
        ps.setLong(2, id);
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps = c.prepareStatement(deleteSubject)) {
      ps.setLong(1, id);
      ps.executeUpdate();
    }
  }

  private ActionResult act(String subject, long id, String action, ModeratorRef by, DeskWork work) {
    if (!allowed(by)) {
      return refuseUnauthorised(subject, id, action, by);
    }
    String actor = actor(by);
    DeskOutcome outcome =
        database.inTransaction(
            c -> {
              Instant now = clock.instant();
              DeskOutcome done = work.run(c, now);
              ModeratorAudit.record(c, subject, id, action, actor, by, done.result().accepted(),
                  done.detail(), now);
              return done;
            });
    if (outcome.queued()) {
      wakeDelivery.run();
    }
    return outcome.result();
  }

  private ActionResult refuseUnauthorised(String subject, long id, String action, ModeratorRef by) {
    String actor = actor(by);
    database.inTransaction(
        c -> {
          ModeratorAudit.record(c, subject, id, action, actor, by, false, "not authorised",
              clock.instant());
          return null;
        });
    log.warn("Refused {} of {} #{} by {} from {}: not a configured moderator in a moderator destination",
        action, subject.toLowerCase(java.util.Locale.ROOT), id, actor, by.destination());
    return ActionResult.refused(texts.get("desk.refused.not_moderator"));
  }

  private boolean allowed(ModeratorRef by) {
    return by.authorized() && destinations.contains(by.destination());
  }

  private String actor(ModeratorRef by) {
    return moderatorIds.pseudonym(by.platform(), by.userId());
  }

  private List<String> othersThan(ModeratorRef by) {
    return destinations.stream().filter(d -> !d.equals(by.destination())).toList();
  }

  private DeskOutcome whyNotActionable(Connection c, long id) throws SQLException {
    Optional<Escalation> found = EscalationStore.find(c, id);
    if (found.isEmpty()) {
      return DeskOutcome.refused(text("desk.refused.unknown", id), "unknown");
    }
    Escalation e = found.get();
    if (e.state() == EscalationState.RESOLVED) {
      return DeskOutcome.refused(text("desk.refused.resolved", id), "already resolved");
    }
    return DeskOutcome.refused(
        texts.get("desk.refused.already_claimed", Map.of("id", id, "name",
            e.claimedByName() == null ? "another moderator" : e.claimedByName())),
        "already claimed");
  }

  private String text(String key, long id) {
    return texts.get(key, Map.of("id", id));
  }

  /** The moderator destinations posts go to. */
  public List<String> destinations() {
    return destinations;
  }
}
