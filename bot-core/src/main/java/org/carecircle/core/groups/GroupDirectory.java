package org.carecircle.core.groups;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.carecircle.kb.KnowledgeBase;
import org.carecircle.kb.SupportGroup;

/**
 * Finds support groups that fit a person: their cancer type, whether they are a patient or a
 * caregiver, their region and language. Groups for "any" cancer and "global" regions fit everyone.
 * Immutable and thread-safe.
 */
public final class GroupDirectory {
  private final List<SupportGroup> groups;

  public GroupDirectory(KnowledgeBase knowledgeBase) {
    this.groups = knowledgeBase.groups();
  }

  public Optional<SupportGroup> group(String id) {
    return groups.stream().filter(g -> g.id().equals(id)).findFirst();
  }

  public List<SupportGroup> find(GroupQuery query, int limit) {
    return groups.stream()
        .filter(g -> fitsType(g, query) && fitsAudience(g, query) && fitsRegion(g, query))
        .filter(g -> query.language() == null || g.languages().contains(query.language()))
        .sorted(Comparator.comparingInt((SupportGroup g) -> -score(g, query)).thenComparing(SupportGroup::name))
        .limit(limit)
        .toList();
  }

  private static boolean fitsType(SupportGroup g, GroupQuery q) {
    return q.cancerTypes().isEmpty()
        || g.cancerTypes().contains("any")
        || g.cancerTypes().stream().anyMatch(q.cancerTypes()::contains);
  }

  private static boolean fitsAudience(SupportGroup g, GroupQuery q) {
    return q.audience().isEmpty()
        || g.audience().isEmpty()
        || g.audience().stream().anyMatch(q.audience()::contains);
  }

  private static boolean fitsRegion(SupportGroup g, GroupQuery q) {
    return g.regions().stream()
        .anyMatch(r -> r.equalsIgnoreCase("global") || r.equalsIgnoreCase(q.region()));
  }

  /** Specific beats general: a group for this cancer, this audience, this country comes first. */
  private static int score(SupportGroup g, GroupQuery q) {
    int score = 0;
    if (g.cancerTypes().stream().anyMatch(q.cancerTypes()::contains)) {
      score += 4;
    }
    if (g.audience().stream().anyMatch(q.audience()::contains)) {
      score += 2;
    }
    if (g.regions().stream().anyMatch(r -> r.equalsIgnoreCase(q.region()))) {
      score += 2;
    }
    String text = (g.name() + " " + g.description()).toLowerCase(Locale.ROOT);
    score += (int) q.words().stream().filter(text::contains).count();
    return score;
  }
}
