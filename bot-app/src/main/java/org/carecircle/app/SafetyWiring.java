package org.carecircle.app;

import org.carecircle.core.conversation.SafetyResponder;
import org.carecircle.core.safety.SafeReplyComposer;
import org.carecircle.core.safety.SafetyCheck;
import org.carecircle.core.safety.SafetyDetector;
import org.carecircle.kb.KnowledgeBase;
import org.carecircle.kb.search.HybridFaqSearch;
import org.carecircle.kb.search.TextEmbedder;

/** Builds the safety check and its replies from the shared embedding model and the knowledge base. */
final class SafetyWiring {
  private SafetyWiring() {}

  static SafetyCheck check(TextEmbedder embedder, KnowledgeBase kb) {
    return new SafetyDetector(
        embedder,
        kb.faqs().stream().flatMap(entry -> HybridFaqSearch.embeddedTexts(entry).stream()).toList());
  }

  static SafetyResponder replies(KnowledgeBase kb, String community) {
    return new SafeReplyComposer(kb, community)::compose;
  }
}
