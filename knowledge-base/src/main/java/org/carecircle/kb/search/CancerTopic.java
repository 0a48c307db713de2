package org.carecircle.kb.search;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * How likely a message is about cancer and its care at all, from its embedding alone: a logistic
 * model fitted (by {@code CancerTopicFit} in the tests) on the project's patient questions against
 * messages about other things, many of them in cancer care's words ("which port does ssh use", "how
 * to stage a school play", "my cat has a lump"). Words shared with an entry make such a message look
 * answerable; this tells the ranking model's confidence that it is not. Knowledge-base
 * independent. Immutable and thread-safe.
 */
public final class CancerTopic {
  static final String RESOURCE = "/kb-search/cancer-topic.bin";

  private final float[] weights;
  private final float bias;

  CancerTopic(float[] weights, float bias) {
    this.weights = weights.clone();
    this.bias = bias;
  }

  /** The model fitted for the bundled embedding model, shipped in the jar. */
  public static CancerTopic bundled() {
    try (InputStream in = CancerTopic.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the topic model " + RESOURCE + " is missing from the classpath");
      }
      DataInputStream data = new DataInputStream(in);
      float[] weights = new float[data.readInt()];
      for (int i = 0; i < weights.length; i++) {
        weights[i] = data.readFloat();
      }
      return new CancerTopic(weights, data.readFloat());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the topic model", e);
    }
  }

  /** A model that has no opinion (one half for every message): for embeddings of other models. */
  static CancerTopic undecided(int dimensions) {
    return new CancerTopic(new float[dimensions], 0f);
  }

  /** The fitted model when it fits the embedder's vectors, else an undecided one. */
  public static CancerTopic forModel(TextEmbedder embedder) {
    return BgeSmallEmbedder.gives(embedder) ? bundled() : undecided(embedder.dimensions());
  }

  void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(weights.length);
    for (float w : weights) {
      data.writeFloat(w);
    }
    data.writeFloat(bias);
    data.flush();
  }

  /** The probability that the message with this (unit or raw) embedding is about cancer care. */
  public double probability(float[] embedding) {
    if (embedding.length != weights.length) {
      throw new IllegalArgumentException(
          "Embedding has " + embedding.length + " dimensions, the topic model " + weights.length);
    }
    float[] unit = UnitVectors.unit(embedding);
    // one vector stored as a single column: the same scan as every other embedding comparison
    double z = bias + Dot.products(weights, 1, unit)[0];
    return 1 / (1 + Math.exp(-z));
  }
}
