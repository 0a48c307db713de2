package org.carecircle.core.escalation;

import org.carecircle.core.message.Platform;

/**
 * A person asks to join a private support group.
 *
 * @param platform where the person wrote
 * @param userPseudonym the person's keyed pseudonym
 * @param replyConversationId the person's private conversation, where the invite or answer goes
 * @param groupId the group's id in the knowledge base
 * @param groupName the group's name, shown to moderators and to the person
 * @param groupLink the group's link, from which the platform issues a one-use invite
 */
public record ApplicationRequest(
    Platform platform,
    String userPseudonym,
    String replyConversationId,
    String groupId,
    String groupName,
    String groupLink) {}
