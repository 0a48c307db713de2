package org.carecircle.kb.search;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeddings of knowledge-base texts kept on disk, keyed by a hash of model name and text, so that a
 * warm start embeds nothing and an edited entry re-embeds only its changed texts. Meant for curated
 * texts only: patients' messages are never cached. Thread-safe.
 */
public final class EmbeddingCache {
  private static final Logger log = LoggerFactory.getLogger(EmbeddingCache.class);
  private static final int MAGIC = 0x4B424543; // "KBEC"
  private static final int VERSION = 1;

  private final Path file;
  private final TextEmbedder embedder;

  /** Caches {@code embedder}'s vectors in a file under {@code directory} (e.g. BOT_DATA_DIR). */
  public EmbeddingCache(Path directory, TextEmbedder embedder) {
    this.file =
        directory.resolve(
            "kb-embeddings-" + embedder.modelName().replaceAll("[^A-Za-z0-9.-]", "_") + ".bin");
    this.embedder = embedder;
  }

  public Path file() {
    return file;
  }

  public TextEmbedder embedder() {
    return embedder;
  }

  /**
   * The embeddings of {@code texts}, in order: read from the cache, with only the missing ones
   * embedded (in one batch) and added to the file.
   */
  public synchronized List<float[]> embedAll(List<String> texts) {
    Map<String, float[]> stored = read();
    List<String> keys = texts.stream().map(this::key).toList();
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      if (!stored.containsKey(keys.get(i)) && !missing.contains(texts.get(i))) {
        missing.add(texts.get(i));
      }
    }
    Map<String, float[]> fresh = new LinkedHashMap<>();
    if (!missing.isEmpty()) {
      List<float[]> vectors = embedder.embedAll(missing);
      for (int i = 0; i < missing.size(); i++) {
        fresh.put(key(missing.get(i)), vectors.get(i));
      }
    }
    List<float[]> result = new ArrayList<>(texts.size());
    for (String key : keys) {
      result.add(stored.containsKey(key) ? stored.get(key) : fresh.get(key));
    }
    log.info(
        "Knowledge-base embeddings: {} from cache, {} embedded now",
        texts.size() - missing.size(),
        missing.size());
    if (!fresh.isEmpty()) {
      // Older vectors stay: a few kilobytes each, and switching between trees stays warm.
      stored.putAll(fresh);
      write(stored);
    }
    return result;
  }

  private String key(String text) {
    return keyOf(embedder.modelName(), text);
  }

  /** The cache key of {@code text} embedded by the model named {@code modelName}: SHA-256, hex. */
  public static String keyOf(String modelName, String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(modelName.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private Map<String, float[]> read() {
    Map<String, float[]> stored = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return stored;
    }
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
      if (in.readInt() != MAGIC || in.readInt() != VERSION) {
        log.warn("Ignoring embedding cache {}: unknown format", file);
        return stored;
      }
      int dimensions = in.readInt();
      int count = in.readInt();
      byte[] hash = new byte[32];
      for (int i = 0; i < count; i++) {
        in.readFully(hash);
        float[] vector = new float[dimensions];
        for (int d = 0; d < dimensions; d++) {
          vector[d] = in.readFloat();
        }
        stored.put(HexFormat.of().formatHex(hash), vector);
      }
    } catch (EOFException e) {
      log.warn("Ignoring truncated embedding cache {}", file);
      stored.clear();
    } catch (IOException e) {
      log.warn("Ignoring unreadable embedding cache {}: {}", file, e.toString());
      stored.clear();
    }
    return stored;
  }

  private void write(Map<String, float[]> vectors) {
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      try (OutputStream raw = Files.newOutputStream(temp);
          DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw))) {
        int dimensions = vectors.isEmpty() ? 0 : vectors.values().iterator().next().length;
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(dimensions);
        out.writeInt(vectors.size());
        for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
          out.write(HexFormat.of().parseHex(entry.getKey()));
          for (float v : entry.getValue()) {
            out.writeFloat(v);
          }
        }
      }
      // A reader (another instance starting) sees either the old file or the new one, never half.
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      // The cache only saves start-up time; the bot works without it.
      log.warn("Cannot write embedding cache {}: {}", file, e.toString());
    }
  }
}
