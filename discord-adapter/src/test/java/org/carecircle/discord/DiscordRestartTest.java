package org.carecircle.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carecircle.discord.fake.FakeDiscord.MEMBER_ID;
import static org.carecircle.discord.fake.FakeDiscord.MODERATOR_CHANNEL_ID;
import static org.carecircle.discord.fake.FakeDiscord.TOKEN;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.carecircle.core.escalation.DeliveryException;
import org.carecircle.core.escalation.EscalationState;
import org.carecircle.core.escalation.ModeratorPost;
import org.carecircle.core.escalation.PostKind;
import org.carecircle.core.message.Platform;
import org.carecircle.core.safety.SafetyLevel;
import org.carecircle.discord.fake.FakeDiscord;
import org.carecircle.discord.fake.RecordedCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sessions that end and begin again: restarts, dropped gateways, posts before login. */
class DiscordRestartTest {
  private FakeDiscord fake;

  @BeforeEach
  void startFake() throws Exception {
    fake = FakeDiscord.start();
  }

  @AfterEach
  void stopFake() throws Exception {
    fake.close();
  }

  private DiscordAdapter adapter() {
    return new DiscordAdapter(
        new DiscordSettings(
            TOKEN,
            fake.url() + "/api/v10/",
            fake.gatewayUrl(),
            Long.toUnsignedString(MODERATOR_CHANNEL_ID),
            null));
  }

  private static ModeratorPost post() {
    return new ModeratorPost(
        9, "esc-9-discord-new", PostKind.NEW, SafetyLevel.CRISIS, Platform.DISCORD, "excerpt",
        List.of("reason"), false, EscalationState.OPEN, "", Instant.now());
  }

  @Test
  void anEscalationPostedWhileTheChannelWasDownAndAgainAfterARestartAppearsOnce() throws Exception {
    DiscordAdapter first = adapter();
    first.start(new ScriptedCore(), new RecordingDesk());
    assertThat(first.awaitReady(Duration.ofSeconds(20))).isTrue();
    // the request reaches Discord, which creates the message, but the answer is lost: a 500
    // after the fact is what a crash mid-call looks like to the next process
    fake.failNext(500, 1, "/channels/" + MODERATOR_CHANNEL_ID + "/messages");
    assertThatThrownBy(() -> first.moderatorChannel().orElseThrow().post(post()))
        .isInstanceOf(DeliveryException.class);
    first.moderatorChannel().orElseThrow().post(post());
    first.close();

    DiscordAdapter second = adapter();
    try {
      second.start(new ScriptedCore(), new RecordingDesk());
      String id = second.moderatorChannel().orElseThrow().post(post());
      assertThat(id).isNotBlank();
    } finally {
      second.close();
    }
    assertThat(
            fake.createdMessagesIn(MODERATOR_CHANNEL_ID).stream()
                .filter(m -> m.path("nonce").asText().equals("esc-9-discord-new")))
        .hasSize(1);
  }

  @Test
  void aPostAskedForBeforeTheSessionIsReadyWaitsForItInsteadOfFailing() throws Exception {
    DiscordAdapter adapter = adapter();
    try {
      CompletableFuture<String> posted =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return adapter.moderatorChannel().orElseThrow().post(post());
                } catch (DeliveryException e) {
                  throw new IllegalStateException(e);
                }
              });
      Thread.sleep(200);
      adapter.start(new ScriptedCore(), new RecordingDesk());
      assertThat(posted.get(15, TimeUnit.SECONDS)).isNotBlank();
    } finally {
      adapter.close();
    }
  }

  @Test
  void afterTheGatewayDropsTheSessionResumesAndStillAnswers() throws Exception {
    DiscordAdapter adapter = adapter();
    try {
      adapter.start(new ScriptedCore(), new RecordingDesk());
      assertThat(adapter.awaitReady(Duration.ofSeconds(20))).isTrue();
      fake.dropGateway();
      long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (fake.gatewayFrames().stream().noneMatch(f -> f.contains("\"op\":6"))
          && System.nanoTime() < end) {
        Thread.sleep(50);
      }
      Thread.sleep(200);
      fake.sendDirectMessage(MEMBER_ID, "What is neutropenia?");
      RecordedCall answer =
          fake.awaitCall(
              c -> c.isSuccessfulMessageCreate() && c.channelId() == fake.dmChannelOf(MEMBER_ID),
              Duration.ofSeconds(15));
      assertThat(answer).isNotNull();
    } finally {
      adapter.close();
    }
  }

  @Test
  void withoutTheMessageContentIntentTheBotRunsOnWithDmsAndMentions() throws Exception {
    fake.refuseMessageContentIntent();
    DiscordAdapter adapter = adapter();
    try {
      adapter.start(new ScriptedCore(), new RecordingDesk());
      assertThat(adapter.awaitReady(Duration.ofSeconds(20))).isTrue();
      assertThat(fake.gatewayFrames().stream().filter(f -> f.contains("\"op\":2"))).hasSize(2);
      fake.sendDirectMessage(MEMBER_ID, "What is neutropenia?");
      assertThat(
              fake.awaitCall(
                  c -> c.isSuccessfulMessageCreate() && c.channelId() == fake.dmChannelOf(MEMBER_ID),
                  Duration.ofSeconds(10)))
          .isNotNull();
    } finally {
      adapter.close();
    }
  }

  @Test
  void withOnlyARestBaseTheGatewayIsTheOneItNames() throws Exception {
    DiscordAdapter adapter =
        new DiscordAdapter(new DiscordSettings(TOKEN, fake.url(), null, null, null));
    try {
      adapter.start(new ScriptedCore(), new RecordingDesk());
      assertThat(adapter.awaitReady(Duration.ofSeconds(20))).isTrue();
      assertThat(fake.recordedCalls()).anyMatch(c -> c.path().equals("/gateway/bot"));
    } finally {
      adapter.close();
    }
  }

  @Test
  void aWrongTokenFailsTheStartWithoutShowingIt() {
    DiscordAdapter adapter =
        new DiscordAdapter(
            new DiscordSettings("wrong-token-value", fake.url(), fake.gatewayUrl(), null, null));
    assertThatThrownBy(() -> adapter.start(new ScriptedCore(), new RecordingDesk()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining("wrong-token-value");
    adapter.close();
  }
}
