package org.carecircle.core.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the bot remembers about a person between turns: their chosen region and the choices of a
 * pending clarification. Holds no message text.
 */
public record Session(
    String userPseudonym, String region, List<String> pendingChoices, Instant firstContactAt) {

  public Session {
    pendingChoices = List.copyOf(pendingChoices);
  }

  public static Session firstContact(String userPseudonym, Instant now) {
    return new Session(userPseudonym, null, List.of(), now);
  }

  public Optional<String> chosenRegion() {
    return Optional.ofNullable(region);
  }

  public Session withRegion(String newRegion) {
    return new Session(userPseudonym, newRegion, pendingChoices, firstContactAt);
  }

  public Session withPendingChoices(List<String> choices) {
    return new Session(userPseudonym, region, choices, firstContactAt);
  }
}
