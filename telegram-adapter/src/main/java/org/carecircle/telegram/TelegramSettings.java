package org.carecircle.telegram;

import java.net.URI;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Telegram adapter's configuration, built by the app from {@code TELEGRAM_*} keys. Immutable;
 * {@link #toString()} never shows the token or the webhook secret.
 *
 * @param token the bot token (TELEGRAM_TOKEN); it ends up in request paths only
 * @param apiUrl Bot API base URL (TELEGRAM_API_URL), or null for Telegram's own
 * @param moderatorChatId the moderator group (TELEGRAM_MOD_CHAT_ID), or null for none
 * @param moderatorIds user ids allowed to act (TELEGRAM_MODERATOR_IDS); empty means the moderator
 *     chat's administrators
 * @param webhookUrl public https URL for webhook mode (TELEGRAM_WEBHOOK_URL), or null for long polling
 * @param webhookSecret the secret Telegram echoes in its header (TELEGRAM_WEBHOOK_SECRET), or null to
 *     generate one at start
 */
public record TelegramSettings(
    String token,
    URI apiUrl,
    Long moderatorChatId,
    Set<Long> moderatorIds,
    URI webhookUrl,
    String webhookSecret) {

  // Telegram's rule for secret_token: 1-256 characters, A-Z a-z 0-9 _ -.
  private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

  public TelegramSettings {
    Objects.requireNonNull(token, "TELEGRAM_TOKEN");
    if (token.isBlank() || !token.chars().allMatch(c -> c > ' ' && c < 127 && c != '/')) {
      // the token becomes a path segment: whitespace or a slash would silently call another URL
      throw new IllegalArgumentException("TELEGRAM_TOKEN must be a bot token without spaces or '/'");
    }
    if (apiUrl != null) {
      String scheme = apiUrl.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || apiUrl.getHost() == null) {
        throw new IllegalArgumentException(
            "TELEGRAM_API_URL must be an http(s) URL with a host, e.g. http://127.0.0.1:8081");
      }
      String path = apiUrl.getPath();
      if (path != null && !path.isEmpty() && !path.equals("/")) {
        // the client builds {scheme}://{host}:{port}/bot{token}/{method}: a path would be dropped
        throw new IllegalArgumentException("TELEGRAM_API_URL must not have a path: " + apiUrl);
      }
    }
    if (moderatorChatId != null && moderatorChatId == 0) {
      throw new IllegalArgumentException("TELEGRAM_MOD_CHAT_ID must be a chat id, e.g. -1001234567890");
    }
    moderatorIds = Set.copyOf(moderatorIds == null ? Set.of() : moderatorIds);
    if (moderatorIds.stream().anyMatch(id -> id <= 0)) {
      throw new IllegalArgumentException("TELEGRAM_MODERATOR_IDS must be positive user ids");
    }
    if (webhookUrl != null
        && (!"https".equalsIgnoreCase(webhookUrl.getScheme()) || webhookUrl.getHost() == null)) {
      throw new IllegalArgumentException("TELEGRAM_WEBHOOK_URL must be a public https URL");
    }
    if (webhookSecret != null && !SECRET.matcher(webhookSecret).matches()) {
      throw new IllegalArgumentException(
          "TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -");
    }
  }

  /** Long polling against the given API, no moderator chat: the smallest useful configuration. */
  public static TelegramSettings polling(String token, URI apiUrl) {
    return new TelegramSettings(token, apiUrl, null, Set.of(), null, null);
  }

  public boolean webhookMode() {
    return webhookUrl != null;
  }

  /** The destination name moderator actions are checked against, e.g. {@code telegram:-1001}. */
  public String moderatorDestination() {
    return moderatorChatId == null ? null : "telegram:" + moderatorChatId;
  }

  @Override
  public String toString() {
    return "TelegramSettings[token=***, apiUrl=" + apiUrl
        + ", moderatorChatId=" + moderatorChatId
        + ", moderatorIds=" + moderatorIds
        + ", webhookUrl=" + webhookUrl
        + ", webhookSecret=" + (webhookSecret == null ? "null" : "***") + "]";
  }
}
