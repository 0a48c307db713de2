package org.carecircle.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.carecircle.core.conversation.SafetyResponder;
import org.carecircle.core.safety.SafetyCheck;
import org.carecircle.kb.KnowledgeBase;
import org.carecircle.kb.KnowledgeBaseLoader;
import org.carecircle.kb.search.EmbeddingCache;
import org.carecircle.kb.search.FaqSearch;
import org.carecircle.kb.search.HybridFaqSearch;
import org.carecircle.kb.search.BgeSmallEmbedder;
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

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CoreServices.class);

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
    long started = System.nanoTime();
    TextEmbedder embedder = new BgeSmallEmbedder();
    EmbeddingCache cache = new EmbeddingCache(dataDir.resolve("embeddings"), embedder);
    long modelReady = System.nanoTime();
    // The search index and the safety exemplars are independent: build them side by side.
    CompletableFuture<SafetyCheck> safetyBuild =
        CompletableFuture.supplyAsync(
            () -> SafetyWiring.check(new CachedBatchEmbedder(embedder, cache), kb));
    FaqSearch search = new HybridFaqSearch(kb, cache);
    SafetyCheck safety = safetyBuild.join();
    log.info(
        "Knowledge base: {} answers, {} groups, {} crisis resources; model {} ms, search and"
            + " safety check {} ms",
        kb.faqs().size(), kb.groups().size(), kb.crisisResources().size(),
        (modelReady - started) / 1_000_000, (System.nanoTime() - modelReady) / 1_000_000);
    return new CoreServices(kb, embedder, search, safety, SafetyWiring.replies(kb, community));
  }
}
