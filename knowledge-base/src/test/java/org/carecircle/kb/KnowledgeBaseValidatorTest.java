package org.carecircle.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.carecircle.kb.ValidationProblem.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseValidatorTest {
  private final KnowledgeBaseValidator validator = new KnowledgeBaseValidator(FixtureKnowledgeBase.CLOCK);

  @TempDir Path temp;

  @Test
  void theFixtureTreeHasNoProblems() {
    assertThat(validator.check(FixtureKnowledgeBase.directory())).isEmpty();
  }

  @Test
  void namesFileEntryAndFieldOfUnknownAndMissingFields() throws IOException {
    List<ValidationProblem> problems =
        check(
            "faq.yaml",
            """
            kind: faq
            entries:
              - id: no-answer
                question: Where is the answer?
                sources: [{title: T, publisher: P, url: "https://example.org", extra: 1}]
                reviewed: 2026-10-01
                colour: blue
            """);

    assertThat(problems)
        .extracting(ValidationProblem::toString)
        .containsExactlyInAnyOrder(
            "ERROR faq.yaml: no-answer: colour: unknown field",
            "ERROR faq.yaml: no-answer: answer: is missing",
            "ERROR faq.yaml: no-answer: sources[0].extra: unknown field");
  }

  @Test
  void rejectsBadIdsAndDuplicateIdsAcrossFiles() throws IOException {
    write("one.yaml", faq("same-id") + faqEntry("Not.Valid"));
    write("two/other.yaml", faq("same-id"));

    List<ValidationProblem> problems = validator.check(temp);

    assertThat(problems)
        .extracting(ValidationProblem::toString)
        .containsExactlyInAnyOrder(
            "ERROR one.yaml: entries[1]: id: 'Not.Valid' must match [a-z0-9][a-z0-9-]*",
            "ERROR two/other.yaml: same-id: id: duplicate id, already used in one.yaml");
  }

  @Test
  void requiresHttpsSourcesButAcceptsTelAndTelegramLinksForGroups() throws IOException {
    write(
        "faq.yaml",
        faq("plain-http").replace("https://example.org/page", "http://example.org/page"));
    write(
        "groups.yaml",
        """
        kind: group
        entries:
          - {id: tg, name: TG, description: D, platform: telegram, link: "https://t.me/example_group"}
          - {id: dc, name: DC, description: D, platform: discord, link: "https://discord.gg/example"}
          - {id: ph, name: PH, description: D, platform: phone, link: "tel:+1-800-227-2345"}
          - {id: bad-link, name: B, description: D, platform: web, link: "http://example.org"}
          - {id: bad-values, name: B, description: D, platform: fax, link: "https://example.org",
             audience: [patient, robot], regions: [gb, FR], languages: [en], requires_approval: maybe}
        """);

    assertThat(validator.check(temp))
        .extracting(p -> p.entry() + " " + p.field())
        .containsExactlyInAnyOrder(
            "plain-http sources[0].url",
            "bad-link link",
            "bad-values platform",
            "bad-values audience[1]",
            "bad-values regions[0]",
            "bad-values requires_approval");
  }

  @Test
  void danglingRelatedIdsAreErrorsEvenAcrossFiles() throws IOException {
    write("a.yaml", faq("first").replace("reviewed:", "related: [second, ghost]\n    reviewed:"));
    write("b.yaml", faq("second"));

    assertThat(validator.check(temp))
        .extracting(ValidationProblem::toString)
        .containsExactly("ERROR a.yaml: first: related[1]: 'ghost' is not the id of a faq entry");
  }

  @Test
  void reviewDatesInTheFutureAreErrorsAndStaleOnesWarnings() throws IOException {
    write(
        "a.yaml",
        faq("future").replace("2026-10-01", "2026-12-01")
            + faqEntry("stale").replace("2026-10-01", "2025-05-01")
            + faqEntry("not-a-date").replace("2026-10-01", "last week"));

    List<ValidationProblem> problems = validator.check(temp);

    assertThat(problems)
        .extracting(p -> p.entry() + " " + p.field() + " " + p.severity())
        .containsExactlyInAnyOrder(
            "future reviewed ERROR", "stale reviewed WARNING", "not-a-date reviewed ERROR");
  }

  @Test
  void checksCrisisResourcesKindsRegionAndUrl() throws IOException {
    List<ValidationProblem> problems =
        check(
            "crisis.yaml",
            """
            kind: crisis-resource
            entries:
              - {id: ok, region: global, name: N, contact: C, kinds: [crisis]}
              - {id: bad, region: Narnia, name: N, contact: C, url: "ftp://x", kinds: [panic]}
              - {id: no-kinds, region: US, name: N, contact: C}
            """);

    assertThat(problems)
        .extracting(p -> p.entry() + " " + p.field())
        .containsExactlyInAnyOrder("bad region", "bad url", "bad kinds[0]", "no-kinds kinds");
  }

  @Test
  void unknownKindsAndUnparseableFilesAreReportedPerFile() throws IOException {
    write("a.yaml", "kind: recipe\nentries: []\n");
    write("b.yml", "kind: faq\nentries: [\n");
    write("c.yaml", "kind: faq\nlocale: en\nentries: []\ncomment: hi\n");

    assertThat(validator.check(temp))
        .extracting(p -> p.file() + " " + p.field() + " " + p.severity())
        .containsExactlyInAnyOrder(
            "a.yaml kind ERROR",
            "a.yaml entries WARNING",
            "b.yml  ERROR",
            "c.yaml comment ERROR",
            "c.yaml entries WARNING");
  }

  @Test
  void everyProblemPrintsAsOneLine() {
    ValidationProblem problem =
        new ValidationProblem("faq/a.yaml", "x-1", "answer", "is missing", Severity.ERROR);

    assertThat(problem.toString()).isEqualTo("ERROR faq/a.yaml: x-1: answer: is missing").doesNotContain("\n");
  }

  private List<ValidationProblem> check(String name, String text) throws IOException {
    write(name, text);
    return validator.check(temp);
  }

  private void write(String name, String text) throws IOException {
    Path file = temp.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static String faq(String id) {
    return "kind: faq\nentries:\n" + faqEntry(id);
  }

  private static String faqEntry(String id) {
    return """
          - id: %s
            question: A question?
            answer: An answer.
            sources: [{title: T, publisher: P, url: "https://example.org/page"}]
            reviewed: 2026-10-01
        """
        .formatted(id);
  }
}
