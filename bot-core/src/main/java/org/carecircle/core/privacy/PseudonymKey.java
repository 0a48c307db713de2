package org.carecircle.core.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret behind pseudonyms: {@code BOT_PSEUDONYM_KEY} when set, else a random key generated
 * once and kept in {@code BOT_DATA_DIR} readable by the owner only. Losing it only means people get
 * new pseudonyms; leaking it lets someone test guesses of user ids, so it is never logged.
 */
public final class PseudonymKey {
  private static final Logger log = LoggerFactory.getLogger(PseudonymKey.class);
  static final String FILE_NAME = "pseudonym.key";
  private static final int GENERATED_BYTES = 32;

  private final byte[] secret;

  private PseudonymKey(byte[] secret) {
    this.secret = secret;
  }

  /**
   * @param configured the value of {@code BOT_PSEUDONYM_KEY} (at least 16 characters), or null/blank
   * @param dataDir where a generated key is kept
   */
  public static PseudonymKey resolve(String configured, Path dataDir) {
    if (configured != null && !configured.isBlank()) {
      byte[] bytes = configured.strip().getBytes(StandardCharsets.UTF_8);
      if (bytes.length < 16) {
        throw new IllegalArgumentException("BOT_PSEUDONYM_KEY must be at least 16 characters");
      }
      return new PseudonymKey(bytes);
    }
    Path file = dataDir.resolve(FILE_NAME);
    try {
      if (Files.exists(file)) {
        return new PseudonymKey(read(file));
      }
      return new PseudonymKey(generate(dataDir, file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the pseudonym key in " + dataDir, e);
    }
  }

  private static byte[] read(Path file) throws IOException {
    byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
    if (key.length < 16) {
      throw new IllegalStateException("the pseudonym key in " + file + " is too short");
    }
    return key;
  }

  private static byte[] generate(Path dataDir, Path file) throws IOException {
    Files.createDirectories(dataDir);
    byte[] key = new byte[GENERATED_BYTES];
    new SecureRandom().nextBytes(key);
    byte[] encoded = Base64.getEncoder().encode(key);
    try {
      // Created owner-only from the first byte, so the key is never readable by others.
      if (supportsPosix(dataDir)) {
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
      } else {
        Files.createFile(file);
      }
    } catch (FileAlreadyExistsException raced) {
      // Another process of the bot generated it at the same moment: use theirs.
      return read(file);
    }
    Files.write(file, encoded);
    log.info("Generated a pseudonym key in {}", file.toAbsolutePath());
    return key;
  }

  private static boolean supportsPosix(Path dir) {
    return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  public Pseudonymizer pseudonymizer() {
    return new Pseudonymizer(secret);
  }

  @Override
  public String toString() {
    return "PseudonymKey[hidden]";
  }
}
