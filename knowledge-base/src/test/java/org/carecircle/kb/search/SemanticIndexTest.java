package org.carecircle.kb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SemanticIndexTest {
  // entry 0 has one text very close to the message and one far from it; entry 1 has two texts that
  // are both fairly close
  private static final SemanticIndex INDEX =
      new SemanticIndex(
          List.of(
              new float[] {1f, 0.1f, 0f},
              new float[] {0f, 0f, 1f},
              new float[] {1f, 0.4f, 0f},
              new float[] {1f, 0f, 0.4f}),
          new int[] {0, 0, 1, 1},
          2);
  private static final float[] MESSAGE = {1f, 0f, 0f};

  @Test
  void withoutPairWeightAnEntryScoresItsClosestText() {
    float[] scores = INDEX.scores(MESSAGE, 0f);

    assertThat(scores[0]).isCloseTo(0.995f, within(0.001f));
    assertThat(scores[0]).isGreaterThan(scores[1]);
  }

  @Test
  void pairWeightFavoursAnEntryThatSeveralPhrasingsAgreeOn() {
    float[] scores = INDEX.scores(MESSAGE, 1f);

    assertThat(scores[1]).isGreaterThan(scores[0]);
    assertThat(scores[0]).isCloseTo((0.995f + 0f) / 2f, within(0.001f));
  }

  @Test
  void anEntryWithOneTextKeepsItsScoreWhateverThePairWeight() {
    SemanticIndex single = new SemanticIndex(List.of(new float[] {0.6f, 0.8f, 0f}), new int[] {0}, 1);

    assertThat(single.scores(MESSAGE, 1f)[0]).isCloseTo(0.6f, within(0.001f));
  }

  @Test
  void closenessGivesTheClosestTextAndTheMeanOfTheTwoClosest() {
    SemanticIndex.Closeness closeness = INDEX.closeness(MESSAGE);

    assertThat(closeness.best()[1]).isCloseTo(0.928f, within(0.001f));
    assertThat(closeness.pair()[1]).isCloseTo((0.928f + 0.928f) / 2f, within(0.001f));
    assertThat(closeness.pair()[0]).isCloseTo(0.995f / 2f, within(0.001f));
  }
}
