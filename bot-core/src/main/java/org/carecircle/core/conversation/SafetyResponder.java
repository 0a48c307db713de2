package org.carecircle.core.conversation;

import org.carecircle.core.message.Response;
import org.carecircle.core.safety.SafetyAssessment;

/** Composes the safe reply for a raised level: contacts for the region first, warm and brief. */
@FunctionalInterface
public interface SafetyResponder {

  Response respond(SafetyAssessment assessment, String region, boolean groupConversation);
}
