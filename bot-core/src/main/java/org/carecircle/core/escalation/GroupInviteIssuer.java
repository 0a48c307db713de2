package org.carecircle.core.escalation;

import org.carecircle.core.message.Platform;

/**
 * Issues a one-use, expiring invite to a private support group once a moderator approved an
 * application (a Discord channel invite, a Telegram chat invite link).
 */
public interface GroupInviteIssuer {

  Platform platform();

  /**
   * @param groupLink the group's link from the knowledge base (Discord channel URL, t.me link)
   * @return an invite URL that works once and expires
   */
  String issueInvite(String groupLink) throws DeliveryException;
}
