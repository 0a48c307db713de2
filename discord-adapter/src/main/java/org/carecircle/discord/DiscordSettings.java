package org.carecircle.discord;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the Discord adapter connects and who moderates: built by the app from configuration.
 *
 * @param token the bot token (DISCORD_TOKEN); never logged, never part of {@link #toString()}
 * @param apiUrl REST base (DISCORD_API_URL), either {@code http://host:port} or one ending in
 *     {@code /api/v10/}; null for Discord's own
 * @param gatewayUrl gateway WebSocket URL (DISCORD_GATEWAY_URL); null for Discord's own
 * @param moderatorChannelId text channel for escalations (DISCORD_MOD_CHANNEL_ID), or null
 * @param moderatorRoleId role whose members may act (DISCORD_MODERATOR_ROLE_ID); null means only
 *     the server's administrators
 */
public record DiscordSettings(
    String token,
    String apiUrl,
    String gatewayUrl,
    String moderatorChannelId,
    String moderatorRoleId) {

  private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{1,20}");
  private static final String API_PATH = "/api/v10/";

  public DiscordSettings {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("DISCORD_TOKEN must not be empty");
    }
    token = token.strip();
    if (token.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("DISCORD_TOKEN must not contain whitespace");
    }
    apiUrl = blankToNull(apiUrl);
    gatewayUrl = blankToNull(gatewayUrl);
    moderatorChannelId = blankToNull(moderatorChannelId);
    moderatorRoleId = blankToNull(moderatorRoleId);
    if (apiUrl != null) {
      requireUrl(apiUrl, "DISCORD_API_URL", "http", "https");
    }
    if (gatewayUrl != null) {
      requireUrl(gatewayUrl, "DISCORD_GATEWAY_URL", "ws", "wss");
    }
    requireSnowflake(moderatorChannelId, "DISCORD_MOD_CHANNEL_ID");
    requireSnowflake(moderatorRoleId, "DISCORD_MODERATOR_ROLE_ID");
  }

  /** Settings for Discord itself: only a token and the moderator ids. */
  public static DiscordSettings of(String token, String moderatorChannelId, String moderatorRoleId) {
    return new DiscordSettings(token, null, null, moderatorChannelId, moderatorRoleId);
  }

  /** The REST base in the form JDA's {@code RestConfig#setBaseUrl} needs, or null for Discord's. */
  public String restBaseUrl() {
    if (apiUrl == null) {
      return null;
    }
    String base = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
    if (base.endsWith("/api/v10")) {
      return base + "/";
    }
    return base + API_PATH;
  }

  /** The moderator channel's destination name, as {@code ModeratorChannel#destination()} gives it. */
  public String moderatorDestination() {
    return moderatorChannelId == null ? null : "discord:" + moderatorChannelId;
  }

  @Override
  public String toString() {
    // the record's generated toString would print the token
    return "DiscordSettings[token=<hidden>, apiUrl="
        + apiUrl
        + ", gatewayUrl="
        + gatewayUrl
        + ", moderatorChannelId="
        + moderatorChannelId
        + ", moderatorRoleId="
        + moderatorRoleId
        + "]";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static void requireUrl(String value, String key, String... schemes) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (uri.getHost() == null || !java.util.List.of(schemes).contains(scheme)) {
        throw new IllegalArgumentException(
            key + " must be a " + String.join(" or ", schemes) + " URL with a host: " + value);
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(key + " is not a valid URL: " + value, e);
    }
  }

  private static void requireSnowflake(String value, String key) {
    if (value != null && !SNOWFLAKE.matcher(value).matches()) {
      throw new IllegalArgumentException(key + " must be a Discord id (digits only): " + value);
    }
  }
}
