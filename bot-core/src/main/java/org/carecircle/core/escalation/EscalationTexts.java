package org.carecircle.core.escalation;

import org.carecircle.core.message.Texts;
import java.util.Map;

/**
 * What the escalation desk says, from {@code messages/escalation.properties}, with the community's
 * name filled in. Immutable.
 */
public final class EscalationTexts {
  private final Texts texts = new Texts("escalation");
  private final String community;

  public EscalationTexts(String community) {
    this.community = community == null || community.isBlank() ? "the community" : community;
  }

  public String community() {
    return community;
  }

  /** The text under {@code key} with {@code {community}} and the given placeholders filled in. */
  public String get(String key, Map<String, ?> values) {
    Map<String, String> asText = new java.util.LinkedHashMap<>();
    values.forEach((k, v) -> asText.put(k, String.valueOf(v)));
    // Last, so a placeholder value that happens to contain "{community}" stays as written.
    return texts.get(key, asText).replace("{community}", community);
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
