package org.carecircle.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.carecircle.core.message.Audience;
import org.carecircle.core.message.Platform;
import org.carecircle.core.persistence.Database;
import org.carecircle.core.testing.DatabaseKind;
import org.carecircle.core.testing.OnEveryDatabase;
import org.carecircle.core.testing.RecordingModeratorChannel;

/** Only configured moderators act, from moderator destinations; everything they try is audited. */
class ModeratorDeskTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @OnEveryDatabase
  void unauthorisedClaimResolveAndRelayAreRefusedAndAudited(DatabaseKind kind) throws Exception {
    var discord = new RecordingModeratorChannel(EscalationRig.DISCORD);
    try (var rig = EscalationRig.on(kind, discord)) {
      rig.startDispatcher();
      long id = rig.service.open(EscalationRig.crisis("u_a", "telegram:1")).id();
      var notAModerator =
          new ModeratorRef(Platform.DISCORD, "user-5", "Sam", EscalationRig.DISCORD, false);
      var moderatorInTheWrongPlace =
          new ModeratorRef(Platform.DISCORD, "mod-77", "Robin", "discord:general", true);

      List<ActionResult> results = new ArrayList<>();
      for (ModeratorRef who : List.of(notAModerator, moderatorInTheWrongPlace)) {
        results.add(rig.service.claim(id, who));
        results.add(rig.service.resolve(id, who));
        results.add(rig.service.relay(id, who, "hello from a stranger"));
      }

      assertThat(results).allSatisfy(r -> {
        assertThat(r.accepted()).isFalse();
        assertThat(r.message()).contains("Only the moderators of Sunrise Circle");
      });
      assertThat(rig.service.find(id).orElseThrow().state()).isEqualTo(EscalationState.OPEN);
      assertThat(audit(rig.database, id))
          .containsExactly(
              "CLAIM refused not authorised", "RESOLVE refused not authorised",
              "RELAY refused not authorised", "CLAIM refused not authorised",
              "RESOLVE refused not authorised", "RELAY refused not authorised");
      Thread.sleep(200);
      assertThat(rig.telegramPeople.sent()).isEmpty();
      assertThat(discord.posts(PostKind.UPDATE)).isEmpty();
    }
  }

  @OnEveryDatabase
  void claimIsShownOnTheOtherDestinationsAndASecondClaimIsRefused(DatabaseKind kind) {
    var discord = new RecordingModeratorChannel(EscalationRig.DISCORD);
    var telegram = new RecordingModeratorChannel(EscalationRig.TELEGRAM);
    try (var rig = EscalationRig.on(kind, discord, telegram)) {
      rig.startDispatcher();
      long id = rig.service.open(EscalationRig.crisis("u_b", "telegram:2")).id();

      ActionResult first = rig.service.claim(id, EscalationRig.moderator(EscalationRig.DISCORD));
      var other = new ModeratorRef(Platform.TELEGRAM, "42", "Kim", EscalationRig.TELEGRAM, true);
      ActionResult second = rig.service.claim(id, other);

      assertThat(first.accepted()).isTrue();
      assertThat(second.accepted()).isFalse();
      assertThat(second.message()).contains("already claimed by Robin");
      Escalation e = rig.service.find(id).orElseThrow();
      assertThat(e.state()).isEqualTo(EscalationState.CLAIMED);
      assertThat(e.claimedDestination()).isEqualTo(EscalationRig.DISCORD);
      List<ModeratorPost> onTelegram = telegram.awaitPosts(2, WAIT);
      assertThat(onTelegram).extracting(ModeratorPost::kind).containsExactly(PostKind.NEW, PostKind.UPDATE);
      assertThat(onTelegram.get(1).actor()).isEqualTo("Robin");
      assertThat(onTelegram.get(1).state()).isEqualTo(EscalationState.CLAIMED);
      assertThat(discord.awaitPosts(1, WAIT)).extracting(ModeratorPost::kind).containsExactly(PostKind.NEW);
      assertThat(audit(rig.database, id)).containsExactly("CLAIM accepted claimed", "CLAIM refused already claimed");
    }
  }

  @OnEveryDatabase
  void resolvedEscalationCannotBeResolvedOrRelayedAgain(DatabaseKind kind) {
    try (var rig = EscalationRig.on(kind, new RecordingModeratorChannel(EscalationRig.DISCORD))) {
      long id = rig.service.open(EscalationRig.crisis("u_c", "telegram:3")).id();
      var robin = EscalationRig.moderator(EscalationRig.DISCORD);

      assertThat(rig.service.resolve(id, robin).accepted()).isTrue();
      assertThat(rig.service.resolve(id, robin).message()).contains("already resolved");
      assertThat(rig.service.relay(id, robin, "are you ok?").accepted()).isFalse();
      assertThat(rig.service.openEscalationOf("u_c")).isEmpty();
      assertThat(rig.service.claim(999_999, robin).message()).contains("no escalation #999999");
    }
  }

  @OnEveryDatabase
  void relayReachesThePersonSignedAsAModeratorOfTheCommunity(DatabaseKind kind) {
    try (var rig = EscalationRig.on(kind, new RecordingModeratorChannel(EscalationRig.DISCORD))) {
      rig.startDispatcher();
      long id = rig.service.open(EscalationRig.crisis("u_d", "telegram:4")).id();

      ActionResult result =
          rig.service.relay(id, EscalationRig.moderator(EscalationRig.DISCORD), "We are here with you.");

      assertThat(result.accepted()).isTrue();
      var sent = rig.telegramPeople.awaitSent(1, WAIT);
      assertThat(sent).singleElement().satisfies(s -> {
        assertThat(s.conversationId()).isEqualTo("chat-u_d");
        assertThat(s.reply().text())
            .contains("A moderator of Sunrise Circle writes")
            .contains("We are here with you.")
            .doesNotContain("Robin");
        assertThat(s.reply().audience()).isEqualTo(Audience.PRIVATE);
      });
    }
  }

  @OnEveryDatabase
  void followUpReachesTheClaimingModeratorOnly(DatabaseKind kind) throws Exception {
    var discord = new RecordingModeratorChannel(EscalationRig.DISCORD);
    var telegram = new RecordingModeratorChannel(EscalationRig.TELEGRAM);
    try (var rig = EscalationRig.on(kind, discord, telegram)) {
      rig.startDispatcher();
      long id = rig.service.open(EscalationRig.crisis("u_e", "telegram:5")).id();
      rig.service.followUp(id, "still awake, still scared");
      rig.service.claim(id, EscalationRig.moderator(EscalationRig.DISCORD));

      rig.service.followUp(id, "thank you for answering");

      assertThat(discord.awaitPosts(3, WAIT))
          .extracting(ModeratorPost::kind, ModeratorPost::excerpt)
          .contains(
              org.assertj.core.groups.Tuple.tuple(PostKind.FOLLOW_UP, "still awake, still scared"),
              org.assertj.core.groups.Tuple.tuple(PostKind.FOLLOW_UP, "thank you for answering"));
      assertThat(telegram.awaitPosts(3, WAIT)).extracting(ModeratorPost::excerpt)
          .contains("still awake, still scared")
          .doesNotContain("thank you for answering");
      Thread.sleep(200);
      assertThat(telegram.posts(PostKind.FOLLOW_UP)).hasSize(1);
      assertThat(rig.service.openEscalationOf("u_e")).contains(id);
    }
  }

  @OnEveryDatabase
  void notesAreKeptWithTheEscalationAndAudited(DatabaseKind kind) {
    try (var rig = EscalationRig.on(kind, new RecordingModeratorChannel(EscalationRig.DISCORD))) {
      long id = rig.service.open(EscalationRig.crisis("u_f", "telegram:6")).id();

      ActionResult result =
          rig.service.note(id, EscalationRig.moderator(EscalationRig.DISCORD), "called back, safe for now");

      assertThat(result.accepted()).isTrue();
      assertThat(rig.service.notesOf(id)).containsExactly("called back, safe for now");
      assertThat(audit(rig.database, id)).containsExactly("NOTE accepted noted");
    }
  }

  @OnEveryDatabase
  void approvedApplicationSendsThePersonAOneUseInvite(DatabaseKind kind) {
    var discord = new RecordingModeratorChannel(EscalationRig.DISCORD);
    try (var rig = EscalationRig.on(kind, discord)) {
      rig.startDispatcher();
      long id = rig.applications.apply(new ApplicationRequest(Platform.TELEGRAM, "u_g", "chat-u_g",
          "carers-evening", "Carers' evening circle", "https://t.me/+carers"));

      assertThat(discord.awaitPosts(1, WAIT)).singleElement().satisfies(p -> {
        assertThat(p.kind()).isEqualTo(PostKind.APPLICATION);
        assertThat(p.escalationId()).isEqualTo(id);
        assertThat(p.excerpt()).contains("Carers' evening circle");
      });
      ActionResult approved =
          rig.service.approveApplication(id, EscalationRig.moderator(EscalationRig.DISCORD));
      ActionResult again =
          rig.service.approveApplication(id, EscalationRig.moderator(EscalationRig.DISCORD));

      assertThat(approved.accepted()).isTrue();
      assertThat(again.accepted()).isFalse();
      assertThat(rig.telegramInvites.groupLinks()).containsExactly("https://t.me/+carers");
      assertThat(rig.telegramPeople.awaitSent(1, WAIT)).singleElement().satisfies(s -> {
        assertThat(s.conversationId()).isEqualTo("chat-u_g");
        assertThat(s.reply().text()).contains("https://invite.example/telegram/1");
      });
    }
  }

  @OnEveryDatabase
  void declinedApplicationSendsAKindNoteAndStrangersCannotDecide(DatabaseKind kind) {
    try (var rig = EscalationRig.on(kind, new RecordingModeratorChannel(EscalationRig.DISCORD))) {
      rig.startDispatcher();
      long id = rig.applications.apply(new ApplicationRequest(Platform.TELEGRAM, "u_h", "chat-u_h",
          "young-adults", "Young adults", "https://t.me/+young"));
      var stranger = new ModeratorRef(Platform.TELEGRAM, "9", "Lee", EscalationRig.DISCORD, false);

      assertThat(rig.service.approveApplication(id, stranger).accepted()).isFalse();
      assertThat(rig.service.declineApplication(id, EscalationRig.moderator(EscalationRig.DISCORD))
          .accepted()).isTrue();

      assertThat(rig.telegramInvites.groupLinks()).isEmpty();
      assertThat(rig.telegramPeople.awaitSent(1, WAIT)).singleElement()
          .satisfies(s -> assertThat(s.reply().text()).contains("Young adults").contains("/groups"));
    }
  }

  static List<String> audit(Database database, long subjectId) {
    return database.withConnection(c -> {
      List<String> rows = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT action, accepted, detail FROM moderator_audit WHERE subject_id = ? ORDER BY id")) {
        ps.setLong(1, subjectId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.add(rs.getString(1) + " " + (rs.getBoolean(2) ? "accepted" : "refused") + " "
                + rs.getString(3));
          }
        }
      }
      return rows;
    });
  }
}
