package org.carecircle.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.carecircle.core.escalation.EscalationState;
import org.carecircle.core.escalation.ModeratorPost;
import org.carecircle.core.escalation.PostKind;
import org.carecircle.core.message.Platform;
import org.carecircle.core.safety.SafetyLevel;
import org.junit.jupiter.api.Test;

class DiscordModeratorChannelTest {

  private static ModeratorPost post(PostKind kind, boolean loud, EscalationState state, String excerpt) {
    return new ModeratorPost(
        77, "esc-77-" + kind, kind, SafetyLevel.CRISIS, Platform.TELEGRAM, excerpt,
        List.of("explicit *plan*"), loud, state, "", Instant.parse("2026-01-01T00:00:00Z"));
  }

  private static DiscordModeratorChannel channel(String roleId) {
    return new DiscordModeratorChannel(new DiscordConnection(), "555", roleId, Duration.ofSeconds(1));
  }

  @Test
  void theEmbedShowsLevelReasonsEscapedExcerptAndId() {
    DataObject json =
        channel("9").render(post(PostKind.NEW, false, EscalationState.OPEN, "help __me__ @here")).toData();
    DataObject embed = json.getArray("embeds").getObject(0);
    assertThat(embed.getString("title")).isEqualTo("Escalation #77 · CRISIS");
    assertThat(embed.getString("description")).contains("\\_\\_me\\_\\_").contains("@\u200bhere");
    assertThat(embed.getObject("footer").getString("text")).startsWith("#77");
    assertThat(embed.toString()).contains("explicit \\\\*plan\\\\*");
    assertThat(json.getObject("allowed_mentions").getArray("parse").length()).isZero();
    assertThat(json.getString("content", "")).isEmpty();
  }

  @Test
  void anOpenEscalationOffersClaimResolveAndReply() {
    DataObject row =
        channel("9").render(post(PostKind.NEW, false, EscalationState.OPEN, "x")).toData()
            .getArray("components").getObject(0);
    assertThat(row.getArray("components").length()).isEqualTo(3);
    assertThat(row.getArray("components").getObject(0).getString("custom_id")).isEqualTo("mod:claim:77");
    assertThat(row.getArray("components").getObject(2).getString("custom_id")).isEqualTo("mod:reply:77");
  }

  @Test
  void aResolvedUpdateHasNoButtons() {
    DataObject json =
        channel("9").render(post(PostKind.UPDATE, false, EscalationState.RESOLVED, "")).toData();
    assertThat(json.getArray("components").length()).isZero();
  }

  @Test
  void anApplicationOffersApproveAndDecline() {
    DataObject row =
        channel(null).render(post(PostKind.APPLICATION, false, EscalationState.OPEN, "Wants to join")).toData()
            .getArray("components").getObject(0);
    assertThat(row.getArray("components").getObject(0).getString("custom_id")).isEqualTo("app:approve:77");
    assertThat(row.getArray("components").getObject(1).getString("custom_id")).isEqualTo("app:decline:77");
  }

  @Test
  void aLoudRepageMayPingTheModeratorRoleAndNothingElse() {
    DataObject json =
        channel("9").render(post(PostKind.REPAGE, true, EscalationState.OPEN, "@everyone")).toData();
    DataObject allowed = json.getObject("allowed_mentions");
    assertThat(allowed.getArray("parse").length()).isZero();
    assertThat(allowed.getArray("roles").length()).isEqualTo(1);
    assertThat(allowed.getArray("roles").getString(0)).isEqualTo("9");
    assertThat(json.getString("content")).startsWith("<@&9>");
  }

  @Test
  void withoutARoleALoudRepagePingsOnlyThoseHere() {
    DataObject json =
        channel(null).render(post(PostKind.REPAGE, true, EscalationState.OPEN, "x")).toData();
    assertThat(json.getString("content")).startsWith("@here ");
    assertThat(json.getObject("allowed_mentions").getArray("parse").toList()).containsExactly("everyone");
  }

  @Test
  void idempotencyKeysBecomeNoncesOfAtMostTwentyFiveCharacters() {
    assertThat(DiscordModeratorChannel.nonce("esc-1-new")).isEqualTo("esc-1-new");
    String longKey = "escalation-123456789-discord:910000000000000100-repage-3";
    assertThat(DiscordModeratorChannel.nonce(longKey))
        .hasSize(25)
        .isEqualTo(DiscordModeratorChannel.nonce(longKey))
        .isNotEqualTo(DiscordModeratorChannel.nonce(longKey + "x"));
  }

  @Test
  void anEscalationsThreadIsKnownByItsName() {
    assertThat(DiscordModeratorChannel.escalationOfThread("Escalation #42")).isEqualTo(42);
    assertThat(DiscordModeratorChannel.escalationOfThread("general chat")).isEqualTo(-1);
  }
}
