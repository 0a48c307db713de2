package org.carecircle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration: YAML plus environment, the environment winning, errors naming the key. */
class BotSettingsTest {
  @TempDir Path dir;

  private BotSettings settings(Map<String, String> file, Map<String, String> env) {
    return BotSettings.from(ConfigSource.of(file, env));
  }

  @Test
  void defaultsNeedNoConfigurationAtAll() {
    BotSettings s = settings(Map.of(), Map.of());

    assertThat(s.discordEnabled()).isFalse();
    assertThat(s.telegramEnabled()).isFalse();
    assertThat(s.defaultRegion()).isEqualTo("US");
    assertThat(s.httpPort()).isEqualTo(8080);
    assertThat(s.retentionDays()).isEqualTo(30);
    assertThat(s.communityName()).isEqualTo("the community");
    assertThat(s.jdbcUrl()).startsWith("jdbc:h2:file:").contains("data");
  }

  @Test
  void theEnvironmentWinsOverTheFile() throws IOException {
    Path yaml = dir.resolve("bot.yaml");
    Files.writeString(yaml, "BOT_DEFAULT_REGION: GB\nbot:\n  community_name: Brave Hearts\n  http_port: 9000\nkb:\n  path: /srv/kb\n");

    BotSettings s =
        BotSettings.from(ConfigSource.load(yaml, true, Map.of("BOT_HTTP_PORT", "9100")));

    assertThat(s.defaultRegion()).isEqualTo("GB");
    assertThat(s.communityName()).isEqualTo("Brave Hearts");
    assertThat(s.httpPort()).isEqualTo(9100);
    assertThat(s.kbPath()).contains(Path.of("/srv/kb"));
  }

  @Test
  void aWrongValueIsRefusedWithAMessageNamingItsKey() {
    assertThatThrownBy(() -> settings(Map.of(), Map.of("BOT_HTTP_PORT", "eighty")))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("BOT_HTTP_PORT");
    assertThatThrownBy(() -> settings(Map.of(), Map.of("BOT_DEFAULT_REGION", "Atlantis")))
        .hasMessageContaining("BOT_DEFAULT_REGION");
    assertThatThrownBy(() -> settings(Map.of("BOT_RETENTION_DAYS", "0"), Map.of()))
        .hasMessageContaining("BOT_RETENTION_DAYS");
    assertThatThrownBy(() -> settings(Map.of(), Map.of("DISCORD_MOD_CHANNEL_ID", "#moderators")))
        .hasMessageContaining("DISCORD_MOD_CHANNEL_ID");
    assertThatThrownBy(() -> settings(Map.of(), Map.of("TELEGRAM_MODERATOR_IDS", "12,abc")))
        .hasMessageContaining("TELEGRAM_MODERATOR_IDS");
    assertThatThrownBy(() -> settings(Map.of(), Map.of("TELEGRAM_WEBHOOK_URL", "http://insecure.example")))
        .hasMessageContaining("TELEGRAM_WEBHOOK_URL");
    assertThatThrownBy(() -> settings(Map.of(), Map.of("BOT_DB_URL", "mysql://x")))
        .hasMessageContaining("BOT_DB_URL");
    assertThatThrownBy(() -> settings(Map.of(), Map.of("BOT_PSEUDONYM_KEY", "short")))
        .hasMessageContaining("BOT_PSEUDONYM_KEY");
  }

  @Test
  void malformedYamlIsRefusedWithTheFileName() throws IOException {
    Path yaml = dir.resolve("broken.yaml");
    Files.writeString(yaml, "BOT_DEFAULT_REGION: [unclosed\n");

    assertThatThrownBy(() -> ConfigSource.load(yaml, true, Map.of()))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("broken.yaml");
  }

  @Test
  void anExplicitConfigFileThatDoesNotExistIsAnError() {
    assertThatThrownBy(() -> ConfigSource.load(dir.resolve("missing.yaml"), true, Map.of()))
        .hasMessageContaining("missing.yaml");
  }

  @Test
  void secretsNeverShowInTextOrErrors() {
    BotSettings s =
        settings(Map.of(), Map.of("TELEGRAM_TOKEN", "123456:SECRET-TOKEN-VALUE-abcdefghij", "DISCORD_TOKEN", "discord.secret.value"));

    assertThat(s.toString()).doesNotContain("SECRET-TOKEN-VALUE", "discord.secret.value");
    assertThatThrownBy(() -> settings(Map.of(), Map.of("TELEGRAM_TOKEN", "abc/def ghi")))
        .hasMessageNotContaining("abc/def");
  }
}
