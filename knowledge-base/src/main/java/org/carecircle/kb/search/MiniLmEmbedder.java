package org.carecircle.kb.search;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.List;

/** The in-process all-MiniLM-L6-v2 sentence embedding model (384 dimensions, no network). */
public final class MiniLmEmbedder implements TextEmbedder {
  private final AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();

  @Override
  public float[] embed(String text) {
    return model.embed(text).content().vector();
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
    return model.embedAll(segments).content().stream().map(e -> e.vector()).toList();
  }

  @Override
  public int dimensions() {
    return 384;
  }

  @Override
  public String modelName() {
    return "all-MiniLM-L6-v2";
  }
}
