package org.carecircle.core.escalation;

import org.carecircle.core.message.Platform;

/**
 * Who attempts a moderator action, and where.
 *
 * @param platform the moderator's platform
 * @param userId the moderator's platform id (pseudonymised before it is stored)
 * @param displayName shown to other moderators only, never to the person
 * @param destination the destination the action came from (see {@link ModeratorChannel#destination()})
 * @param authorized the adapter's verdict from the platform's own facts: configured ids, the
 *     moderator role, or chat administrator
 */
public record ModeratorRef(
    Platform platform, String userId, String displayName, String destination, boolean authorized) {}
