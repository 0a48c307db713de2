package org.carecircle.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TelegramSettingsTest {
  static final String TOKEN = "123:secret-part_XYZ";

  @Test
  void toStringNeverShowsTheTokenOrTheWebhookSecret() {
    TelegramSettings settings = new TelegramSettings(TOKEN, URI.create("http://127.0.0.1:8081"), -100L,
        Set.of(5L), URI.create("https://bot.example.org/telegram/webhook"), "hook_secret-1");

    assertThat(settings.toString()).doesNotContain("secret-part").doesNotContain("hook_secret").contains("***");
  }

  @Test
  void impossibleValuesAreRejectedNamingTheKey() {
    assertThatThrownBy(() -> TelegramSettings.polling(" ", null)).hasMessageContaining("TELEGRAM_TOKEN");
    assertThatThrownBy(() -> TelegramSettings.polling("12/3:x", null)).hasMessageContaining("TELEGRAM_TOKEN");
    assertThatThrownBy(() -> TelegramSettings.polling(TOKEN, URI.create("ftp://host")))
        .hasMessageContaining("TELEGRAM_API_URL");
    assertThatThrownBy(() -> TelegramSettings.polling(TOKEN, URI.create("http://host:1/api")))
        .hasMessageContaining("TELEGRAM_API_URL");
    assertThatThrownBy(() -> new TelegramSettings(TOKEN, null, 0L, Set.of(), null, null))
        .hasMessageContaining("TELEGRAM_MOD_CHAT_ID");
    assertThatThrownBy(() -> new TelegramSettings(TOKEN, null, -1L, Set.of(-5L), null, null))
        .hasMessageContaining("TELEGRAM_MODERATOR_IDS");
    assertThatThrownBy(() -> new TelegramSettings(TOKEN, null, null, Set.of(), URI.create("http://plain.example"), null))
        .hasMessageContaining("TELEGRAM_WEBHOOK_URL");
    assertThatThrownBy(() -> new TelegramSettings(TOKEN, null, null, Set.of(), URI.create("https://x.example"), "no spaces"))
        .hasMessageContaining("TELEGRAM_WEBHOOK_SECRET");
  }

  @Test
  void apiUrlGivesSchemeHostAndPortWithSchemeDefaults() {
    assertThat(TelegramAdapter.telegramUrl(URI.create("http://127.0.0.1:8081")).getPort()).isEqualTo(8081);
    assertThat(TelegramAdapter.telegramUrl(URI.create("https://bot-api.internal")).getPort()).isEqualTo(443);
    assertThat(TelegramAdapter.telegramUrl(URI.create("http://bot-api.internal/")).getSchema()).isEqualTo("http");
  }
}
