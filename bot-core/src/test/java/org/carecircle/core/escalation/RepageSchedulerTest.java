package org.carecircle.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.carecircle.core.safety.SafetyLevel;
import org.carecircle.core.testing.DatabaseKind;
import org.carecircle.core.testing.MutableClock;
import org.carecircle.core.testing.OnEveryDatabase;
import org.carecircle.core.testing.RecordingModeratorChannel;

/** An escalation nobody claims is posted again, louder, until someone does. */
class RepageSchedulerTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @OnEveryDatabase
  void unclaimedCrisisIsPagedAgainLoudlyEveryFiveMinutesUntilClaimed(DatabaseKind kind) {
    var clock = new MutableClock(Instant.now().minus(Duration.ofHours(1)));
    var discord = new RecordingModeratorChannel(EscalationRig.DISCORD);
    var telegram = new RecordingModeratorChannel(EscalationRig.TELEGRAM);
    try (var rig = new EscalationRig(kind, clock, List.of(discord, telegram))) {
      rig.startDispatcher();
      var repager = new RepageScheduler(rig.database, rig.destinations(), RepageSettings.defaults(),
          clock, () -> { });
      long id = rig.service.open(EscalationRig.crisis("u_a", "telegram:1")).id();

      clock.advance(Duration.ofMinutes(4));
      assertThat(repager.repageDue()).isZero();
      clock.advance(Duration.ofMinutes(1));
      assertThat(repager.repageDue()).isEqualTo(1);
      assertThat(repager.repageDue()).isZero();
      clock.advance(Duration.ofMinutes(5));
      assertThat(repager.repageDue()).isEqualTo(1);
      rig.service.claim(id, EscalationRig.moderator(EscalationRig.DISCORD));
      clock.advance(Duration.ofMinutes(30));
      assertThat(repager.repageDue()).isZero();

      List<ModeratorPost> repages =
          telegram.awaitPosts(4, WAIT).stream().filter(p -> p.kind() == PostKind.REPAGE).toList();
      assertThat(repages).hasSize(2).allSatisfy(p -> {
        assertThat(p.loud()).isTrue();
        assertThat(p.escalationId()).isEqualTo(id);
        assertThat(p.excerpt()).isEqualTo("I do not see a way through tonight");
      });
      assertThat(repages.stream().map(ModeratorPost::idempotencyKey).collect(Collectors.toSet()))
          .hasSize(2);
      assertThat(rig.service.find(id).orElseThrow().pageCount()).isEqualTo(2);
    }
  }

  @OnEveryDatabase
  void distressWaitsThirtyMinutesBeforeItIsPagedAgain(DatabaseKind kind) {
    var clock = new MutableClock(Instant.now().minus(Duration.ofHours(2)));
    try (var rig = new EscalationRig(kind, clock,
        List.of(new RecordingModeratorChannel(EscalationRig.DISCORD)))) {
      var repager = new RepageScheduler(rig.database, rig.destinations(), RepageSettings.defaults(),
          clock, () -> { });
      rig.service.open(EscalationRig.at(SafetyLevel.DISTRESS, "u_b", "telegram:2"));
      rig.service.open(EscalationRig.at(SafetyLevel.MEDICAL, "u_c", "telegram:3"));

      clock.advance(Duration.ofMinutes(6));
      assertThat(repager.repageDue()).isEqualTo(1); // the medical one
      clock.advance(Duration.ofMinutes(24));
      assertThat(repager.repageDue()).isEqualTo(2); // distress at 30, medical again
    }
  }
}
