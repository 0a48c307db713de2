package org.carecircle.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The topic model tells cancer care from other subjects that share its words. */
class CancerTopicTest {
  private static final CancerTopic TOPIC = CancerTopic.forModel(SharedEmbedder.EMBEDDER);

  private static double probability(String text) {
    return TOPIC.probability(SharedEmbedder.EMBEDDER.embed(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "nurse said my counts are low, can the grandkids visit",
    "chemo hair??",
    "my husband is starting radiotherapy next week, what should we expect"
  })
  void patientsQuestionsAreAboutCancerCare(String text) {
    assertThat(probability(text)).isGreaterThan(0.5);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "what grade do I need to pass GCSE maths",
    "how to stage a school play on a small budget",
    "best recipe for lasagne"
  })
  void otherSubjectsInCancerCaresWordsAreNot(String text) {
    assertThat(probability(text)).isLessThan(0.2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"chemo hair??", "best recipe for lasagne"})
  void aModelItWasNotFittedForHasNoOpinion(String text) {
    CancerTopic other = CancerTopic.forModel(new LetterCountEmbedder());
    assertThat(other.probability(new LetterCountEmbedder().embed(text))).isEqualTo(0.5);
  }
}
