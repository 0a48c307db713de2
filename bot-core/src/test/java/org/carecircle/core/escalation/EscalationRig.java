package org.carecircle.core.escalation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.carecircle.core.message.Platform;
import org.carecircle.core.persistence.Database;
import org.carecircle.core.privacy.Pseudonymizer;
import org.carecircle.core.safety.SafetyLevel;
import org.carecircle.core.testing.DatabaseKind;
import org.carecircle.core.testing.RecordingInviteIssuer;
import org.carecircle.core.testing.RecordingUserChannel;
import org.carecircle.core.testing.TestDatabase;
import org.carecircle.core.testing.TestDatabases;

/**
 * A database, moderator destinations, user channels, the service and its dispatchers, wired as the
 * app wires them, for one test.
 */
final class EscalationRig implements AutoCloseable {
  static final String DISCORD = "discord:4001";
  static final String TELEGRAM = "telegram:-1009";
  static final String COMMUNITY = "Sunrise Circle";

  final TestDatabase testDatabase;
  final Database database;
  final List<ModeratorChannel> channels;
  final RecordingUserChannel telegramPeople = new RecordingUserChannel(Platform.TELEGRAM);
  final RecordingUserChannel discordPeople = new RecordingUserChannel(Platform.DISCORD);
  final RecordingInviteIssuer telegramInvites = new RecordingInviteIssuer(Platform.TELEGRAM);
  final Pseudonymizer pseudonyms = new Pseudonymizer("rig-secret-of-sixteen-bytes".getBytes());
  final EscalationTexts texts = new EscalationTexts(COMMUNITY);
  final Clock clock;
  final GroupApplications applications;
  final EscalationService service;
  private final List<OutboxDispatcher> dispatchers = new ArrayList<>();
  private OutboxDispatcher current;

  EscalationRig(DatabaseKind kind, Clock clock, List<? extends ModeratorChannel> channels) {
    this.testDatabase = TestDatabases.fresh(kind);
    this.database = testDatabase.database();
    this.channels = List.copyOf(channels);
    this.clock = clock;
    List<String> destinations = this.channels.stream().map(ModeratorChannel::destination).toList();
    this.applications =
        new GroupApplications(database, destinations, List.of(telegramInvites), texts, clock, this::wake);
    this.service =
        new EscalationService(database, destinations, pseudonyms, applications, texts, clock, this::wake);
  }

  static EscalationRig on(DatabaseKind kind, ModeratorChannel... channels) {
    return new EscalationRig(kind, Clock.systemUTC(), List.of(channels));
  }

  /** Starts a dispatcher over {@code db} (a second pool stands for a second instance). */
  OutboxDispatcher startDispatcher(Database db, DeliverySettings settings) {
    OutboxDispatcher dispatcher =
        new OutboxDispatcher(db, channels, List.of(telegramPeople, discordPeople), settings, clock);
    synchronized (this) {
      dispatchers.add(dispatcher);
      current = dispatcher;
    }
    dispatcher.start();
    return dispatcher;
  }

  OutboxDispatcher startDispatcher() {
    return startDispatcher(database, DeliverySettings.fast());
  }

  private void wake() {
    OutboxDispatcher d;
    synchronized (this) {
      d = current;
    }
    if (d != null) {
      d.wake();
    }
  }

  List<String> destinations() {
    return service.destinations();
  }

  static NewEscalation crisis(String user, String eventKey) {
    return new NewEscalation(
        Platform.TELEGRAM, user, "chat-" + user, SafetyLevel.CRISIS,
        "I do not see a way through tonight", List.of("explicit: first person, present"), eventKey);
  }

  static NewEscalation at(SafetyLevel level, String user, String eventKey) {
    return new NewEscalation(
        Platform.TELEGRAM, user, "chat-" + user, level, "the words of " + user,
        List.of("reason for " + level), eventKey);
  }

  static ModeratorRef moderator(String destination) {
    return new ModeratorRef(Platform.DISCORD, "mod-77", "Robin", destination, true);
  }

  @Override
  public void close() {
    synchronized (this) {
      dispatchers.forEach(OutboxDispatcher::close);
    }
    testDatabase.close();
  }
}
