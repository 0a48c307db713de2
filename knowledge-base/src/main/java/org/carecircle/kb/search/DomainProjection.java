package org.carecircle.kb.search;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A learned linear map of sentence embeddings, applied to a message and to the entries' texts
 * before they are compared. The general-purpose embedding model places "nurse said my counts are
 * low, can the grandkids visit" and "visitors when neutropenic" further apart than a patient would;
 * this map was fitted (by {@code DomainProjectionFit} in the tests) so that patients' questions
 * land nearer the faq phrasings they mean, and was checked on entries it never saw. Only retrieval
 * uses it: the safety check reads the embedding as the model gives it. Immutable and thread-safe.
 */
public final class DomainProjection {
  static final String RESOURCE = "/kb-search/domain-projection.bin";

  private final int dimensions;
  /** Column by column ({@code columns[d * dimensions + row]}), for the vectorised product. */
  private final float[] columns;

  DomainProjection(int dimensions, float[] matrix) {
    if (matrix.length != dimensions * dimensions) {
      throw new IllegalArgumentException("A projection of " + dimensions + " needs a square matrix");
    }
    this.dimensions = dimensions;
    this.columns = Dot.columns(matrix, dimensions, dimensions);
  }

  /** The projection that changes nothing: for tests, and for models the fitted one does not fit. */
  public static DomainProjection identity(int dimensions) {
    float[] matrix = new float[dimensions * dimensions];
    for (int d = 0; d < dimensions; d++) {
      matrix[d * dimensions + d] = 1f;
    }
    return new DomainProjection(dimensions, matrix);
  }

  /** The projection fitted for the bundled embedding model, shipped in the jar. */
  public static DomainProjection bundled() {
    try (InputStream in = DomainProjection.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the domain projection " + RESOURCE + " is missing from the classpath");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the domain projection", e);
    }
  }

  /** The fitted projection when it fits the model's vectors, else the identity. */
  public static DomainProjection forModel(TextEmbedder embedder) {
    return BgeSmallEmbedder.gives(embedder) ? bundled() : identity(embedder.dimensions());
  }

  static DomainProjection read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    int dimensions = data.readInt();
    float[] matrix = new float[dimensions * dimensions];
    for (int i = 0; i < matrix.length; i++) {
      matrix[i] = data.readFloat();
    }
    return new DomainProjection(dimensions, matrix);
  }

  void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(dimensions);
    // stored row by row, as read
    for (int row = 0; row < dimensions; row++) {
      for (int d = 0; d < dimensions; d++) {
        data.writeFloat(columns[d * dimensions + row]);
      }
    }
    data.flush();
  }

  public int dimensions() {
    return dimensions;
  }

  /** The projected vector (not normalised: cosines are taken afterwards). */
  public float[] apply(float[] vector) {
    if (vector.length != dimensions) {
      throw new IllegalArgumentException(
          "Embedding has " + vector.length + " dimensions, the projection " + dimensions);
    }
    return Dot.products(columns, dimensions, vector);
  }

  public List<float[]> applyAll(List<float[]> vectors) {
    return vectors.stream().map(this::apply).toList();
  }
}
