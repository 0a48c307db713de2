package org.carecircle.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.carecircle.core.feedback.JdbcFeedbackStore;
import org.carecircle.core.testing.DatabaseKind;
import org.carecircle.core.testing.MutableClock;
import org.carecircle.core.testing.OnEveryDatabase;
import org.carecircle.core.testing.TestDatabases;

/** Sessions, the event ledger and feedback keep their promises on H2 and on PostgreSQL. */
class ConversationStoresTest {

  @OnEveryDatabase
  void aSessionSurvivesARestartAndIsGoneAfterDelete(DatabaseKind kind) {
    try (var test = TestDatabases.fresh(kind)) {
      Instant first = Instant.parse("2026-11-01T10:00:00Z");
      new JdbcSessionStore(test.database().dataSource(), Clock.systemUTC())
          .save(new Session("u_abc", "GB", List.of("a", "b"), first));

      JdbcSessionStore afterRestart = new JdbcSessionStore(test.reopen().dataSource(), Clock.systemUTC());

      assertThat(afterRestart.find("u_abc")).contains(new Session("u_abc", "GB", List.of("a", "b"), first));
      afterRestart.save(new Session("u_abc", "NZ", List.of(), first));
      assertThat(afterRestart.find("u_abc")).get().extracting(Session::region).isEqualTo("NZ");
      afterRestart.delete("u_abc");
      assertThat(afterRestart.find("u_abc")).isEmpty();
    }
  }

  @OnEveryDatabase
  void anEventIsSeenFirstOnlyOnceEvenAcrossInstances(DatabaseKind kind) {
    try (var test = TestDatabases.fresh(kind)) {
      MutableClock clock = new MutableClock(Instant.parse("2026-11-01T10:00:00Z"));
      JdbcEventLedger one = new JdbcEventLedger(test.database().dataSource(), clock);
      JdbcEventLedger other = new JdbcEventLedger(test.reopen().dataSource(), clock);

      assertThat(one.firstSighting("telegram:1001")).isTrue();
      assertThat(other.firstSighting("telegram:1001")).isFalse();
      assertThat(other.firstSighting("discord:1001")).isTrue();

      clock.advance(Duration.ofDays(8));
      assertThat(one.purgeOlderThan(Duration.ofDays(7))).isEqualTo(2);
      assertThat(one.firstSighting("telegram:1001")).isTrue();
    }
  }

  @OnEveryDatabase
  void votesKeepOneVotePerPersonAndAreErasedOnForget(DatabaseKind kind) {
    try (var test = TestDatabases.fresh(kind)) {
      JdbcFeedbackStore store = new JdbcFeedbackStore(test.database().dataSource(), Clock.systemUTC());

      store.vote("fatigue", "u_1", true);
      store.vote("fatigue", "u_1", false);
      store.vote("fatigue", "u_2", true);
      store.vote("nausea", "u_2", true);

      assertThat(store.votes()).extracting(v -> v.faqId() + ":" + v.helpful() + "/" + v.unhelpful())
          .containsExactly("fatigue:1/1", "nausea:1/0");
      store.forget("u_2");
      assertThat(store.votes()).extracting(v -> v.faqId() + ":" + v.helpful() + "/" + v.unhelpful())
          .containsExactly("fatigue:0/1");
    }
  }

  @OnEveryDatabase
  void abstainedTopicsAreCountedWithoutAnyPerson(DatabaseKind kind) {
    try (var test = TestDatabases.fresh(kind)) {
      JdbcFeedbackStore store = new JdbcFeedbackStore(test.database().dataSource(), Clock.systemUTC());

      store.recordAbstained("cannabis nausea oil");
      store.recordAbstained("cannabis nausea oil");
      store.recordAbstained("parking hospital");

      assertThat(store.abstainedTopics(1)).singleElement()
          .satisfies(t -> {
            assertThat(t.topic()).isEqualTo("cannabis nausea oil");
            assertThat(t.asked()).isEqualTo(2);
          });
    }
  }
}
