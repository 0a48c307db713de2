package org.carecircle.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.carecircle.kb.FaqEntry;
import org.carecircle.kb.FixtureKnowledgeBase;
import org.carecircle.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

class HybridFaqSearchTest {
  private static final KnowledgeBase KB = FixtureKnowledgeBase.load();
  private static final HybridFaqSearch SEARCH =
      new HybridFaqSearch(
          KB,
          SharedEmbedder.EMBEDDER,
          RetrievalMode.HYBRID,
          SearchCalibration.defaults(RetrievalMode.HYBRID));

  private static FaqSearchResult ask(String text) {
    return SEARCH.search(text, SharedEmbedder.EMBEDDER.embed(text));
  }

  private static String bestId(FaqSearchResult result) {
    return result.best().orElseThrow().entry().id();
  }

  @Test
  void answersAPlainQuestionWithTheMatchingEntry() {
    FaqSearchResult result = ask("is radiation treatment painful?");

    assertThat(result.outcome()).isEqualTo(MatchOutcome.ANSWER);
    assertThat(bestId(result)).isEqualTo("radiotherapy-pain");
    assertThat(result.candidates().get(0).confidence())
        .isGreaterThan(result.candidates().get(1).confidence());
  }

  @Test
  void understandsLayTermsAndTypos() {
    assertThat(bestId(ask("will chemo make me go bald"))).isEqualTo("hair-during-chemo");
    assertThat(bestId(ask("chemo hiar loss??"))).isEqualTo("hair-during-chemo");
    assertThat(bestId(ask("does rads hurt"))).isEqualTo("radiotherapy-pain");
  }

  @Test
  void findsTheQuestionAtTheEndOfALongStory() {
    String story =
        "My wife started her second cycle on Monday and the nurses were lovely. We drove home, she"
            + " slept most of the afternoon and the kids made her a card. Tonight the thermometer"
            + " said 37.9. What temperature means we have to ring the ward?";

    assertThat(bestId(ask(story))).isEqualTo("fever-on-chemo");
  }

  @Test
  void abstainsOffTopicButStillListsCandidates() {
    FaqSearchResult result = ask("what is the best pizza place in town");

    assertThat(result.outcome()).isEqualTo(MatchOutcome.ABSTAIN);
    assertThat(result.candidates()).hasSize(HybridFaqSearch.CANDIDATES);
    assertThat(result.candidates().get(0).confidence()).isLessThan(0.5);
  }

  @Test
  void aRunnerUpIsNeverMoreConfidentThanTheBestEntry() {
    for (String text :
        List.of("does radiotherapy hurt", "chemo hiar loss??", "what should I say to my friend")) {
      List<FaqMatch> candidates = ask(text).candidates();

      for (int i = 1; i < candidates.size(); i++) {
        assertThat(candidates.get(i).confidence())
            .as(text)
            .isLessThanOrEqualTo(candidates.get(0).confidence());
      }
    }
  }

  @Test
  void theOpeningOfAnAnswerIsEmbeddedWithoutMarkdown() {
    FaqEntry entry =
        new FaqEntry(
            "x", "Q?", List.of(),
            "The **stage** says how far it has grown. It guides treatment.\n\n- **T**: the tumour.\n"
                + "- N: the nodes.",
            List.of(), List.of(), null, List.of(), "en");

    assertThat(HybridFaqSearch.answerOpening(entry))
        .containsExactly(
            "The stage says how far it has grown.", "It guides treatment.", "T: the tumour.");
  }

  @Test
  void neverEmbedsTheMessageItself() {
    CountingEmbedder counting = new CountingEmbedder(new LetterCountEmbedder());
    HybridFaqSearch search =
        new HybridFaqSearch(KB, counting, RetrievalMode.HYBRID, SearchCalibration.defaults(RetrievalMode.HYBRID));
    int afterBuild = counting.textsEmbedded();

    search.search("does radiotherapy hurt", new LetterCountEmbedder().embed("does radiotherapy hurt"));

    assertThat(counting.textsEmbedded()).isEqualTo(afterBuild);
  }

  @Test
  void eachModeRanksOnItsOwnSignal() {
    String text = "how should I explain my cancer to my little boy";
    float[] embedding = SharedEmbedder.EMBEDDER.embed(text);
    for (RetrievalMode mode : RetrievalMode.values()) {
      HybridFaqSearch search =
          new HybridFaqSearch(KB, SharedEmbedder.EMBEDDER, mode, SearchCalibration.defaults(mode));

      assertThat(bestId(search.search(text, embedding))).as(mode.name()).isEqualTo("telling-children");
    }
  }

  @Test
  void lexicalModeNeedsNoEmbeddingsOfTheKnowledgeBase() {
    CountingEmbedder counting = new CountingEmbedder(new LetterCountEmbedder());
    new HybridFaqSearch(KB, counting, RetrievalMode.LEXICAL, SearchCalibration.defaults(RetrievalMode.LEXICAL));

    assertThat(counting.textsEmbedded()).isZero();
  }

  @Test
  void closeRunnersUpMakeTheOutcomeClarify() {
    // a margin wider than any gap: every answerable message becomes a choice between entries
    HybridFaqSearch unsure =
        new HybridFaqSearch(
            KB,
            SharedEmbedder.EMBEDDER,
            RetrievalMode.HYBRID,
            SearchCalibration.defaults(RetrievalMode.HYBRID).withThreshold(0.3f, 1000f));

    String text = "does radiotherapy hurt";
    FaqSearchResult result = unsure.search(text, SharedEmbedder.EMBEDDER.embed(text));

    assertThat(result.outcome()).isEqualTo(MatchOutcome.CLARIFY);
    assertThat(bestId(result)).isEqualTo("radiotherapy-pain");
  }

  @Test
  void aLeadJustUnderTheThresholdOffersAChoiceInsteadOfSilence() {
    String text = "does radiotherapy hurt";
    float[] embedding = SharedEmbedder.EMBEDDER.embed(text);
    SearchCalibration defaults = SearchCalibration.defaults(RetrievalMode.HYBRID);
    // a threshold no score reaches: only the width of the band below it decides the outcome
    SearchCalibration wideBand = withBand(defaults, 3f, 3f);
    SearchCalibration noBand = withBand(defaults, 3f, 0f);

    FaqSearchResult offered = SEARCH.recalibrated(RetrievalMode.HYBRID, wideBand).search(text, embedding);
    FaqSearchResult silent = SEARCH.recalibrated(RetrievalMode.HYBRID, noBand).search(text, embedding);

    assertThat(offered.outcome()).isEqualTo(MatchOutcome.CLARIFY);
    assertThat(bestId(offered)).isEqualTo("radiotherapy-pain");
    assertThat(silent.outcome()).isEqualTo(MatchOutcome.ABSTAIN);
    assertThat(silent.candidates()).isNotEmpty();
  }

  private static SearchCalibration withBand(SearchCalibration c, float threshold, float band) {
    return new SearchCalibration(
        c.questionBoost(), c.variantBoost(), c.tagBoost(), c.focusWeight(), c.lexicalSaturation(),
        threshold, c.clarifyMargin(), c.confidenceSlope(), c.pairWeight(),
        c.gapWeight(), band);
  }

  @Test
  void concurrentSearchesGiveTheSameResultsAsOneAtATime() throws Exception {
    List<String> texts =
        List.of("chemo hair", "fever on chemo", "scan nerves", "telling kids", "does rads hurt");
    List<float[]> embeddings = texts.stream().map(SharedEmbedder.EMBEDDER::embed).toList();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      expected.add(bestId(SEARCH.search(texts.get(i), embeddings.get(i))));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 200; round++) {
        int i = round % texts.size();
        futures.add(pool.submit(() -> bestId(SEARCH.search(texts.get(i), embeddings.get(i)))));
      }
      for (int round = 0; round < futures.size(); round++) {
        assertThat(futures.get(round).get()).isEqualTo(expected.get(round % texts.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aLongMessageFocusesOnTheSentenceThatAsks() {
    assertThat(HybridFaqSearch.focusOf("one sentence only")).isNull();
    assertThat(HybridFaqSearch.focusOf("Long day at the clinic. Does the port hurt when removed? Thanks"))
        .isEqualTo("Does the port hurt when removed?");
    assertThat(HybridFaqSearch.focusOf("My dad lost all his hair on chemo. Is that normal?"))
        .isEqualTo("My dad lost all his hair on chemo. Is that normal?");
  }
}
