package org.carecircle.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled corpus the learned layer trains on. */
class SafetyCorpusTest {

  @Test
  void holdsEveryLevelInNumbersAndNoTextTwice() {
    List<Exemplar> corpus = SafetyCorpus.bundled(List.of());

    assertThat(corpus).extracting(Exemplar::text).doesNotHaveDuplicates();
    for (SafetyLevel level : LearnedSignals.LEVELS) {
      assertThat(corpus.stream().filter(e -> e.level() == level).count())
          .as("examples of %s", level)
          .isGreaterThan(500);
    }
  }

  @Test
  void deploymentQuestionsJoinAsEverydayTalkWithoutRelabellingTheCorpus() {
    String labelledCrisis = SafetyCorpus.bundled(List.of()).stream()
        .filter(e -> e.level() == SafetyLevel.CRISIS).findFirst().orElseThrow().text();

    List<Exemplar> corpus =
        SafetyCorpus.bundled(List.of("how long does radiotherapy take each day", labelledCrisis));

    assertThat(corpus).contains(new Exemplar(SafetyLevel.NONE, "how long does radiotherapy take each day"));
    assertThat(corpus).contains(new Exemplar(SafetyLevel.CRISIS, labelledCrisis));
    assertThat(corpus).doesNotContain(new Exemplar(SafetyLevel.NONE, labelledCrisis));
  }

  @Test
  void isKeptApartFromTheHeldOutEvaluationSet() throws Exception {
    var held = new java.util.HashSet<String>();
    for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("..", "eval", "safety.jsonl"))) {
      if (!line.isBlank()) {
        held.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("text").asText());
      }
    }

    assertThat(SafetyCorpus.bundled(List.of())).extracting(Exemplar::text).doesNotContainAnyElementsOf(held);
  }
}
