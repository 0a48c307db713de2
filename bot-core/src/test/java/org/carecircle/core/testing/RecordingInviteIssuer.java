package org.carecircle.core.testing;

import java.util.ArrayList;
import java.util.List;
import org.carecircle.core.escalation.DeliveryException;
import org.carecircle.core.escalation.GroupInviteIssuer;
import org.carecircle.core.message.Platform;

/** Issues numbered fake invites and remembers for which group links. Thread-safe. */
public final class RecordingInviteIssuer implements GroupInviteIssuer {
  private final Platform platform;
  private final List<String> groupLinks = new ArrayList<>();

  public RecordingInviteIssuer(Platform platform) {
    this.platform = platform;
  }

  @Override
  public Platform platform() {
    return platform;
  }

  @Override
  public synchronized String issueInvite(String groupLink) throws DeliveryException {
    groupLinks.add(groupLink);
    return "https://invite.example/" + platform.name().toLowerCase() + "/" + groupLinks.size();
  }

  public synchronized List<String> groupLinks() {
    return List.copyOf(groupLinks);
  }
}
