package org.carecircle.core.escalation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * What the escalation desk says, from {@code messages/escalation.properties}, with the community's
 * name filled in. Placeholders are written {@code {name}}. Immutable.
 */
public final class EscalationTexts {
  private static final String RESOURCE = "messages/escalation.properties";
  private final Properties properties = new Properties();
  private final String community;

  public EscalationTexts(String community) {
    this.community = community == null || community.isBlank() ? "the community" : community;
    try (InputStream in = EscalationTexts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing text bundle " + RESOURCE);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String community() {
    return community;
  }

  /** The text under {@code key} with {@code {community}} and the given placeholders filled in. */
  public String get(String key, Map<String, ?> values) {
    String text = properties.getProperty(key);
    if (text == null) {
      throw new IllegalArgumentException("no text '" + key + "' in " + RESOURCE);
    }
    for (Map.Entry<String, ?> v : values.entrySet()) {
      text = text.replace("{" + v.getKey() + "}", String.valueOf(v.getValue()));
    }
    // Last, so a placeholder value that happens to contain "{community}" stays as written.
    return text.replace("{community}", community);
  }

  public String get(String key) {
    return get(key, Map.of());
  }

  /** What /forget tells the person about their escalation data. */
  public String forgetSummary(ForgetReport report, int retentionDays) {
    String erased =
        get("forget.erased",
            Map.of("count", report.erasedEscalations(), "applications", report.erasedApplications()));
    String kept =
        report.keptOpenEscalations() == 0
            ? get("forget.nothing_kept")
            : get("forget.kept",
                Map.of("count", report.keptOpenEscalations(), "retention", retentionDays));
    return erased + "\n" + kept;
  }
}
