package org.carecircle.kb;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a knowledge base from a directory tree or from the tree bundled in this module. Loading never
 * half-succeeds: a tree with any error is refused as a whole with a {@link KnowledgeBaseException}
 * that lists every problem; warnings are logged. Thread-safe.
 */
public final class KnowledgeBaseLoader {
  private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseLoader.class);

  // The contract's default audience is "all", which is spelled out so callers can filter simply.
  private static final List<String> ALL_AUDIENCES =
      List.of("patient", "caregiver", "survivor", "bereaved", "teen", "young-adult");

  private final KnowledgeBaseReader reader = new KnowledgeBaseReader();
  private final KnowledgeBaseValidator validator;

  public KnowledgeBaseLoader(KnowledgeBaseValidator validator) {
    this.validator = validator;
  }

  public KnowledgeBaseLoader() {
    this(new KnowledgeBaseValidator(Clock.systemDefaultZone()));
  }

  /** Loads every .yaml, .yml and .json file below {@code directory}, recursively, in path order. */
  public KnowledgeBase load(Path directory) {
    return build(reader.read(directory));
  }

  /** Loads the curated tree that ships inside this module (works from classes and from a jar). */
  public KnowledgeBase loadBundled() {
    return loadBundled(KnowledgeBaseLoader.class.getClassLoader());
  }

  /** Loads the tree bundled under {@code kb/} on the given class loader's classpath. */
  public KnowledgeBase loadBundled(ClassLoader classLoader) {
    return build(reader.readBundled(classLoader));
  }

  private KnowledgeBase build(KnowledgeBaseTree tree) {
    List<ValidationProblem> problems = validator.validate(tree);
    List<ValidationProblem> errors = problems.stream().filter(ValidationProblem::isError).toList();
    if (!errors.isEmpty()) {
      throw new KnowledgeBaseException(
          "The knowledge base at "
              + tree.origin()
              + " was refused: "
              + errors.size()
              + " error(s)",
          problems);
    }
    problems.forEach(p -> log.warn("Knowledge base: {}", p));
    List<FaqEntry> faqs = new ArrayList<>();
    List<SupportGroup> groups = new ArrayList<>();
    List<CrisisResource> crisis = new ArrayList<>();
    for (KnowledgeBaseFile file : tree.files()) {
      JsonNode root = file.root();
      String locale = root.path("locale").asText("en");
      for (JsonNode entry : root.get("entries")) {
        switch (root.get("kind").asText()) {
          case "faq" -> faqs.add(faq(entry, locale));
          case "group" -> groups.add(group(entry));
          default -> crisis.add(crisisResource(entry));
        }
      }
    }
    log.info(
        "Loaded knowledge base from {}: {} faq entries, {} groups, {} crisis resources",
        tree.origin(),
        faqs.size(),
        groups.size(),
        crisis.size());
    return new KnowledgeBase(faqs, groups, crisis);
  }

  private static FaqEntry faq(JsonNode entry, String locale) {
    List<Source> sources = new ArrayList<>();
    for (JsonNode source : entry.get("sources")) {
      sources.add(
          new Source(
              source.get("title").asText(),
              source.get("publisher").asText(),
              source.get("url").asText()));
    }
    return new FaqEntry(
        entry.get("id").asText(),
        entry.get("question").asText().strip(),
        texts(entry, "variants", List.of()),
        entry.get("answer").asText().strip(),
        sources,
        texts(entry, "tags", List.of()),
        LocalDate.parse(entry.get("reviewed").asText()),
        texts(entry, "related", List.of()),
        locale);
  }

  private static SupportGroup group(JsonNode entry) {
    return new SupportGroup(
        entry.get("id").asText(),
        entry.get("name").asText().strip(),
        entry.get("description").asText().strip(),
        entry.get("platform").asText(),
        entry.get("link").asText(),
        texts(entry, "cancer_types", List.of("any")),
        texts(entry, "audience", ALL_AUDIENCES),
        texts(entry, "regions", List.of("global")),
        texts(entry, "languages", List.of("en")),
        entry.path("requires_approval").asBoolean(false));
  }

  private static CrisisResource crisisResource(JsonNode entry) {
    JsonNode url = entry.get("url");
    return new CrisisResource(
        entry.get("id").asText(),
        entry.get("region").asText(),
        entry.get("name").asText().strip(),
        entry.get("contact").asText().strip(),
        url == null || url.isNull() ? null : url.asText(),
        texts(entry, "kinds", List.of()));
  }

  private static List<String> texts(JsonNode entry, String field, List<String> fallback) {
    JsonNode list = entry.get(field);
    if (list == null || list.isNull()) {
      return fallback;
    }
    List<String> values = new ArrayList<>();
    list.forEach(v -> values.add(v.asText().strip()));
    return values;
  }
}
