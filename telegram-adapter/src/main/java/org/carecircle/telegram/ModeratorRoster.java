package org.carecircle.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatAdministrators;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;

/**
 * Decides who is a moderator: the configured TELEGRAM_MODERATOR_IDS, or when none are configured,
 * the moderator chat's creator and administrators as Telegram reports them (cached for a minute so a
 * burst of clicks costs one lookup). Thread-safe.
 */
public final class ModeratorRoster {
  private static final Logger log = LoggerFactory.getLogger(ModeratorRoster.class);
  private static final Duration CACHE_FOR = Duration.ofMinutes(1);
  private static final Set<String> ADMIN_STATUSES = Set.of("creator", "administrator");

  private final TelegramGateway gateway;
  private final long chatId;
  private final Set<Long> configured;
  private final Clock clock;
  private final Map<Long, Verdict> verdicts = new ConcurrentHashMap<>();
  private volatile Verdict.Admins admins;

  public ModeratorRoster(TelegramGateway gateway, long chatId, Set<Long> configured, Clock clock) {
    this.gateway = gateway;
    this.chatId = chatId;
    this.configured = Set.copyOf(configured);
    this.clock = clock;
  }

  /** True when this user may act on escalations; false when unsure (Telegram unreachable). */
  public boolean isModerator(long userId) {
    if (!configured.isEmpty()) {
      return configured.contains(userId);
    }
    Instant now = clock.instant();
    Verdict cached = verdicts.get(userId);
    if (cached != null && cached.until().isAfter(now)) {
      return cached.moderator();
    }
    try {
      ChatMember member =
          gateway.call(GetChatMember.builder().chatId(chatId).userId(userId).build());
      boolean moderator = member != null && ADMIN_STATUSES.contains(member.getStatus());
      verdicts.put(userId, new Verdict(moderator, now.plus(CACHE_FOR)));
      return moderator;
    } catch (BotApiException e) {
      log.warn("could not check a moderator's status: code {}", e.errorCode());
      return false;
    }
  }

  /** The user ids a loud post mentions: the configured ids, or the chat's human administrators. */
  public List<Long> mentionable() {
    if (!configured.isEmpty()) {
      return List.copyOf(configured);
    }
    Instant now = clock.instant();
    Verdict.Admins current = admins;
    if (current != null && current.until().isAfter(now)) {
      return current.ids();
    }
    try {
      List<Long> ids = new ArrayList<>();
      for (ChatMember member : gateway.call(GetChatAdministrators.builder().chatId(chatId).build())) {
        if (member.getUser() != null && !Boolean.TRUE.equals(member.getUser().getIsBot())) {
          ids.add(member.getUser().getId());
        }
      }
      admins = new Verdict.Admins(List.copyOf(ids), now.plus(CACHE_FOR));
      return admins.ids();
    } catch (BotApiException e) {
      log.warn("could not list the moderator chat's administrators: code {}", e.errorCode());
      return List.of();
    }
  }

  private record Verdict(boolean moderator, Instant until) {
    private record Admins(List<Long> ids, Instant until) {}
  }
}
