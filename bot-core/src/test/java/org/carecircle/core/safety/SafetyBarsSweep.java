package org.carecircle.core.safety;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carecircle.kb.KnowledgeBase;
import org.carecircle.kb.KnowledgeBaseLoader;
import org.carecircle.kb.search.HybridFaqSearch;

/**
 * A developer's tool, not a test: chooses {@link SafetyDetector.Bars} honestly. It trains the
 * detector on the bundled corpus without the files named on the command line (whole sets by
 * independent writers, and faq questions), as the bot trains it (with the bundled knowledge base's
 * questions as everyday talk), then scores the held-apart files under a grid of bars: crisis and
 * medical recall, distress caught, false escalations of everyday messages, and of faq questions
 * (files whose name starts with "questions") apart. Run with the test classpath:
 * {@code java -cp ... SafetyBarsSweep written-12.jsonl,questions-2.jsonl}; the grid of each bar can be
 * set, e.g. {@code -Dbars.distress=0.05,0.15,0.25} (also {@code bars.everyday}, {@code bars.lean}).
 */
public final class SafetyBarsSweep {
  private SafetyBarsSweep() {}

  public static void main(String[] args) throws Exception {
    Set<String> apart = Set.of(args[0].split(","));
    List<Exemplar> corpus = new ArrayList<>(ExemplarSet.bundled().all());
    List<Exemplar> held = new ArrayList<>();
    List<Exemplar> questions = new ArrayList<>();
    for (String file : indexFiles()) {
      List<Exemplar> read = SafetyCorpus.read("safety/corpus/" + file);
      if (!apart.contains(file)) {
        corpus.addAll(read);
      } else if (file.startsWith("questions")) {
        questions.addAll(read);
      } else {
        held.addAll(read);
      }
    }
    KnowledgeBase kb = new KnowledgeBaseLoader().loadBundled();
    kb.faqs().stream()
        .flatMap(entry -> HybridFaqSearch.embeddedTexts(entry).stream())
        .forEach(text -> corpus.add(new Exemplar(SafetyLevel.NONE, text)));
    BundledVectors vectors = new BundledVectors(SharedEmbedder.embedder());
    SafetyDetector trained = SafetyDetector.trainedOn(corpus, SharedEmbedder.embedder());
    List<float[]> heldVectors = vectors.embedAll(held.stream().map(Exemplar::text).toList());
    List<float[]> questionVectors = vectors.embedAll(questions.stream().map(Exemplar::text).toList());
    System.out.printf("trained on %d, scoring %d held apart and %d faq questions%n",
        corpus.size(), held.size(), questions.size());
    System.out.println("everyday distress lean | crisis medical distress-caught fp | faq-fp");
    for (double everyday : grid("bars.everyday", "0.35,0.40,0.45,0.50")) {
      for (double distress : grid("bars.distress", "0.15,0.25")) {
        for (double lean : grid("bars.lean", "0.35,0.40,0.50")) {
          SafetyDetector detector =
              trained.withBars(new SafetyDetector.Bars(everyday, distress, lean, 0.25));
          System.out.printf("%.2f %.2f %.2f | %s | %.3f%n", everyday, distress, lean,
              score(detector, held, heldVectors), falseRate(detector, questions, questionVectors));
        }
      }
    }
  }

  /** The values of one bar to try: a system property of comma-separated numbers, or the default. */
  private static double[] grid(String property, String fallback) {
    return java.util.Arrays.stream(System.getProperty(property, fallback).split(","))
        .mapToDouble(Double::parseDouble)
        .toArray();
  }

  private static String score(SafetyDetector detector, List<Exemplar> cases, List<float[]> vectors) {
    Map<SafetyLevel, int[]> counts = new EnumMap<>(SafetyLevel.class);
    for (int i = 0; i < cases.size(); i++) {
      SafetyLevel expected = cases.get(i).level();
      SafetyLevel got = detector.assess(cases.get(i).text(), vectors.get(i)).level();
      int[] c = counts.computeIfAbsent(expected, k -> new int[3]);
      c[0]++;
      c[1] += got == expected ? 1 : 0;
      c[2] += got.isRaised() ? 1 : 0;
    }
    return String.format("%.3f %.3f %.3f %.3f",
        ratio(counts, SafetyLevel.CRISIS, 1), ratio(counts, SafetyLevel.MEDICAL, 1),
        ratio(counts, SafetyLevel.DISTRESS, 2), ratio(counts, SafetyLevel.NONE, 2));
  }

  private static double falseRate(SafetyDetector detector, List<Exemplar> cases, List<float[]> vectors) {
    int raised = 0;
    for (int i = 0; i < cases.size(); i++) {
      raised += detector.assess(cases.get(i).text(), vectors.get(i)).level().isRaised() ? 1 : 0;
    }
    return cases.isEmpty() ? 0 : (double) raised / cases.size();
  }

  private static double ratio(Map<SafetyLevel, int[]> counts, SafetyLevel level, int column) {
    int[] c = counts.get(level);
    return c == null ? Double.NaN : (double) c[column] / c[0];
  }

  private static List<String> indexFiles() throws Exception {
    List<String> files = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        SafetyBarsSweep.class.getClassLoader().getResourceAsStream(SafetyCorpus.INDEX),
        StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          files.add(line.strip());
        }
      }
    }
    return files;
  }
}
