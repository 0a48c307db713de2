package org.carecircle.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DiscordSettingsTest {

  @Test
  void aBareRestBaseGetsTheApiPathJdaNeeds() {
    DiscordSettings settings = new DiscordSettings("t0ken", "http://127.0.0.1:4321", null, null, null);
    assertThat(settings.restBaseUrl()).isEqualTo("http://127.0.0.1:4321/api/v10/");
  }

  @Test
  void aRestBaseThatAlreadyEndsInTheApiPathIsKept() {
    assertThat(new DiscordSettings("t", "http://127.0.0.1:1/api/v10/", null, null, null).restBaseUrl())
        .isEqualTo("http://127.0.0.1:1/api/v10/");
    assertThat(new DiscordSettings("t", "https://proxy.example/api/v10", null, null, null).restBaseUrl())
        .isEqualTo("https://proxy.example/api/v10/");
    assertThat(new DiscordSettings("t", "https://proxy.example/", null, null, null).restBaseUrl())
        .isEqualTo("https://proxy.example/api/v10/");
  }

  @Test
  void withoutApiUrlJdaUsesDiscordsOwn() {
    assertThat(DiscordSettings.of("t", null, null).restBaseUrl()).isNull();
  }

  @Test
  void blankOptionalValuesMeanUnset() {
    DiscordSettings settings = new DiscordSettings("t", " ", "", "", " ");
    assertThat(settings.apiUrl()).isNull();
    assertThat(settings.gatewayUrl()).isNull();
    assertThat(settings.moderatorChannelId()).isNull();
    assertThat(settings.moderatorRoleId()).isNull();
    assertThat(settings.moderatorDestination()).isNull();
  }

  @Test
  void impossibleValuesAreRejectedNamingTheKey() {
    assertThatThrownBy(() -> DiscordSettings.of(" ", null, null)).hasMessageContaining("DISCORD_TOKEN");
    assertThatThrownBy(() -> DiscordSettings.of("a b", null, null)).hasMessageContaining("DISCORD_TOKEN");
    assertThatThrownBy(() -> new DiscordSettings("t", "ftp://x", null, null, null))
        .hasMessageContaining("DISCORD_API_URL");
    assertThatThrownBy(() -> new DiscordSettings("t", null, "http://x", null, null))
        .hasMessageContaining("DISCORD_GATEWAY_URL");
    assertThatThrownBy(() -> DiscordSettings.of("t", "#mods", null))
        .hasMessageContaining("DISCORD_MOD_CHANNEL_ID");
    assertThatThrownBy(() -> DiscordSettings.of("t", "1", "role"))
        .hasMessageContaining("DISCORD_MODERATOR_ROLE_ID");
  }

  @Test
  void theTokenNeverShowsInToString() {
    DiscordSettings settings = DiscordSettings.of("very-secret-token", "123", "456");
    assertThat(settings.toString()).doesNotContain("very-secret-token").contains("123", "456");
    assertThat(settings.moderatorDestination()).isEqualTo("discord:123");
  }
}
