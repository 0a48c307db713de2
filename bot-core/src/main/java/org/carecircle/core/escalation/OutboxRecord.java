package org.carecircle.core.escalation;

import java.time.Instant;
import java.util.List;

/** A leased outbox row, as the dispatcher delivers it. */
record OutboxRecord(
    long id,
    String idempotencyKey,
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
    int attempts,
    String leaseOwner) {}
