package org.carecircle.discord;

import java.time.Duration;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import org.carecircle.core.escalation.DeliveryException;
import org.carecircle.core.escalation.UserChannel;
import org.carecircle.core.message.Platform;
import org.carecircle.core.message.Reply;

/**
 * Writes to a person's DMs outside a request/response exchange (a moderator's relayed reply, an
 * invite). The conversation id is the person's Discord user id, which stays valid across restarts;
 * a DM channel id the session already knows works too. Thread-safe.
 */
public final class DiscordUserChannel implements UserChannel {
  private final DiscordConnection connection;
  private final DiscordSender sender;
  private final Duration timeout;

  DiscordUserChannel(DiscordConnection connection, DiscordSender sender, Duration timeout) {
    this.connection = connection;
    this.sender = sender;
    this.timeout = timeout;
  }

  @Override
  public Platform platform() {
    return Platform.DISCORD;
  }

  @Override
  public void send(String conversationId, Reply reply) throws DeliveryException {
    long id;
    try {
      id = Long.parseUnsignedLong(conversationId);
    } catch (NumberFormatException e) {
      throw DeliveryException.permanent("not a Discord id", e);
    }
    JDA jda = connection.readySession(timeout);
    PrivateChannel channel = jda.getPrivateChannelById(id);
    if (channel == null) {
      channel = DeliveryFailures.await(jda.openPrivateChannelById(id), timeout, "open DM");
    }
    sender.send(channel, reply);
  }
}
