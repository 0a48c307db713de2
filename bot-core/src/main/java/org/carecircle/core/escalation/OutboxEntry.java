package org.carecircle.core.escalation;

import java.time.Instant;
import java.util.List;

/**
 * One post to put in the outbox: a snapshot of what to show, so delivery reads no other table.
 *
 * @param subject ESCALATION or APPLICATION
 * @param subjectId the escalation's or application's id
 * @param target whether a moderator destination or the person receives it
 * @param destination the moderator destination, or {@code user:<PLATFORM>} for the person
 * @param conversationId the person's private conversation, for {@link OutboxTarget#USER}
 * @param kind a {@link PostKind} name for moderators, a {@link UserMessageKind} name for the person
 * @param sequence distinguishes repeated posts of one kind (re-pages, follow-ups)
 */
record OutboxEntry(
    String subject,
    long subjectId,
    OutboxTarget target,
    String destination,
    String conversationId,
    String kind,
    String level,
    String userPlatform,
    String body,
    List<String> reasons,
    boolean loud,
    String subjectState,
    String actor,
    Instant subjectOpenedAt,
    int sequence) {

  static final String ESCALATION = "ESCALATION";
  static final String APPLICATION = "APPLICATION";
}
