package org.carecircle.kb.search;

import java.util.List;

/** Turns text into a sentence embedding; implementations are thread-safe. */
public interface TextEmbedder {

  float[] embed(String text);

  default List<float[]> embedAll(List<String> texts) {
    return texts.stream().map(this::embed).toList();
  }

  int dimensions();

  /** Names the model, so that cached embeddings of another model are never mixed in. */
  default String modelName() {
    return getClass().getName();
  }
}
