package org.carecircle.discord;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Invite;
import net.dv8tion.jda.api.entities.channel.attribute.IInviteContainer;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import org.carecircle.core.escalation.DeliveryException;
import org.carecircle.core.escalation.GroupInviteIssuer;
import org.carecircle.core.message.Platform;

/**
 * Turns a private group's channel link ({@code https://discord.com/channels/<guild>/<channel>})
 * into a unique invite that works once and expires after a day. Thread-safe.
 */
public final class DiscordInviteIssuer implements GroupInviteIssuer {
  private static final Pattern CHANNEL_LINK =
      Pattern.compile(
          "https://(?:(?:ptb|canary)\\.)?discord(?:app)?\\.com/channels/(\\d{1,20})/(\\d{1,20})/?");
  private static final Duration INVITE_LIFETIME = Duration.ofHours(24);

  private final DiscordConnection connection;
  private final Duration timeout;

  DiscordInviteIssuer(DiscordConnection connection, Duration timeout) {
    this.connection = connection;
    this.timeout = timeout;
  }

  @Override
  public Platform platform() {
    return Platform.DISCORD;
  }

  @Override
  public String issueInvite(String groupLink) throws DeliveryException {
    Matcher link = CHANNEL_LINK.matcher(groupLink == null ? "" : groupLink.strip());
    if (!link.matches()) {
      throw DeliveryException.permanent("not a Discord channel link", null);
    }
    JDA jda = connection.readySession(timeout);
    GuildChannel channel = jda.getGuildChannelById(link.group(2));
    if (channel == null || !channel.getGuild().getId().equals(link.group(1))) {
      throw DeliveryException.permanent("the bot cannot see the group's channel", null);
    }
    if (!(channel instanceof IInviteContainer container)) {
      throw DeliveryException.permanent("the group's channel takes no invites", null);
    }
    Invite invite =
        DeliveryFailures.await(
            container
                .createInvite()
                .setMaxUses(1)
                .setMaxAge(INVITE_LIFETIME.toSeconds(), TimeUnit.SECONDS)
                .setUnique(true),
            timeout,
            "create invite");
    return invite.getUrl();
  }
}
