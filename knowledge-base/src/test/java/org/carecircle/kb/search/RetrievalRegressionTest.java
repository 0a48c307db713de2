package org.carecircle.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.carecircle.kb.FaqEntry;
import org.carecircle.kb.KnowledgeBase;
import org.carecircle.kb.KnowledgeBaseLoader;
import org.carecircle.kb.eval.EvalCase;
import org.carecircle.kb.eval.EvalScore;
import org.carecircle.kb.eval.RetrievalEvaluation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project's evaluation cases ({@code eval/*.jsonl} at the repository root) through the bundled
 * knowledge base, on the two sets no part of retrieval was fitted or tuned on: faq-h and faq-i,
 * each by a writer who saw only the knowledge base (399 questions and 96 that it has no entry
 * for). The projection and ranking model were fitted on faq-a to faq-g and the threshold chosen on
 * faq-d to faq-g before these two were written. Floors sit a little under the measured figures,
 * so a change that makes retrieval worse fails the build. Missing case files fail: this test never
 * skips.
 */
class RetrievalRegressionTest {
  private static final Path EVAL = Path.of("..", "eval");

  private static KnowledgeBase kb;
  private static Set<String> ids;
  private static HybridFaqSearch hybrid;
  private static RetrievalEvaluation evaluation;
  private static List<EvalCase> cases;
  private static EmbeddingCache cache;

  @BeforeAll
  static void embedCasesOnce() throws Exception {
    cases = new ArrayList<>();
    for (String name : List.of("faq-h.jsonl", "faq-i.jsonl")) {
      assertThat(EVAL.resolve(name)).as("evaluation cases are part of the project").exists();
      cases.addAll(EvalCase.read(EVAL.resolve(name)));
    }
    kb = new KnowledgeBaseLoader().loadBundled();
    ids = kb.faqs().stream().map(FaqEntry::id).collect(Collectors.toSet());
    // Test data only: the cases' embeddings are cached next to the test classes between runs.
    cache = new EmbeddingCache(buildDirectory().resolve("eval-embeddings"), SharedEmbedder.EMBEDDER);
    List<float[]> embeddings = cache.embedAll(cases.stream().map(EvalCase::text).toList());
    hybrid = new HybridFaqSearch(kb, cache);
    evaluation = new RetrievalEvaluation(cases, embeddings);
  }

  @Test
  void everyExpectedIdIsAnEntryOfTheBundledKnowledgeBase() throws Exception {
    List<String> unknown = new ArrayList<>();
    for (String name : List.of("faq-a.jsonl", "faq-b.jsonl", "faq-c.jsonl", "faq-d.jsonl", "faq-e.jsonl",
        "faq-f.jsonl", "faq-g.jsonl", "faq-h.jsonl", "faq-i.jsonl")) {
      EvalCase.read(EVAL.resolve(name)).stream()
          .map(EvalCase::expect)
          .filter(expect -> !expect.equals("abstain"))
          .filter(expect -> !ids.contains(expect))
          .forEach(unknown::add);
    }
    assertThat(unknown).isEmpty();
  }

  @Test
  void hybridRetrievalMeetsItsFloorsOnTheProjectCases() {
    EvalScore score = evaluation.score(hybrid, ids);
    System.out.println("HYBRID   " + score);
    score.failures().forEach(f -> System.out.println("   " + f));

    // Top-1 as the acceptance check counts it: answered outright with the expected entry first
    // (CLARIFY is a miss). Measured on faq-h + faq-i: answered top1 0.942, top3 1.000, abstain
    // 0.958 (at the same abstention, embeddings alone 0.890 and BM25 alone 0.541).
    assertThat(score.answeredTop1()).isGreaterThanOrEqualTo(0.93);
    assertThat(score.top3()).isGreaterThanOrEqualTo(0.99);
    assertThat(score.abstainCorrect()).isGreaterThanOrEqualTo(0.93);
  }

  @Test
  void onHalfTheKnowledgeBaseTheRemovedEntriesQuestionsAreNotAnswered() {
    // What a different knowledge base looks like from here: questions near, but not about, any
    // entry. Entries split by the hash of their id, as the fitting tool's check does.
    for (int half = 0; half < 2; half++) {
      int h = half;
      List<FaqEntry> kept =
          kb.faqs().stream().filter(e -> Math.floorMod(e.id().hashCode(), 2) == h).toList();
      Set<String> keptIds = kept.stream().map(FaqEntry::id).collect(Collectors.toSet());
      HybridFaqSearch small =
          new HybridFaqSearch(new KnowledgeBase(kept, List.of(), List.of()), cache);

      EvalScore score = evaluation.score(small, keptIds);
      System.out.println("HALF " + half + "   " + score);

      // Measured: half 0 answered top1 0.946, top3 1.000, abstain 0.924; half 1 0.959, 1.000,
      // 0.913 (of 96 abstain and 195 or 204 removed entries' cases). The questions of removed
      // entries count as abstain cases here, which makes this much harder than the sets' own
      // abstain cases: they are about cancer care, near entries that remain.
      assertThat(score.answeredTop1()).as("half " + half).isGreaterThanOrEqualTo(0.93);
      assertThat(score.top3()).as("half " + half).isGreaterThanOrEqualTo(0.99);
      assertThat(score.abstainCorrect()).as("half " + half).isGreaterThanOrEqualTo(0.90);
    }
  }

  @Test
  void theRankingModelAnswersMoreRightThanEitherSignalAloneAtTheSameAbstention() {
    EvalScore hybridScore = evaluation.score(hybrid, ids);
    for (RetrievalMode single : List.of(RetrievalMode.LEXICAL, RetrievalMode.SEMANTIC)) {
      // from a low threshold, raise the single signal's until it abstains at least as often as
      // the hybrid, then compare how many questions each answers with the right entry
      SearchCalibration calibration = SearchCalibration.defaults(single).withThreshold(0.2f, 0f);
      EvalScore score = evaluation.score(hybrid.recalibrated(single, calibration), ids);
      while (score.abstainCorrect() < hybridScore.abstainCorrect()) {
        calibration = calibration.withThreshold(calibration.answerThreshold() + 0.01f, 0f);
        score = evaluation.score(hybrid.recalibrated(single, calibration), ids);
      }
      System.out.printf("%-8s %s (threshold %.2f)%n", single, score, calibration.answerThreshold());

      assertThat(hybridScore.answeredTop1()).as("hybrid vs " + single)
          .isGreaterThan(score.answeredTop1());
    }
    // Ranking alone, the projected embeddings find the entry among the first three about as often
    // as the model does (0.992 against 1.000); words alone do not (0.915).
    EvalScore lexical = evaluation.score(
        hybrid.recalibrated(RetrievalMode.LEXICAL, SearchCalibration.defaults(RetrievalMode.LEXICAL)), ids);
    assertThat(hybridScore.top3()).isGreaterThan(lexical.top3());
  }

  @Test
  void aSearchCostsWellUnderOneEmbeddingCall() {
    // warm up the JIT as a running bot would be, then measure
    evaluation.score(hybrid, ids);
    evaluation.score(hybrid, ids);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuBefore = threads.getCurrentThreadCpuTime();
    EvalScore score = evaluation.score(hybrid, ids);
    double cpuMicros = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1000.0 / cases.size();
    long[] embedNanos = new long[40];
    for (int i = 0; i < embedNanos.length; i++) {
      long start = System.nanoTime();
      SharedEmbedder.EMBEDDER.embed(cases.get(i * 7 % cases.size()).text());
      embedNanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(embedNanos);
    System.out.printf(
        "search without the message embedding: p50 %.0f us, p99 %.0f us (wall), %.0f us CPU on"
            + " average; one embedding call: p50 %.0f us (wall)%n",
        score.latencyP50Micros(), score.latencyP99Micros(), cpuMicros, embedNanos[20] / 1000.0);

    // Wall time grows when other processes share the machine, CPU time much less. Measured on a
    // 2-core machine at load 13: p50 0.24-0.42 ms wall, 0.5 ms CPU on average (long messages and
    // GC included), while one embedding call took 66 ms wall.
    assertThat(cpuMicros).isLessThan(1000);
    assertThat(score.latencyP50Micros()).isLessThan(1000);
  }

  private static Path buildDirectory() throws URISyntaxException {
    Path testClasses = Path.of(RetrievalRegressionTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return Files.isDirectory(testClasses) ? testClasses.getParent() : Path.of(System.getProperty("java.io.tmpdir"));
  }
}
