package org.carecircle.kb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.carecircle.kb.FixtureKnowledgeBase;
import org.carecircle.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

class LexicalIndexTest {
  private static final KnowledgeBase KB = FixtureKnowledgeBase.load();
  private final LexicalIndex index = new LexicalIndex(KB.faqs(), 2f, 1.6f, 1f);

  @Test
  void precomputedScoresEqualLuceneBm25QueryScores() {
    for (String text :
        List.of(
            "will chemo make my hair fall out",
            "Does radiotherapy hurt? My mum starts rads next week and she is scared",
            "what temperature is a fever when white cells are low",
            "pizza")) {
      String focus = HybridFaqSearch.focusOf(text);
      float[] fast = index.scores(text, focus, 0.5f);
      float[] lucene = index.scoresByLuceneQuery(text, focus, 0.5f);
      for (int i = 0; i < fast.length; i++) {
        assertThat(fast[i]).as(text + " #" + i).isCloseTo(lucene[i], within(1e-4f));
      }
    }
  }

  @Test
  void layTermsFindTheFormalWordButCountLessThanIt() {
    int radiotherapy = 2; // radiotherapy-pain never says "rads"
    float lay = index.scores("rads", null, 0f)[radiotherapy];
    float formal = index.scores("radiotherapy", null, 0f)[radiotherapy];

    assertThat(lay).isPositive().isLessThan(formal);
  }

  @Test
  void matchesAcrossStemsAndStopWords() {
    float[] scores = index.scores("how do I tell the children", null, 0f);

    assertThat(scores[3]).isPositive(); // telling-children
    assertThat(scores[3]).isGreaterThan(scores[0]);
  }

  @Test
  void coverageCountsTheMessagesWordsEachEntryUsesAndTheOnesNoEntryUses() {
    // "radiotherapy" and "hurt" are in radiotherapy-pain's question; "xbox" is in no entry
    TermCoverage coverage = index.coverage("does radiotherapy hurt on an xbox");
    int radiotherapy = 2;

    assertThat(coverage.words()).isEqualTo(3);
    assertThat(coverage.asked()[radiotherapy]).isCloseTo(2f / 3f, within(1e-6f));
    assertThat(coverage.asked()[0]).isLessThan(coverage.asked()[radiotherapy]);
    assertThat(coverage.unknown()).isCloseTo(1f / 3f, within(1e-6f));
  }

  @Test
  void aMessageOfStopWordsOnlyCoversNothing() {
    TermCoverage coverage = index.coverage("what is it");

    assertThat(coverage.words()).isZero();
    assertThat(coverage.unknown()).isZero();
    assertThat(coverage.asked()).containsOnly(0f);
  }
}
