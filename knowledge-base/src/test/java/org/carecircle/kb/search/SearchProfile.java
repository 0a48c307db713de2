package org.carecircle.kb.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.carecircle.kb.FaqEntry;
import org.carecircle.kb.KnowledgeBase;
import org.carecircle.kb.KnowledgeBaseLoader;
import org.carecircle.kb.eval.EvalCase;

/** A developer's tool, not a test: times the parts of a search over the evaluation cases. */
public final class SearchProfile {
  private SearchProfile() {}

  public static void main(String[] args) {
    KnowledgeBase kb = new KnowledgeBaseLoader().load(Path.of(args[0]));
    List<EvalCase> cases = new ArrayList<>();
    for (String name : List.of("faq-a.jsonl", "faq-b.jsonl", "abstain.jsonl")) {
      cases.addAll(EvalCase.read(Path.of(args[1]).resolve(name)));
    }
    List<FaqEntry> entries = kb.faqs();
    List<String> vocabulary = new ArrayList<>();
    entries.forEach(e -> { vocabulary.addAll(HybridFaqSearch.embeddedTexts(e)); vocabulary.add(e.answer()); vocabulary.addAll(e.tags()); });
    Set<String> layWords = new HashSet<>();
    LayTerms.GROUPS.forEach(g -> g.forEach(t -> layWords.addAll(List.of(t.split(" ")))));
    SpellingCorrector speller = new SpellingCorrector(vocabulary, layWords);
    LexicalIndex lexical = new LexicalIndex(entries, 2f, 1.6f, 1f);
    FaqAnalyzer analyzer = FaqAnalyzer.forQuery();
    for (int round = 0; round < 5; round++) {
      long t0 = System.nanoTime();
      int tokens = 0;
      for (EvalCase c : cases) {
        try (org.apache.lucene.analysis.TokenStream ts = analyzer.tokenStream("", c.text())) {
          ts.reset();
          while (ts.incrementToken()) {
            tokens++;
          }
          ts.end();
        } catch (java.io.IOException e) {
          throw new RuntimeException(e);
        }
      }
      System.out.printf("analysis %.0f us per case, %d tokens%n", (System.nanoTime() - t0) / 1000.0 / cases.size(), tokens);
    }
    for (int round = 0; round < 5; round++) {
      long spell = 0, lex = 0, focusNanos = 0;
      for (EvalCase c : cases) {
        long t0 = System.nanoTime();
        String corrected = speller.correct(c.text());
        long t1 = System.nanoTime();
        String focus = HybridFaqSearch.focusOf(corrected);
        long t2 = System.nanoTime();
        lexical.scores(corrected, focus, 0.5f);
        long t3 = System.nanoTime();
        spell += t1 - t0; focusNanos += t2 - t1; lex += t3 - t2;
      }
      System.out.printf("round %d per case: spell %.0f us, focus %.0f us, lexical %.0f us%n", round,
          spell / 1000.0 / cases.size(), focusNanos / 1000.0 / cases.size(), lex / 1000.0 / cases.size());
    }
  }
}
