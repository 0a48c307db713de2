package org.carecircle.kb;

import java.util.List;

/** A community, helpline or meeting that people can be pointed to. */
public record SupportGroup(
    String id,
    String name,
    String description,
    String platform,
    String link,
    List<String> cancerTypes,
    List<String> audience,
    List<String> regions,
    List<String> languages,
    boolean requiresApproval) {

  public SupportGroup {
    cancerTypes = List.copyOf(cancerTypes);
    audience = List.copyOf(audience);
    regions = List.copyOf(regions);
    languages = List.copyOf(languages);
  }
}
