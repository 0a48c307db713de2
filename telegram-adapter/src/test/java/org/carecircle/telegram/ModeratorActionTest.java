package org.carecircle.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ModeratorActionTest {

  @Test
  void everyActionSurvivesARoundTripWithinTelegramsSixtyFourBytes() {
    for (ModeratorAction.Verb verb : ModeratorAction.Verb.values()) {
      ModeratorAction action = verb.name().endsWith("JOIN")
          ? ModeratorAction.join(verb, -1001234567890123L, 9_999_999_999L)
          : ModeratorAction.of(verb, Long.MAX_VALUE);
      assertThat(action.data().getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(64);
      assertThat(ModeratorAction.parse(action.data())).contains(action);
    }
  }

  @Test
  void peoplesButtonPayloadsAreNotModeratorActions() {
    assertThat(ModeratorAction.parse("fb:up:fatigue")).isEmpty();
    assertThat(ModeratorAction.parse("m:c:abc")).isEmpty();
    assertThat(ModeratorAction.parse("m:c:1:2")).isEmpty();
    assertThat(ModeratorAction.parse(null)).isEmpty();
  }

  @Test
  void groupLinksNameTheChatForInvites() throws Exception {
    assertThat(TelegramInviteIssuer.chatIdOf("https://t.me/c/1234567890")).isEqualTo("-1001234567890");
    assertThat(TelegramInviteIssuer.chatIdOf("https://t.me/carers_circle")).isEqualTo("@carers_circle");
    assertThat(TelegramInviteIssuer.chatIdOf("-1001234")).isEqualTo("-1001234");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TelegramInviteIssuer.chatIdOf("https://t.me/+AbCdEf"))
        .isInstanceOf(org.carecircle.core.escalation.DeliveryException.class)
        .satisfies(e -> assertThat(((org.carecircle.core.escalation.DeliveryException) e).isPermanent()).isTrue());
  }
}
