package org.carecircle.app;

import org.carecircle.core.assembly.ConversationAssembly;
import org.carecircle.core.assembly.ConversationParts;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.carecircle.core.conversation.ConversationEngine;
import org.carecircle.core.conversation.JdbcEventLedger;
import org.carecircle.core.conversation.JdbcSessionStore;
import org.carecircle.core.escalation.ApplicationRequest;
import org.carecircle.core.escalation.DeliverySettings;
import org.carecircle.core.escalation.EscalationService;
import org.carecircle.core.escalation.EscalationTexts;
import org.carecircle.core.escalation.GroupApplications;
import org.carecircle.core.escalation.GroupInviteIssuer;
import org.carecircle.core.escalation.ModeratorChannel;
import org.carecircle.core.escalation.OutboxDispatcher;
import org.carecircle.core.escalation.RepageScheduler;
import org.carecircle.core.escalation.RepageSettings;
import org.carecircle.core.escalation.UserChannel;
import org.carecircle.core.feedback.JdbcFeedbackStore;
import org.carecircle.core.persistence.Database;
import org.carecircle.core.privacy.PseudonymKey;
import org.carecircle.core.privacy.Pseudonymizer;
import org.carecircle.core.privacy.RetentionPurge;
import org.carecircle.core.safety.SafetyLevel;

/**
 * A bot with its database: the conversation engine, escalations with their outbox, re-paging and
 * retention, wired to the moderator destinations and user channels it was given. Close once.
 */
final class BotRuntime implements AutoCloseable {
  private final Database database;
  private final OutboxDispatcher dispatcher;
  private final RepageScheduler repager;
  private final RetentionPurge retention;
  private final JdbcEventLedger events;
  private final EscalationService escalations;
  private final JdbcFeedbackStore feedback;
  private final ConversationEngine engine;

  private BotRuntime(
      Database database,
      OutboxDispatcher dispatcher,
      RepageScheduler repager,
      RetentionPurge retention,
      JdbcEventLedger events,
      EscalationService escalations,
      JdbcFeedbackStore feedback,
      ConversationEngine engine) {
    this.database = database;
    this.dispatcher = dispatcher;
    this.repager = repager;
    this.retention = retention;
    this.events = events;
    this.escalations = escalations;
    this.feedback = feedback;
    this.engine = engine;
  }

  static BotRuntime start(
      BotSettings settings,
      CoreServices core,
      List<ModeratorChannel> moderatorChannels,
      List<UserChannel> userChannels,
      List<GroupInviteIssuer> inviteIssuers,
      Clock clock) {
    Database database = Database.open(settings.jdbcUrl());
    try {
      Pseudonymizer pseudonymizer =
          PseudonymKey.resolve(
                  settings.pseudonymKey().map(Secret::reveal).orElse(null), settings.dataDir())
              .pseudonymizer();
      List<String> destinations =
          moderatorChannels.stream().map(ModeratorChannel::destination).toList();
      OutboxDispatcher dispatcher =
          new OutboxDispatcher(
              database, moderatorChannels, userChannels, DeliverySettings.defaults(), clock);
      EscalationTexts texts = new EscalationTexts(settings.communityName());
      GroupApplications applications =
          new GroupApplications(database, destinations, inviteIssuers, texts, clock, dispatcher::wake);
      EscalationService escalations =
          new EscalationService(
              database, destinations, pseudonymizer, applications, texts, clock, dispatcher::wake);
      RepageScheduler repager =
          new RepageScheduler(
              database,
              destinations,
              new RepageSettings(
                  Map.of(
                      SafetyLevel.CRISIS, settings.repageUrgent(),
                      SafetyLevel.MEDICAL, settings.repageUrgent(),
                      SafetyLevel.DISTRESS, settings.repageDistress()),
                  Duration.ofSeconds(30)),
              clock,
              dispatcher::wake);
      RetentionPurge retention = RetentionPurge.ofDays(database, settings.retentionDays(), clock);
      JdbcEventLedger events = new JdbcEventLedger(database.dataSource(), clock);
      JdbcFeedbackStore feedback = new JdbcFeedbackStore(database.dataSource(), clock);
      ConversationEngine engine =
          ConversationAssembly.build(
              new ConversationParts(
                  core.knowledgeBase(),
                  core.embedder(),
                  core.search(),
                  core.safety(),
                  core.safeReplies(),
                  escalations,
                  who -> escalations.forget(who).keptSomething(),
                  (platform, who, replyTo, group) ->
                      applications.apply(
                          new ApplicationRequest(
                              platform, who, replyTo, group.id(), group.name(), group.link())),
                  new JdbcSessionStore(database.dataSource(), clock),
                  feedback,
                  events,
                  pseudonymizer,
                  settings.defaultRegion(),
                  settings.communityName(),
                  settings.retentionDays()),
              clock);
      dispatcher.start();
      repager.start();
      retention.start(Duration.ofHours(1));
      return new BotRuntime(
          database, dispatcher, repager, retention, events, escalations, feedback, engine);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  ConversationEngine engine() {
    return engine;
  }

  EscalationService escalations() {
    return escalations;
  }

  Database database() {
    return database;
  }

  OutboxDispatcher dispatcher() {
    return dispatcher;
  }

  JdbcFeedbackStore feedback() {
    return feedback;
  }

  JdbcEventLedger events() {
    return events;
  }

  @Override
  public void close() {
    retention.close();
    repager.close();
    dispatcher.drain(Duration.ofSeconds(3));
    dispatcher.close();
    database.close();
  }
}
