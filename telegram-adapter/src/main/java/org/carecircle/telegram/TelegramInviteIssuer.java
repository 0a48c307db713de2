package org.carecircle.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carecircle.core.escalation.DeliveryException;
import org.carecircle.core.escalation.GroupInviteIssuer;
import org.carecircle.core.message.Platform;
import org.telegram.telegrambots.meta.api.methods.groupadministration.CreateChatInviteLink;
import org.telegram.telegrambots.meta.api.objects.ChatInviteLink;

/**
 * Issues a one-person invite link (member_limit 1) that expires, for a group the bot administers.
 * The group's knowledge-base link must name the chat: {@code https://t.me/<public_name>},
 * {@code https://t.me/c/<internal id>} or a numeric chat id; a {@code t.me/+...} invite hash does not
 * say which chat it is. Thread-safe.
 */
public final class TelegramInviteIssuer implements GroupInviteIssuer {
  private static final Pattern PUBLIC = Pattern.compile("^https?://(?:t\\.me|telegram\\.me)/([A-Za-z][A-Za-z0-9_]{3,31})/?$");
  private static final Pattern INTERNAL = Pattern.compile("^https?://(?:t\\.me|telegram\\.me)/c/(\\d+)(?:/\\d+)?/?$");
  private static final Pattern NUMERIC = Pattern.compile("^-?\\d+$");

  private final TelegramGateway gateway;
  private final Clock clock;
  private final Duration validFor;

  public TelegramInviteIssuer(TelegramGateway gateway, Clock clock, Duration validFor) {
    this.gateway = gateway;
    this.clock = clock;
    this.validFor = validFor;
  }

  @Override
  public Platform platform() {
    return Platform.TELEGRAM;
  }

  @Override
  public String issueInvite(String groupLink) throws DeliveryException {
    String chatId = chatIdOf(groupLink);
    long expires = clock.instant().plus(validFor).getEpochSecond();
    try {
      ChatInviteLink link =
          gateway.call(
              CreateChatInviteLink.builder()
                  .chatId(chatId)
                  .memberLimit(1)
                  .expireDate((int) expires)
                  .build());
      return link.getInviteLink();
    } catch (BotApiException e) {
      throw e.toDeliveryException();
    }
  }

  static String chatIdOf(String groupLink) throws DeliveryException {
    String link = groupLink == null ? "" : groupLink.strip();
    Matcher internal = INTERNAL.matcher(link);
    if (internal.matches()) {
      return "-100" + internal.group(1); // t.me/c/ links drop the supergroup prefix
    }
    Matcher named = PUBLIC.matcher(link);
    if (named.matches()) {
      return "@" + named.group(1);
    }
    if (NUMERIC.matcher(link).matches()) {
      return link;
    }
    throw DeliveryException.permanent(
        "a Telegram group link must be t.me/<name>, t.me/c/<id> or a chat id to issue invites", null);
  }
}
