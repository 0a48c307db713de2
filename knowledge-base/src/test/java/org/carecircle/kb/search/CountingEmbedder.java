package org.carecircle.kb.search;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A recording fake: delegates to a real embedder and counts the texts it was asked to embed. */
final class CountingEmbedder implements TextEmbedder {
  private final TextEmbedder delegate;
  private final AtomicInteger texts = new AtomicInteger();

  CountingEmbedder(TextEmbedder delegate) {
    this.delegate = delegate;
  }

  int textsEmbedded() {
    return texts.get();
  }

  @Override
  public float[] embed(String text) {
    texts.incrementAndGet();
    return delegate.embed(text);
  }

  @Override
  public List<float[]> embedAll(List<String> batch) {
    texts.addAndGet(batch.size());
    return delegate.embedAll(batch);
  }

  @Override
  public int dimensions() {
    return delegate.dimensions();
  }

  @Override
  public String modelName() {
    return delegate.modelName();
  }
}
