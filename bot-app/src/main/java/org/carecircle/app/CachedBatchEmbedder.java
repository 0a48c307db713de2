package org.carecircle.app;

import java.util.List;
import org.carecircle.kb.search.EmbeddingCache;
import org.carecircle.kb.search.TextEmbedder;

/**
 * The embedding model with batches (knowledge-base texts, safety exemplars) served from the disk
 * cache, so a warm start embeds nothing; single messages always go to the model.
 */
final class CachedBatchEmbedder implements TextEmbedder {
  private final TextEmbedder model;
  private final EmbeddingCache cache;

  CachedBatchEmbedder(TextEmbedder model, EmbeddingCache cache) {
    this.model = model;
    this.cache = cache;
  }

  @Override
  public float[] embed(String text) {
    return model.embed(text);
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    return cache.embedAll(texts);
  }

  @Override
  public int dimensions() {
    return model.dimensions();
  }

  @Override
  public String modelName() {
    return model.modelName();
  }
}
