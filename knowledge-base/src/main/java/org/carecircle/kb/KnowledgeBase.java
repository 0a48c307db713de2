package org.carecircle.kb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The whole curated, validated content: faq entries, support groups and crisis resources. Immutable. */
public final class KnowledgeBase {
  private final List<FaqEntry> faqs;
  private final List<SupportGroup> groups;
  private final List<CrisisResource> crisisResources;
  private final Map<String, FaqEntry> faqById = new LinkedHashMap<>();

  public KnowledgeBase(
      List<FaqEntry> faqs, List<SupportGroup> groups, List<CrisisResource> crisisResources) {
    this.faqs = List.copyOf(faqs);
    this.groups = List.copyOf(groups);
    this.crisisResources = List.copyOf(crisisResources);
    this.faqs.forEach(f -> faqById.put(f.id(), f));
  }

  public List<FaqEntry> faqs() {
    return faqs;
  }

  public List<SupportGroup> groups() {
    return groups;
  }

  public List<CrisisResource> crisisResources() {
    return crisisResources;
  }

  public Optional<FaqEntry> faq(String id) {
    return Optional.ofNullable(faqById.get(id));
  }

  /**
   * Resources of a kind for a region, falling back to the global ones when the region has none, so
   * that a person in an unlisted country still gets a contact.
   */
  public List<CrisisResource> crisisResourcesFor(String region, String kind) {
    String wanted = region == null ? "" : region.toUpperCase(Locale.ROOT);
    List<CrisisResource> local =
        crisisResources.stream()
            .filter(r -> r.region().equalsIgnoreCase(wanted) && r.serves(kind))
            .toList();
    if (!local.isEmpty()) {
      return local;
    }
    return crisisResources.stream()
        .filter(r -> r.region().equalsIgnoreCase("global") && r.serves(kind))
        .toList();
  }
}
