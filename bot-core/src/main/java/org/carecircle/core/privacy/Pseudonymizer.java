package org.carecircle.core.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.carecircle.core.message.Platform;

/**
 * Keyed hash of platform user ids (HMAC-SHA256), so storage and logs never hold a real id while the
 * same person still maps to the same pseudonym. Thread-safe.
 */
public final class Pseudonymizer {
  private final SecretKeySpec key;

  public Pseudonymizer(byte[] secret) {
    if (secret.length < 16) {
      throw new IllegalArgumentException("BOT_PSEUDONYM_KEY must be at least 16 bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
  }

  public String pseudonym(Platform platform, String platformUserId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest =
          mac.doFinal((platform.name() + ":" + platformUserId).getBytes(StandardCharsets.UTF_8));
      return "u_" + HexFormat.of().formatHex(digest, 0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
