package org.carecircle.core.safety;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.carecircle.kb.search.EmbeddingCache;
import org.carecircle.kb.search.TextEmbedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedding model with the safety corpus's vectors shipped in the jar
 * ({@code safety/corpus-vectors.bin}, keyed by a hash of model name and text, stored as bytes with
 * one scale per vector), so a first start does not spend seconds embedding thousands of labelled
 * messages. Texts without a shipped vector (an edited corpus, another model) go to the model.
 * Messages are never looked up: {@link #embed} always asks the model.
 */
final class BundledVectors implements TextEmbedder {
  static final String RESOURCE = "safety/corpus-vectors.bin";
  private static final Logger log = LoggerFactory.getLogger(BundledVectors.class);
  private static final int MAGIC = 0x53435653; // "SCVS"
  private static final int VERSION = 1;

  private final TextEmbedder model;
  private final Map<String, float[]> shipped;

  BundledVectors(TextEmbedder model) {
    this.model = model;
    this.shipped = load(model.dimensions());
  }

  @Override
  public float[] embed(String text) {
    return model.embed(text);
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    List<String> missing = new ArrayList<>();
    for (String text : texts) {
      if (!shipped.containsKey(key(model.modelName(), text))) {
        missing.add(text);
      }
    }
    Map<String, float[]> fresh = new HashMap<>();
    if (!missing.isEmpty()) {
      log.info("Safety corpus: {} texts have no shipped vector; embedding them now", missing.size());
      List<float[]> vectors = model.embedAll(missing);
      for (int i = 0; i < missing.size(); i++) {
        fresh.put(key(model.modelName(), missing.get(i)), vectors.get(i));
      }
    }
    List<float[]> result = new ArrayList<>(texts.size());
    for (String text : texts) {
      String key = key(model.modelName(), text);
      result.add(shipped.containsKey(key) ? shipped.get(key) : fresh.get(key));
    }
    return result;
  }

  @Override
  public int dimensions() {
    return model.dimensions();
  }

  @Override
  public String modelName() {
    return model.modelName();
  }

  /** How many of {@code texts} have a shipped vector. */
  long coverage(List<String> texts) {
    return texts.stream().filter(t -> shipped.containsKey(key(model.modelName(), t))).count();
  }

  /** Writes the vectors of {@code texts} in the shipped format (used to regenerate the resource). */
  static void write(TextEmbedder model, List<String> texts, OutputStream target) throws IOException {
    List<float[]> vectors = model.embedAll(texts);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target));
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(model.dimensions());
    out.writeInt(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      out.write(HexFormat.of().parseHex(key(model.modelName(), texts.get(i))));
      float[] v = vectors.get(i);
      float scale = 0;
      for (float x : v) {
        scale = Math.max(scale, Math.abs(x));
      }
      scale = scale == 0 ? 1 : scale / 127f;
      out.writeFloat(scale);
      for (float x : v) {
        out.writeByte(Math.round(x / scale));
      }
    }
    out.flush();
  }

  private static Map<String, float[]> load(int dimensions) {
    Map<String, float[]> vectors = new HashMap<>();
    try (InputStream raw = BundledVectors.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        return vectors;
      }
      DataInputStream in = new DataInputStream(new BufferedInputStream(raw));
      if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readInt() != dimensions) {
        log.warn("Ignoring {}: another format or model", RESOURCE);
        return vectors;
      }
      int count = in.readInt();
      byte[] hash = new byte[32];
      byte[] quantised = new byte[dimensions];
      for (int i = 0; i < count; i++) {
        in.readFully(hash);
        float scale = in.readFloat();
        in.readFully(quantised);
        float[] v = new float[dimensions];
        for (int d = 0; d < dimensions; d++) {
          v[d] = quantised[d] * scale;
        }
        vectors.put(HexFormat.of().formatHex(hash), v);
      }
      return vectors;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static String key(String modelName, String text) {
    return EmbeddingCache.keyOf(modelName, text);
  }
}
