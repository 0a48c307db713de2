package org.carecircle.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.carecircle.core.persistence.Database;
import org.carecircle.core.testing.DatabaseKind;
import org.carecircle.core.testing.FlakyModeratorChannel;
import org.carecircle.core.testing.OnEveryDatabase;
import org.carecircle.core.testing.RecordingModeratorChannel;

/** Escalations are never lost and never posted twice, whatever the platforms and processes do. */
class OutboxDeliveryTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @OnEveryDatabase
  void destinationFailingFiveTimesThenSucceedingGetsExactlyOnePost(DatabaseKind kind) throws Exception {
    var flaky = FlakyModeratorChannel.failing(EscalationRig.TELEGRAM, 5);
    var steady = new RecordingModeratorChannel(EscalationRig.DISCORD);
    try (var rig = EscalationRig.on(kind, flaky, steady)) {
      rig.startDispatcher();

      long id = rig.service.open(EscalationRig.crisis("u_a", "telegram:1")).id();

      assertThat(flaky.awaitPosts(1, WAIT)).hasSize(1);
      Thread.sleep(300); // room for a wrong second post to show up
      assertThat(flaky.posts()).singleElement().satisfies(p -> {
        assertThat(p.escalationId()).isEqualTo(id);
        assertThat(p.kind()).isEqualTo(PostKind.NEW);
      });
      assertThat(flaky.attempts()).isEqualTo(6);
      assertThat(steady.posts()).hasSize(1);
      assertThat(stateCounts(rig.database)).containsExactly("DELIVERED=2");
    }
  }

  @OnEveryDatabase
  void processKilledBetweenCommitAndDeliveryDeliversExactlyOnceAfterRestart(DatabaseKind kind)
      throws Exception {
    var telegram = new RecordingModeratorChannel(EscalationRig.TELEGRAM);
    var discord = new RecordingModeratorChannel(EscalationRig.DISCORD);
    try (var rig = EscalationRig.on(kind, telegram, discord)) {
      // Committed, then the process dies before any dispatcher ran: nothing was posted.
      long id = rig.service.open(EscalationRig.crisis("u_b", "telegram:2")).id();
      rig.database.close();
      assertThat(telegram.posts()).isEmpty();

      // A restarted process: a new pool over the same data and a new dispatcher.
      Database restarted = rig.testDatabase.reopen();
      rig.startDispatcher(restarted, DeliverySettings.fast());

      assertThat(telegram.awaitPosts(1, WAIT)).extracting(ModeratorPost::escalationId).containsExactly(id);
      assertThat(discord.awaitPosts(1, WAIT)).hasSize(1);
      Thread.sleep(300);
      assertThat(telegram.posts()).hasSize(1);
      assertThat(discord.posts()).hasSize(1);
    }
  }

  @OnEveryDatabase
  void recordParkedWhileThePlatformWasDownIsRetriedAtOnceAfterARestart(DatabaseKind kind)
      throws Exception {
    var flaky = FlakyModeratorChannel.failing(EscalationRig.TELEGRAM, 4);
    DeliverySettings parkForAnHour =
        new DeliverySettings(
            2, Duration.ofMillis(2), 1.5, 0.2, 3, Duration.ofSeconds(2), Duration.ofHours(1),
            Duration.ofHours(1), Duration.ofSeconds(30), Duration.ofMillis(50));
    try (var rig = EscalationRig.on(kind, flaky)) {
      OutboxDispatcher first = rig.startDispatcher(rig.database, parkForAnHour);
      long id = rig.service.open(EscalationRig.crisis("u_p", "telegram:park")).id();
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (flaky.attempts() < 3 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      Thread.sleep(200);
      first.close();
      assertThat(flaky.posts()).isEmpty();

      rig.startDispatcher(rig.testDatabase.reopen(), parkForAnHour);

      assertThat(flaky.awaitPosts(1, WAIT)).extracting(ModeratorPost::escalationId).containsExactly(id);
      Thread.sleep(300);
      assertThat(flaky.posts()).hasSize(1);
    }
  }

  @OnEveryDatabase
  void recordLeasedByAnInstanceThatDiedIsDeliveredOnceItsLeaseRunsOut(DatabaseKind kind)
      throws Exception {
    var telegram = new RecordingModeratorChannel(EscalationRig.TELEGRAM);
    try (var rig = EscalationRig.on(kind, telegram)) {
      long id = rig.service.open(EscalationRig.crisis("u_c", "telegram:3")).id();
      // The dead instance leased the record for a short while and never finished it.
      Outbox outbox = new Outbox(rig.database);
      assertThat(outbox.lease("dead-instance/1", rig.clock.instant(), Duration.ofMillis(300), 10))
          .hasSize(1);

      rig.startDispatcher();

      assertThat(telegram.awaitPosts(1, WAIT)).extracting(ModeratorPost::escalationId).containsExactly(id);
      Thread.sleep(200);
      assertThat(telegram.posts()).hasSize(1);
    }
  }

  @OnEveryDatabase
  void thousandConcurrentEscalationsAreAllDeliveredNoneTwice(DatabaseKind kind) throws Exception {
    var telegram = new RecordingModeratorChannel(EscalationRig.TELEGRAM);
    var discord = new RecordingModeratorChannel(EscalationRig.DISCORD);
    try (var rig = EscalationRig.on(kind, telegram, discord)) {
      // Two instances compete for the same outbox, each with its own pool.
      rig.startDispatcher(rig.database, DeliverySettings.fast());
      rig.startDispatcher(rig.testDatabase.reopen(), DeliverySettings.fast());

      ExecutorService people = Executors.newFixedThreadPool(8);
      List<CompletableFuture<Long>> opened = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        String user = "u_" + i;
        opened.add(CompletableFuture.supplyAsync(
            () -> rig.service.open(EscalationRig.crisis(user, "telegram:event-" + user)).id(), people));
      }
      Set<Long> ids = opened.stream().map(CompletableFuture::join).collect(Collectors.toSet());
      people.shutdown();
      assertThat(people.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
      assertThat(ids).hasSize(1000);

      for (var channel : List.of(telegram, discord)) {
        List<ModeratorPost> posts = channel.awaitPosts(1000, Duration.ofSeconds(60));
        assertThat(posts).hasSize(1000);
        assertThat(posts.stream().map(ModeratorPost::escalationId).collect(Collectors.toSet()))
            .isEqualTo(ids);
      }
      Thread.sleep(300);
      assertThat(telegram.posts()).hasSize(1000);
      assertThat(discord.posts()).hasSize(1000);
      assertThat(stateCounts(rig.database)).containsExactly("DELIVERED=2000");
    }
  }

  @OnEveryDatabase
  void postsAlreadyDueGoOutBeforeAGracefulShutdown(DatabaseKind kind) {
    var slow =
        new RecordingModeratorChannel(EscalationRig.TELEGRAM) {
          @Override
          public String post(ModeratorPost post) throws DeliveryException {
            try {
              Thread.sleep(150); // a platform taking its time to answer
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw DeliveryException.retryable("interrupted", e);
            }
            return super.post(post);
          }
        };
    try (var rig = EscalationRig.on(kind, slow)) {
      OutboxDispatcher dispatcher = rig.startDispatcher();
      for (int i = 0; i < 3; i++) {
        rig.service.open(EscalationRig.crisis("u_s" + i, "telegram:s" + i));
      }

      dispatcher.drain(Duration.ofSeconds(5));
      dispatcher.close();

      assertThat(slow.posts()).hasSize(3);
      assertThat(stateCounts(rig.database)).containsExactly("DELIVERED=3");
    }
  }

  @OnEveryDatabase
  void retryAfterOfThePlatformIsHonoured(DatabaseKind kind) {
    var limited = FlakyModeratorChannel.rateLimitedOnce(EscalationRig.TELEGRAM, Duration.ofMillis(400));
    try (var rig = EscalationRig.on(kind, limited)) {
      rig.startDispatcher();
      rig.service.open(EscalationRig.crisis("u_d", "telegram:4"));

      assertThat(limited.awaitPosts(1, WAIT)).hasSize(1);
      var calls = limited.callTimes();
      assertThat(calls).hasSize(2);
      assertThat(Duration.between(calls.get(0), calls.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }
  }

  @OnEveryDatabase
  void postLandsWithinTwoSecondsThroughThreeServerErrorsAndARateLimit(DatabaseKind kind) {
    var channel =
        new FlakyModeratorChannel(
            EscalationRig.TELEGRAM,
            List.of(
                DeliveryException.retryable("502", null),
                DeliveryException.retryable("503", null),
                DeliveryException.retryable("500", null),
                DeliveryException.rateLimited(Duration.ofMillis(250))));
    try (var rig = EscalationRig.on(kind, channel)) {
      rig.startDispatcher(rig.database, DeliverySettings.defaults());
      long started = System.nanoTime();
      rig.service.open(EscalationRig.crisis("u_e", "telegram:5"));

      assertThat(channel.awaitPosts(1, WAIT)).hasSize(1);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertThat(took).isLessThan(Duration.ofSeconds(2));
      assertThat(channel.attempts()).isEqualTo(5);
    }
  }

  @OnEveryDatabase
  void destinationThatRefusesForGoodIsMarkedFailedWhileOthersGetThePost(DatabaseKind kind)
      throws Exception {
    var refusing = FlakyModeratorChannel.refusing(EscalationRig.TELEGRAM);
    var discord = new RecordingModeratorChannel(EscalationRig.DISCORD);
    try (var rig = EscalationRig.on(kind, refusing, discord)) {
      rig.startDispatcher();
      rig.service.open(EscalationRig.crisis("u_f", "telegram:6"));

      assertThat(discord.awaitPosts(1, WAIT)).hasSize(1);
      Thread.sleep(200);
      assertThat(refusing.attempts()).isEqualTo(1);
      assertThat(stateCounts(rig.database)).containsExactlyInAnyOrder("DELIVERED=1", "FAILED=1");
    }
  }

  @OnEveryDatabase
  void duplicatePlatformEventNeverOpensASecondEscalation(DatabaseKind kind) throws Exception {
    var telegram = new RecordingModeratorChannel(EscalationRig.TELEGRAM);
    try (var rig = EscalationRig.on(kind, telegram)) {
      rig.startDispatcher();
      ExecutorService redeliveries = Executors.newFixedThreadPool(6);
      List<CompletableFuture<OpenedEscalation>> attempts = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        attempts.add(CompletableFuture.supplyAsync(
            () -> rig.service.open(EscalationRig.crisis("u_g", "telegram:777")), redeliveries));
      }
      List<OpenedEscalation> results = attempts.stream().map(CompletableFuture::join).toList();
      redeliveries.shutdown();

      assertThat(results.stream().map(OpenedEscalation::id).distinct()).hasSize(1);
      assertThat(results.stream().filter(r -> !r.duplicate())).hasSize(1);
      assertThat(telegram.awaitPosts(1, WAIT)).hasSize(1);
      Thread.sleep(200);
      assertThat(telegram.posts()).hasSize(1);
    }
  }

  @OnEveryDatabase
  void idempotencyKeysFitDiscordNoncesAndDifferPerDestination(DatabaseKind kind) {
    var telegram = new RecordingModeratorChannel(EscalationRig.TELEGRAM);
    var discord = new RecordingModeratorChannel(EscalationRig.DISCORD);
    try (var rig = EscalationRig.on(kind, telegram, discord)) {
      rig.startDispatcher();
      rig.service.open(EscalationRig.crisis("u_h", "telegram:8"));

      String a = telegram.awaitPosts(1, WAIT).get(0).idempotencyKey();
      String b = discord.awaitPosts(1, WAIT).get(0).idempotencyKey();
      assertThat(a).hasSizeLessThanOrEqualTo(25).isNotEqualTo(b);
      assertThat(b).hasSizeLessThanOrEqualTo(25);
    }
  }

  static List<String> stateCounts(Database database) {
    return database.withConnection(c -> {
      List<String> counts = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
              "SELECT state, COUNT(*) FROM outbox GROUP BY state ORDER BY state");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          counts.add(rs.getString(1) + "=" + rs.getLong(2));
        }
      }
      return counts;
    });
  }
}
