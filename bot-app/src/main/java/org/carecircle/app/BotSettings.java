package org.carecircle.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.carecircle.core.conversation.RegionResolver;
import org.carecircle.core.persistence.Database;

/**
 * Every setting of a running bot, validated once at start. Built from a {@link ConfigSource}; a wrong
 * value fails with a message that names its key and never echoes a secret.
 */
public record BotSettings(
    Optional<Secret> discordToken,
    Optional<String> discordModChannelId,
    Optional<String> discordModeratorRoleId,
    Optional<URI> discordApiUrl,
    Optional<URI> discordGatewayUrl,
    Optional<Secret> telegramToken,
    Optional<String> telegramModChatId,
    Set<Long> telegramModeratorIds,
    Optional<URI> telegramWebhookUrl,
    Optional<Secret> telegramWebhookSecret,
    Optional<URI> telegramApiUrl,
    Path dataDir,
    Optional<String> dbUrl,
    Optional<Path> kbPath,
    String defaultRegion,
    int httpPort,
    String communityName,
    int retentionDays,
    Optional<Secret> pseudonymKey,
    Duration repageUrgent,
    Duration repageDistress) {

  public static BotSettings from(ConfigSource c) {
    return new BotSettings(
        c.get("DISCORD_TOKEN").map(v -> discordToken(v)),
        c.get("DISCORD_MOD_CHANNEL_ID").map(v -> snowflake("DISCORD_MOD_CHANNEL_ID", v)),
        c.get("DISCORD_MODERATOR_ROLE_ID").map(v -> snowflake("DISCORD_MODERATOR_ROLE_ID", v)),
        c.get("DISCORD_API_URL").map(v -> url("DISCORD_API_URL", v, "http", "https")),
        c.get("DISCORD_GATEWAY_URL").map(v -> url("DISCORD_GATEWAY_URL", v, "ws", "wss")),
        c.get("TELEGRAM_TOKEN").map(v -> telegramToken(v)),
        c.get("TELEGRAM_MOD_CHAT_ID").map(v -> chatId("TELEGRAM_MOD_CHAT_ID", v)),
        c.get("TELEGRAM_MODERATOR_IDS").map(BotSettings::userIds).orElse(Set.of()),
        c.get("TELEGRAM_WEBHOOK_URL").map(v -> url("TELEGRAM_WEBHOOK_URL", v, "https")),
        c.get("TELEGRAM_WEBHOOK_SECRET").map(v -> webhookSecret(v)),
        c.get("TELEGRAM_API_URL").map(v -> url("TELEGRAM_API_URL", v, "http", "https")),
        Path.of(c.get("BOT_DATA_DIR").orElse("./data")),
        c.get("BOT_DB_URL").map(v -> jdbcUrl(v)),
        c.get("BOT_KB_PATH").map(Path::of),
        c.get("BOT_DEFAULT_REGION")
            .map(
                v ->
                    RegionResolver.normalise(v)
                        .orElseThrow(
                            () ->
                                new ConfigurationException(
                                    "BOT_DEFAULT_REGION must be a two-letter ISO 3166 country code"
                                        + " such as US or GB, got '" + v + "'")))
            .orElse("US"),
        c.get("BOT_HTTP_PORT").map(v -> intIn("BOT_HTTP_PORT", v, 0, 65535)).orElse(8080),
        c.get("BOT_COMMUNITY_NAME").orElse("the community"),
        c.get("BOT_RETENTION_DAYS").map(v -> intIn("BOT_RETENTION_DAYS", v, 1, 3650)).orElse(30),
        c.get("BOT_PSEUDONYM_KEY").map(v -> pseudonymKey(v)),
        Duration.ofMinutes(
            c.get("BOT_REPAGE_URGENT_MINUTES").map(v -> intIn("BOT_REPAGE_URGENT_MINUTES", v, 1, 1440)).orElse(5)),
        Duration.ofMinutes(
            c.get("BOT_REPAGE_DISTRESS_MINUTES").map(v -> intIn("BOT_REPAGE_DISTRESS_MINUTES", v, 1, 1440)).orElse(30)));
  }

  public boolean discordEnabled() {
    return discordToken.isPresent();
  }

  public boolean telegramEnabled() {
    return telegramToken.isPresent();
  }

  /** The embedded database file under the data directory unless BOT_DB_URL names another. */
  public String jdbcUrl() {
    return dbUrl.orElseGet(() -> Database.embeddedUrl(dataDir.toAbsolutePath().normalize()));
  }

  static int intIn(String key, String value, int min, int max) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n < min || n > max) {
        throw new ConfigurationException(
            key + " must be between " + min + " and " + max + ", got " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ConfigurationException(key + " must be a whole number, got '" + value + "'");
    }
  }

  static URI url(String key, String value, String... schemes) {
    try {
      URI uri = new URI(value.strip());
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new ConfigurationException(key + " must be an absolute URL, got '" + value + "'");
      }
      for (String s : schemes) {
        if (s.equalsIgnoreCase(uri.getScheme())) {
          return uri;
        }
      }
      throw new ConfigurationException(
          key + " must use " + String.join(" or ", schemes) + ", got '" + uri.getScheme() + "'");
    } catch (URISyntaxException e) {
      throw new ConfigurationException(key + " is not a valid URL: '" + value + "'");
    }
  }

  static String snowflake(String key, String value) {
    if (!value.matches("\\d{1,20}")) {
      throw new ConfigurationException(
          key + " must be a Discord id (digits only, enable Developer Mode and use Copy ID), got '"
              + value + "'");
    }
    return value;
  }

  static String chatId(String key, String value) {
    if (!value.matches("-?\\d{1,20}")) {
      throw new ConfigurationException(
          key + " must be a numeric Telegram chat id such as -1001234567890, got '" + value + "'");
    }
    return value;
  }

  static Set<Long> userIds(String value) {
    Set<Long> ids = new LinkedHashSet<>();
    for (String part : value.split(",")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      if (!p.matches("\\d{1,20}")) {
        throw new ConfigurationException(
            "TELEGRAM_MODERATOR_IDS must be comma-separated numeric Telegram user ids, got '" + p + "'");
      }
      ids.add(Long.parseLong(p));
    }
    return Set.copyOf(ids);
  }

  static Secret telegramToken(String value) {
    // The token becomes a URL path segment: whitespace or a slash would call another URL.
    if (!value.chars().allMatch(c -> c > ' ' && c < 127 && c != '/')) {
      throw new ConfigurationException(
          "TELEGRAM_TOKEN must be the token BotFather gave you, without spaces or '/'");
    }
    return new Secret(value);
  }

  static Secret discordToken(String value) {
    if (value.chars().anyMatch(Character::isWhitespace)) {
      throw new ConfigurationException("DISCORD_TOKEN must not contain spaces or line breaks");
    }
    return new Secret(value);
  }

  static Secret webhookSecret(String value) {
    if (!value.matches("[A-Za-z0-9_-]{1,256}")) {
      throw new ConfigurationException(
          "TELEGRAM_WEBHOOK_SECRET may hold only letters, digits, _ and -, 1 to 256 characters");
    }
    return new Secret(value);
  }

  static Secret pseudonymKey(String value) {
    if (value.length() < 16) {
      throw new ConfigurationException("BOT_PSEUDONYM_KEY must be at least 16 characters long");
    }
    return new Secret(value);
  }

  static String jdbcUrl(String value) {
    if (!value.startsWith("jdbc:h2:") && !value.startsWith("jdbc:postgresql:")) {
      throw new ConfigurationException(
          "BOT_DB_URL must be a jdbc:postgresql:// or jdbc:h2: URL, got '"
              + value.replaceAll("password=[^&;]*", "password=***") + "'");
    }
    return value;
  }
}
