package org.carecircle.core.escalation;

import java.util.List;
import org.carecircle.core.message.Platform;
import org.carecircle.core.safety.SafetyLevel;

/**
 * A request to open an escalation, made by the conversation core.
 *
 * @param platform where the person wrote
 * @param userPseudonym the person's keyed pseudonym
 * @param replyConversationId where a moderator's relayed reply reaches the person (their private chat)
 * @param level the raised level
 * @param excerpt the person's words, shortened; kept only for the retention period
 * @param reasons the safety check's reasons
 * @param eventKey the platform event's identity ({@code platform:eventId}); a second request with the
 *     same key returns the first escalation instead of opening another
 */
public record NewEscalation(
    Platform platform,
    String userPseudonym,
    String replyConversationId,
    SafetyLevel level,
    String excerpt,
    List<String> reasons,
    String eventKey) {

  public NewEscalation {
    reasons = List.copyOf(reasons);
  }
}
