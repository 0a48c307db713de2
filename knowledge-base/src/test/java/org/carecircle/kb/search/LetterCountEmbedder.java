package org.carecircle.kb.search;

import java.util.Locale;

/** A cheap deterministic stand-in model for tests that need vectors but not meaning. */
final class LetterCountEmbedder implements TextEmbedder {
  private final String modelName;

  LetterCountEmbedder(String modelName) {
    this.modelName = modelName;
  }

  LetterCountEmbedder() {
    this("letter-count");
  }

  @Override
  public float[] embed(String text) {
    float[] v = new float[26];
    for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c >= 'a' && c <= 'z') {
        v[c - 'a']++;
      }
    }
    v[0] += 0.5f; // never the zero vector
    return v;
  }

  @Override
  public int dimensions() {
    return 26;
  }

  @Override
  public String modelName() {
    return modelName;
  }
}
