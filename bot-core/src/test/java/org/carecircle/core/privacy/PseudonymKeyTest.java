package org.carecircle.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.carecircle.core.message.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymKeyTest {

  @Test
  void generatedKeyIsKeptOwnerOnlyAndReusedAfterRestart(@TempDir Path dataDir) throws Exception {
    String first = PseudonymKey.resolve(null, dataDir).pseudonymizer().pseudonym(Platform.TELEGRAM, "712345678901");
    String again = PseudonymKey.resolve("", dataDir).pseudonymizer().pseudonym(Platform.TELEGRAM, "712345678901");

    Path file = dataDir.resolve(PseudonymKey.FILE_NAME);
    assertThat(again).isEqualTo(first).startsWith("u_").doesNotContain("712345678901");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
  }

  @Test
  void configuredKeyWinsOverTheStoredOne(@TempDir Path dataDir) {
    String generated = PseudonymKey.resolve(null, dataDir).pseudonymizer().pseudonym(Platform.DISCORD, "9");
    String configured = PseudonymKey.resolve("a-configured-secret-value", dataDir).pseudonymizer()
        .pseudonym(Platform.DISCORD, "9");

    assertThat(configured).isNotEqualTo(generated);
    assertThat(PseudonymKey.resolve("a-configured-secret-value", dataDir).toString()).doesNotContain("secret");
  }

  @Test
  void shortConfiguredKeyIsRejectedNamingTheVariable(@TempDir Path dataDir) {
    assertThatThrownBy(() -> PseudonymKey.resolve("short", dataDir))
        .hasMessageContaining("BOT_PSEUDONYM_KEY");
  }

  @Test
  void differentKeysGiveUnlinkablePseudonyms(@TempDir Path a, @TempDir Path b) {
    assertThat(PseudonymKey.resolve(null, a).pseudonymizer().pseudonym(Platform.TELEGRAM, "1"))
        .isNotEqualTo(PseudonymKey.resolve(null, b).pseudonymizer().pseudonym(Platform.TELEGRAM, "1"));
  }
}
