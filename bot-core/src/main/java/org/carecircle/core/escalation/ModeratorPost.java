package org.carecircle.core.escalation;

import java.time.Instant;
import java.util.List;
import org.carecircle.core.message.Platform;
import org.carecircle.core.safety.SafetyLevel;

/**
 * What a moderator destination is asked to show. Adapters render it (embed, HTML) and add the
 * Claim / Resolve / Reply actions that carry {@code escalationId}.
 *
 * @param escalationId the escalation's number, shown as "#id"
 * @param idempotencyKey stable for this escalation, destination and post: a platform that supports
 *     it (Discord's enforced nonce) uses it so a retry never posts twice
 * @param kind why this post is sent
 * @param level the escalation's level
 * @param userPlatform where the person wrote
 * @param excerpt the person's words (already shortened), or the follow-up text
 * @param reasons the safety check's reasons
 * @param loud true on a re-page: mention the moderator role or all moderators
 * @param state the escalation's state when the post was made
 * @param actor for UPDATE posts, who claimed or resolved it; else empty
 * @param openedAt when the escalation was opened
 */
public record ModeratorPost(
    long escalationId,
    String idempotencyKey,
    PostKind kind,
    SafetyLevel level,
    Platform userPlatform,
    String excerpt,
    List<String> reasons,
    boolean loud,
    EscalationState state,
    String actor,
    Instant openedAt) {

  public ModeratorPost {
    reasons = List.copyOf(reasons);
    actor = actor == null ? "" : actor;
  }
}
