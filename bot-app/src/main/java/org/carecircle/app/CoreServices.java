package org.carecircle.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.carecircle.core.conversation.SafetyResponder;
import org.carecircle.core.safety.SafetyCheck;
import org.carecircle.kb.KnowledgeBase;
import org.carecircle.kb.KnowledgeBaseLoader;
import org.carecircle.kb.search.EmbeddingCache;
import org.carecircle.kb.search.FaqSearch;
import org.carecircle.kb.search.HybridFaqSearch;
import org.carecircle.kb.search.MiniLmEmbedder;
import org.carecircle.kb.search.TextEmbedder;

/**
 * The knowledge base and the models over it that every command needs: one embedding model, the
 * faq search, the safety check and its safe replies.
 */
record CoreServices(
    KnowledgeBase knowledgeBase,
    TextEmbedder embedder,
    FaqSearch search,
    SafetyCheck safety,
    SafetyResponder safeReplies) {

  static CoreServices load(Optional<Path> kbDirectory, Path dataDir, String community) {
    KnowledgeBaseLoader loader = new KnowledgeBaseLoader();
    KnowledgeBase kb =
        kbDirectory
            .map(
                dir -> {
                  if (!Files.isDirectory(dir)) {
                    throw new ConfigurationException("knowledge-base directory not found: " + dir);
                  }
                  return loader.load(dir);
                })
            .orElseGet(loader::loadBundled);
    TextEmbedder embedder = new MiniLmEmbedder();
    FaqSearch search = new HybridFaqSearch(kb, new EmbeddingCache(dataDir.resolve("embeddings"), embedder));
    return new CoreServices(kb, embedder, search, SafetyWiring.check(embedder), SafetyWiring.replies(kb, community));
  }
}
