package org.carecircle.app;

import org.carecircle.core.conversation.SafetyResponder;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.Response;
import org.carecircle.core.safety.SafetyAssessment;
import org.carecircle.core.safety.SafetyCheck;
import org.carecircle.core.safety.SafetyDetector;
import org.carecircle.kb.KnowledgeBase;
import org.carecircle.kb.search.TextEmbedder;

/** Builds the safety check and its replies. */
final class SafetyWiring {
  private SafetyWiring() {}

  static SafetyCheck check(TextEmbedder embedder) {
    return new SafetyDetector(embedder);
  }

  static SafetyResponder replies(KnowledgeBase kb, String community) {
    return (assessment, region, group) -> Response.of(Reply.text("placeholder"));
  }
}
