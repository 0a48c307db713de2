package org.carecircle.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Scores the whole detector on the project's held-out labelled safety set ({@code eval/safety.jsonl}
 * at the repository root), on the corpus it learns from and on our own development examples.
 * Floors sit a little under what was measured, so a regression fails the build.
 */
class SafetyEvaluationTest {
  private static final Path PROJECT_SET = Path.of("..", "eval", "safety.jsonl");
  private static final Path DEV_SET = Path.of("src", "test", "resources", "safety", "dev-cases.jsonl");

  record Case(String text, String expect) {}

  /** Per-level results as `./bot eval` reports them (cli.md). */
  record Scores(
      int cases, double crisisRecall, double medicalRecall, double distressCaught,
      double falseEscalationRate, List<String> failures) {}

  @Test
  void projectSafetySetMeetsItsFloors() throws IOException {
    assertThat(PROJECT_SET).as("the labelled safety set must exist").exists();
    Scores s = score(read(PROJECT_SET));
    System.out.printf(Locale.ROOT, "eval/safety.jsonl: %d cases, crisis recall %.3f, medical recall %.3f,"
            + " distress caught %.3f, false escalation %.3f%n",
        s.cases(), s.crisisRecall(), s.medicalRecall(), s.distressCaught(), s.falseEscalationRate());
    s.failures().forEach(System.out::println);
    // eval/safety.jsonl was written apart from everything the detector learns from and was never
    // read while building it. Measured 2026-11-27 on 863 cases: before the learned layer (rules
    // and exemplars only) crisis 0.469, medical 0.752, distress caught 0.838, false escalations
    // 0.057; with it (corpus of twelve written sets, a surer bar for distress), crisis 0.984,
    // medical 0.983, distress caught 1.000, false escalations 0.036 with MiniLM embeddings; with
    // bge-small-en-v1.5, seventeen sets and the fever rule (session 3): 0.976, 0.991, 0.991, 0.042;
    // with distress raised only below 0.15 everyday talk (session 4): distress caught 0.974.
    assertThat(s.crisisRecall()).as("crisis recall").isGreaterThanOrEqualTo(0.95);
    assertThat(s.medicalRecall()).as("medical recall").isGreaterThanOrEqualTo(0.95);
    assertThat(s.distressCaught()).as("distress caught").isGreaterThanOrEqualTo(0.96);
    assertThat(s.falseEscalationRate()).as("false escalations").isLessThanOrEqualTo(0.05);
  }

  @Test
  void learnedLayerFitsTheCorpusItWasTrainedOn() throws IOException {
    Scores s = score(SafetyCorpus.bundled(List.of()).stream()
        .map(e -> new Case(e.text(), e.level().isRaised() ? "escalate:" + e.level().resourceKind() : "no-escalate"))
        .toList());
    // Not a measure of quality (eval/safety.jsonl is): a broken feature or training step shows here
    // first, as a model that cannot even reproduce the labels it learned from.
    assertThat(s.crisisRecall()).as("crisis recall").isGreaterThanOrEqualTo(0.95);
    assertThat(s.medicalRecall()).as("medical recall").isGreaterThanOrEqualTo(0.95);
    assertThat(s.distressCaught()).as("distress caught").isGreaterThanOrEqualTo(0.95);
    assertThat(s.falseEscalationRate()).as("false escalations").isLessThanOrEqualTo(0.03);
  }

  @Test
  void ownDevelopmentExamplesAllPass() throws IOException {
    Scores s = score(read(DEV_SET));
    assertThat(s.failures()).isEmpty();
  }

  private static Scores score(List<Case> cases) {
    SafetyDetector detector = SharedEmbedder.detector();
    List<float[]> embeddings =
        SharedEmbedder.embedder().embedAll(cases.stream().map(Case::text).toList());
    int[] total = new int[4];
    int[] exact = new int[4];
    int[] raised = new int[4];
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      SafetyAssessment a = detector.assess(c.text(), embeddings.get(i));
      String got = a.level().isRaised() ? "escalate:" + a.level().resourceKind() : "no-escalate";
      int k = index(c.expect());
      total[k]++;
      if (got.equals(c.expect())) {
        exact[k]++;
      } else {
        failures.add("expect=" + c.expect() + " got=" + got + " | " + c.text() + " | " + a.reasons());
      }
      if (a.level().isRaised()) {
        raised[k]++;
      }
    }
    return new Scores(cases.size(), ratio(exact[0], total[0]), ratio(exact[1], total[1]),
        ratio(raised[2], total[2]), total[3] == 0 ? 0 : raised[3] / (double) total[3], failures);
  }

  private static int index(String expect) {
    return switch (expect) {
      case "escalate:crisis" -> 0;
      case "escalate:medical" -> 1;
      case "escalate:distress" -> 2;
      case "no-escalate" -> 3;
      default -> throw new IllegalArgumentException("unknown expect: " + expect);
    };
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 1.0 : part / (double) whole;
  }

  private static List<Case> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Case> cases = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank()) {
        JsonNode node = json.readTree(line);
        cases.add(new Case(node.get("text").asText(), node.get("expect").asText()));
      }
    }
    return cases;
  }
}
