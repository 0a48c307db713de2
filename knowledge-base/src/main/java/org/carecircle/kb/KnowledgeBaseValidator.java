package org.carecircle.kb;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a knowledge-base tree against the file format contract ({@code kb-format.md}) and returns
 * every problem as a value. This is what {@code ./bot kb check} runs. Thread-safe.
 */
public final class KnowledgeBaseValidator {
  /** Reviews older than this many months are flagged for a curator (a warning, not an error). */
  public static final int STALE_REVIEW_MONTHS = 18;

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern REGION = Pattern.compile("[A-Z]{2}|global");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  private static final Pattern TEL = Pattern.compile("tel:\\+?[0-9][0-9-. ()]*[0-9]");

  private static final Set<String> FILE_FIELDS = Set.of("kind", "locale", "entries");
  private static final Set<String> KINDS = Set.of("faq", "group", "crisis-resource");
  private static final Set<String> FAQ_FIELDS =
      Set.of("id", "question", "variants", "answer", "sources", "tags", "reviewed", "related");
  private static final Set<String> SOURCE_FIELDS = Set.of("title", "publisher", "url");
  private static final Set<String> GROUP_FIELDS =
      Set.of(
          "id",
          "name",
          "description",
          "platform",
          "link",
          "cancer_types",
          "audience",
          "regions",
          "languages",
          "requires_approval");
  private static final Set<String> PLATFORMS =
      Set.of("discord", "telegram", "web", "phone", "in-person");
  private static final Set<String> AUDIENCES =
      Set.of("patient", "caregiver", "survivor", "bereaved", "teen", "young-adult");
  private static final Set<String> CRISIS_FIELDS =
      Set.of("id", "region", "name", "contact", "url", "kinds");
  private static final Set<String> LEVELS = Set.of("crisis", "medical", "distress");

  private final Clock clock;
  private final KnowledgeBaseReader reader;

  public KnowledgeBaseValidator(Clock clock) {
    this.clock = clock;
    this.reader = new KnowledgeBaseReader();
  }

  public KnowledgeBaseValidator() {
    this(Clock.systemDefaultZone());
  }

  /** Reads and checks the tree below {@code directory}; an empty list means it is valid. */
  public List<ValidationProblem> check(Path directory) {
    return validate(reader.read(directory));
  }

  /** Reads and checks the tree bundled with this module (what runs when no directory is given). */
  public List<ValidationProblem> checkBundled() {
    return validate(reader.readBundled(KnowledgeBaseValidator.class.getClassLoader()));
  }

  /** Checks a read tree: the files that did not parse, then every entry of every file. */
  public List<ValidationProblem> validate(KnowledgeBaseTree tree) {
    List<ValidationProblem> problems = new ArrayList<>(tree.readProblems());
    Map<String, String> fileOfId = new HashMap<>();
    Set<String> faqIds = new HashSet<>();
    List<Runnable> relatedChecks = new ArrayList<>();
    if (tree.files().isEmpty() && tree.readProblems().isEmpty()) {
      problems.add(ValidationProblem.error(tree.origin(), "", "", "holds no knowledge-base files"));
    }
    for (KnowledgeBaseFile file : tree.files()) {
      new FileCheck(file, problems, fileOfId, faqIds, relatedChecks).run();
    }
    // Related ids may point forward into a later file, so they are checked once all ids are known.
    relatedChecks.forEach(Runnable::run);
    return List.copyOf(problems);
  }

  /** The checks of one file; collects into the shared lists of the whole tree. */
  private final class FileCheck {
    private final KnowledgeBaseFile file;
    private final List<ValidationProblem> problems;
    private final Map<String, String> fileOfId;
    private final Set<String> faqIds;
    private final List<Runnable> relatedChecks;

    FileCheck(
        KnowledgeBaseFile file,
        List<ValidationProblem> problems,
        Map<String, String> fileOfId,
        Set<String> faqIds,
        List<Runnable> relatedChecks) {
      this.file = file;
      this.problems = problems;
      this.fileOfId = fileOfId;
      this.faqIds = faqIds;
      this.relatedChecks = relatedChecks;
    }

    void run() {
      JsonNode root = file.root();
      if (!root.isObject()) {
        error("", "", "must be a mapping with kind, locale and entries");
        return;
      }
      unknownFields(root, FILE_FIELDS, "", "");
      String kind = text(root, "kind");
      if (kind == null) {
        error("", "kind", "is missing (faq, group or crisis-resource)");
      } else if (!KINDS.contains(kind)) {
        error("", "kind", "unknown kind '" + kind + "' (faq, group or crisis-resource)");
        kind = null;
      }
      JsonNode locale = root.get("locale");
      if (locale != null && !(locale.isTextual() && LANGUAGE.matcher(locale.asText()).matches())) {
        error("", "locale", "must be a BCP-47 language tag such as en or en-GB");
      }
      JsonNode entries = root.get("entries");
      if (entries == null || !entries.isArray()) {
        error("", "entries", "must be a list of entries");
        return;
      }
      if (entries.isEmpty()) {
        warning("", "entries", "the file holds no entries");
      }
      if (kind == null) {
        return;
      }
      for (int i = 0; i < entries.size(); i++) {
        JsonNode entry = entries.get(i);
        String label = "entries[" + i + "]";
        if (!entry.isObject()) {
          error(label, "", "must be a mapping of fields");
          continue;
        }
        String id = checkId(entry, label);
        String name = id == null ? label : id;
        switch (kind) {
          case "faq" -> checkFaq(entry, name);
          case "group" -> checkGroup(entry, name);
          default -> checkCrisisResource(entry, name);
        }
      }
    }

    private String checkId(JsonNode entry, String label) {
      JsonNode idNode = entry.get("id");
      if (idNode == null || idNode.isNull()) {
        error(label, "id", "is missing");
        return null;
      }
      String id = idNode.asText();
      if (!idNode.isTextual() || !ID.matcher(id).matches()) {
        error(label, "id", "'" + id + "' must match [a-z0-9][a-z0-9-]*");
        return null;
      }
      String earlier = fileOfId.putIfAbsent(id, file.path());
      if (earlier != null) {
        error(id, "id", "duplicate id, already used in " + earlier);
      }
      return id;
    }

    private void checkFaq(JsonNode entry, String id) {
      unknownFields(entry, FAQ_FIELDS, id, "");
      faqIds.add(id);
      requiredText(entry, "question", id);
      requiredText(entry, "answer", id);
      textList(entry, "variants", id, false);
      textList(entry, "tags", id, false);
      JsonNode sources = entry.get("sources");
      if (sources == null || !sources.isArray() || sources.isEmpty()) {
        error(id, "sources", "needs at least one source {title, publisher, url}");
      } else {
        for (int i = 0; i < sources.size(); i++) {
          checkSource(sources.get(i), id, "sources[" + i + "]");
        }
      }
      checkReviewed(entry, id);
      List<String> related = textList(entry, "related", id, false);
      relatedChecks.add(
          () -> {
            for (int i = 0; i < related.size(); i++) {
              String target = related.get(i);
              if (target.equals(id)) {
                warning(id, "related[" + i + "]", "an entry should not be related to itself");
              } else if (!faqIds.contains(target)) {
                error(id, "related[" + i + "]", "'" + target + "' is not the id of a faq entry");
              }
            }
          });
    }

    private void checkSource(JsonNode source, String id, String field) {
      if (!source.isObject()) {
        error(id, field, "must be a mapping {title, publisher, url}");
        return;
      }
      unknownFields(source, SOURCE_FIELDS, id, field + ".");
      requiredText(source, "title", id, field + ".title");
      requiredText(source, "publisher", id, field + ".publisher");
      String url = requiredText(source, "url", id, field + ".url");
      if (url != null && !isHttpsUrl(url)) {
        error(id, field + ".url", "'" + url + "' must be an https URL");
      }
    }

    private void checkReviewed(JsonNode entry, String id) {
      String reviewed = requiredText(entry, "reviewed", id);
      if (reviewed == null) {
        return;
      }
      LocalDate date;
      try {
        date = LocalDate.parse(reviewed);
      } catch (DateTimeParseException e) {
        error(id, "reviewed", "'" + reviewed + "' must be an ISO date such as 2026-01-31");
        return;
      }
      LocalDate today = LocalDate.now(clock);
      if (date.isAfter(today)) {
        error(id, "reviewed", reviewed + " is in the future");
      } else if (date.isBefore(today.minusMonths(STALE_REVIEW_MONTHS))) {
        warning(
            id,
            "reviewed",
            reviewed + " is more than " + STALE_REVIEW_MONTHS + " months ago: due for review");
      }
    }

    private void checkGroup(JsonNode entry, String id) {
      unknownFields(entry, GROUP_FIELDS, id, "");
      requiredText(entry, "name", id);
      requiredText(entry, "description", id);
      String platform = requiredText(entry, "platform", id);
      if (platform != null && !PLATFORMS.contains(platform)) {
        error(id, "platform", "unknown platform '" + platform + "' " + PLATFORMS);
      }
      String link = requiredText(entry, "link", id);
      if (link != null && !isHttpsUrl(link) && !TEL.matcher(link).matches()) {
        error(id, "link", "'" + link + "' must be an https URL (or t.me / Discord link) or tel: URI");
      }
      textList(entry, "cancer_types", id, false);
      List<String> audience = textList(entry, "audience", id, false);
      for (int i = 0; i < audience.size(); i++) {
        if (!AUDIENCES.contains(audience.get(i))) {
          error(id, "audience[" + i + "]", "unknown audience '" + audience.get(i) + "' " + AUDIENCES);
        }
      }
      List<String> regions = textList(entry, "regions", id, false);
      for (int i = 0; i < regions.size(); i++) {
        checkRegion(regions.get(i), id, "regions[" + i + "]");
      }
      List<String> languages = textList(entry, "languages", id, false);
      for (int i = 0; i < languages.size(); i++) {
        if (!LANGUAGE.matcher(languages.get(i)).matches()) {
          error(id, "languages[" + i + "]", "'" + languages.get(i) + "' is not a language code");
        }
      }
      JsonNode approval = entry.get("requires_approval");
      if (approval != null && !approval.isBoolean()) {
        error(id, "requires_approval", "must be true or false");
      }
    }

    private void checkCrisisResource(JsonNode entry, String id) {
      unknownFields(entry, CRISIS_FIELDS, id, "");
      String region = requiredText(entry, "region", id);
      if (region != null) {
        checkRegion(region, id, "region");
      }
      requiredText(entry, "name", id);
      requiredText(entry, "contact", id);
      JsonNode url = entry.get("url");
      if (url != null && !(url.isTextual() && isHttpsUrl(url.asText()))) {
        error(id, "url", "'" + url.asText() + "' must be an https URL");
      }
      List<String> kinds = textList(entry, "kinds", id, true);
      for (int i = 0; i < kinds.size(); i++) {
        if (!LEVELS.contains(kinds.get(i))) {
          error(id, "kinds[" + i + "]", "unknown kind '" + kinds.get(i) + "' " + LEVELS);
        }
      }
    }

    private void checkRegion(String region, String id, String field) {
      if (!REGION.matcher(region).matches()) {
        error(id, field, "'" + region + "' must be an ISO 3166 alpha-2 code (e.g. GB) or global");
      }
    }

    private void unknownFields(JsonNode node, Set<String> known, String id, String prefix) {
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!known.contains(name)) {
          error(id, prefix + name, "unknown field");
        }
      }
    }

    private String requiredText(JsonNode node, String field, String id) {
      return requiredText(node, field, id, field);
    }

    private String requiredText(JsonNode node, String field, String id, String label) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        error(id, label, "is missing");
        return null;
      }
      if (!value.isValueNode() || value.asText().isBlank()) {
        error(id, label, "must be non-empty text");
        return null;
      }
      return value.asText();
    }

    private List<String> textList(JsonNode node, String field, String id, boolean required) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        if (required) {
          error(id, field, "is missing");
        }
        return List.of();
      }
      if (!value.isArray()) {
        error(id, field, "must be a list");
        return List.of();
      }
      if (required && value.isEmpty()) {
        error(id, field, "must not be empty");
      }
      List<String> items = new ArrayList<>();
      for (int i = 0; i < value.size(); i++) {
        JsonNode item = value.get(i);
        if (!item.isValueNode() || item.isNull() || item.asText().isBlank()) {
          error(id, field + "[" + i + "]", "must be non-empty text");
        } else {
          items.add(item.asText());
        }
      }
      return items;
    }

    private String text(JsonNode node, String field) {
      JsonNode value = node.get(field);
      return value == null || !value.isTextual() ? null : value.asText();
    }

    private void error(String id, String field, String message) {
      problems.add(ValidationProblem.error(file.path(), id, field, message));
    }

    private void warning(String id, String field, String message) {
      problems.add(ValidationProblem.warning(file.path(), id, field, message));
    }
  }

  private static boolean isHttpsUrl(String value) {
    try {
      URI uri = new URI(value);
      return "https".equals(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
