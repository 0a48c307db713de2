package org.carecircle.core.command;

import org.carecircle.core.message.Platform;
import org.carecircle.kb.SupportGroup;

/** Takes a person's application to a private group to the moderators. */
@FunctionalInterface
public interface GroupApplicationIntake {

  /**
   * @param replyConversationId where the invite reaches the person (their private chat)
   * @return the application's id
   */
  long apply(
      Platform platform, String userPseudonym, String replyConversationId, SupportGroup group);
}
