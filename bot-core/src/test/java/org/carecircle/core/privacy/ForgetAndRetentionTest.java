package org.carecircle.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carecircle.core.escalation.ApplicationRequest;
import org.carecircle.core.escalation.EscalationService;
import org.carecircle.core.escalation.EscalationTexts;
import org.carecircle.core.escalation.ForgetReport;
import org.carecircle.core.escalation.GroupApplications;
import org.carecircle.core.escalation.ModeratorRef;
import org.carecircle.core.escalation.NewEscalation;
import org.carecircle.core.message.Platform;
import org.carecircle.core.persistence.Database;
import org.carecircle.core.safety.SafetyLevel;
import org.carecircle.core.testing.DatabaseKind;
import org.carecircle.core.testing.MutableClock;
import org.carecircle.core.testing.OnEveryDatabase;
import org.carecircle.core.testing.TestDatabase;
import org.carecircle.core.testing.TestDatabases;

/** What people wrote is erased on request and after the retention period. */
class ForgetAndRetentionTest {
  private static final String DEST = "terminal";
  private static final ModeratorRef MODERATOR =
      new ModeratorRef(Platform.TERMINAL, "op", "Operator", DEST, true);
  private static final String PERSON = "u_person0001";
  private static final String CONVERSATION = "dm-" + PERSON;

  /** The service over one test database, on a clock the test moves. */
  private static final class Desk implements AutoCloseable {
    final TestDatabase testDatabase;
    final Database database;
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    final EscalationService service;
    final GroupApplications applications;

    Desk(DatabaseKind kind) {
      testDatabase = TestDatabases.fresh(kind);
      database = testDatabase.database();
      var texts = new EscalationTexts("Sunrise Circle");
      applications = new GroupApplications(database, List.of(DEST), List.of(), texts, clock, () -> { });
      service = new EscalationService(database, List.of(DEST),
          new Pseudonymizer("forget-test-secret-key".getBytes()), applications, texts, clock, () -> { });
    }

    long open(String user, String excerpt, String event) {
      return service.open(new NewEscalation(Platform.TELEGRAM, user, "dm-" + user, SafetyLevel.CRISIS,
          excerpt, List.of("reason about " + excerpt), event)).id();
    }

    @Override
    public void close() {
      testDatabase.close();
    }
  }

  @OnEveryDatabase
  void forgetLeavesNoTraceOutsideOpenEscalations(DatabaseKind kind) throws Exception {
    try (var desk = new Desk(kind)) {
      long past = desk.open(PERSON, "words from the hard night", "telegram:1");
      desk.service.followUp(past, "a follow-up about the hard night");
      desk.service.note(past, MODERATOR, "note about the hard night");
      desk.service.relay(past, MODERATOR, "relay about the hard night");
      desk.service.resolve(past, MODERATOR);
      desk.applications.apply(new ApplicationRequest(Platform.TELEGRAM, PERSON, CONVERSATION,
          "g1", "Evening circle", "https://t.me/+evening"));
      long current = desk.open(PERSON, "words from today", "telegram:2");
      long someoneElse = desk.open("u_other", "another person's words", "telegram:3");

      ForgetReport report = desk.service.forget(PERSON);

      assertThat(report).isEqualTo(new ForgetReport(1, 1, 1));
      List<Map<String, String>> rows = allRows(desk.database, desk.testDatabase.schema());
      assertThat(rows).noneMatch(r -> r.toString().contains("hard night"));
      assertThat(rows).noneMatch(r -> r.toString().contains("Evening circle"));
      // The person still appears, but only in what their open escalation needs.
      List<Map<String, String>> traces = rows.stream()
          .filter(r -> r.containsValue(PERSON) || r.containsValue(CONVERSATION)).toList();
      assertThat(traces).isNotEmpty().allSatisfy(r -> {
        assertThat(r.get("_table")).isEqualTo("escalations");
        assertThat(r.get("id")).isEqualTo(String.valueOf(current));
      });
      assertThat(desk.service.find(current)).isPresent();
      assertThat(desk.service.find(someoneElse)).isPresent();
      assertThat(desk.service.find(past)).isEmpty();

      desk.service.resolve(current, MODERATOR);
      ForgetReport second = desk.service.forget(PERSON);
      assertThat(second).isEqualTo(new ForgetReport(1, 0, 0));
      assertThat(allRows(desk.database, desk.testDatabase.schema()))
          .noneMatch(r -> r.containsValue(PERSON) || r.toString().contains("words from today"));
    }
  }

  @OnEveryDatabase
  void forgetTellsThePersonWhatWasKept(DatabaseKind kind) {
    try (var desk = new Desk(kind)) {
      desk.open(PERSON, "still struggling", "telegram:1");

      ForgetReport report = desk.service.forget(PERSON);
      String told = new EscalationTexts("Sunrise Circle").forgetSummary(report, 30);

      assertThat(report.keptSomething()).isTrue();
      assertThat(told).contains("kept 1 open escalation").contains("30 days");
    }
  }

  @OnEveryDatabase
  void retentionPurgeErasesTextOfEscalationsResolvedLongAgo(DatabaseKind kind) {
    try (var desk = new Desk(kind)) {
      long old = desk.open(PERSON, "words from last winter", "telegram:1");
      desk.service.note(old, MODERATOR, "note from last winter");
      desk.service.followUp(old, "follow-up from last winter");
      desk.service.resolve(old, MODERATOR);
      desk.clock.advance(Duration.ofDays(20));
      long recent = desk.open("u_recent", "words from this month", "telegram:2");
      desk.service.resolve(recent, MODERATOR);
      long open = desk.open("u_open", "words still open", "telegram:3");
      desk.clock.advance(Duration.ofDays(11));

      RetentionPurge.Report report = RetentionPurge.ofDays(desk.database, 30, desk.clock).purge();

      assertThat(report.escalations()).isEqualTo(1);
      var purged = desk.service.find(old).orElseThrow();
      assertThat(purged.excerpt()).isEmpty();
      assertThat(purged.reasons()).isEmpty();
      assertThat(purged.userPseudonym()).isNull();
      assertThat(desk.service.notesOf(old)).isEmpty();
      assertThat(allRows(desk.database, desk.testDatabase.schema()))
          .noneMatch(r -> r.toString().contains("last winter"));
      assertThat(desk.service.find(recent).orElseThrow().excerpt()).isEqualTo("words from this month");
      assertThat(desk.service.find(open).orElseThrow().excerpt()).isEqualTo("words still open");
      assertThat(RetentionPurge.ofDays(desk.database, 30, desk.clock).purge().escalations()).isZero();
    }
  }

  /** Every row of every table of the bot, as column → text, plus {@code _table}. */
  static List<Map<String, String>> allRows(Database database, String schema) {
    return database.withConnection(c -> {
      List<Map<String, String>> rows = new ArrayList<>();
      for (String table : tables(c, schema)) {
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("_table", table);
            for (int i = 1; i <= columns; i++) {
              row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getString(i));
            }
            rows.add(row);
          }
        }
      }
      return rows;
    });
  }

  private static List<String> tables(Connection c, String schema) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    List<String> tables = new ArrayList<>();
    try (ResultSet rs = meta.getTables(null, schema == null ? "public" : schema, "%",
        new String[] {"TABLE", "BASE TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME").toLowerCase();
        if (!name.startsWith("flyway")) {
          tables.add(name);
        }
      }
    }
    assertThat(tables).contains("escalations", "outbox", "moderator_audit", "escalation_notes");
    return tables;
  }

}
