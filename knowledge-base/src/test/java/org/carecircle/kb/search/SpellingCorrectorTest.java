package org.carecircle.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpellingCorrectorTest {
  private final SpellingCorrector corrector =
      new SpellingCorrector(
          List.of("Will chemotherapy make my hair fall out?", "Peripheral neuropathy and nausea"),
          Set.of("radiotherapy"));

  @Test
  void fixesSwappedMissingAndExtraLetters() {
    assertThat(corrector.correct("chemo hiar loss")).isEqualTo("chemo hair loss");
    assertThat(corrector.correct("nausia after infusion")).isEqualTo("nausea after infusion");
    assertThat(corrector.correct("hairr")).isEqualTo("hair");
    assertThat(corrector.correct("radiotheraphy")).isEqualTo("radiotherapy");
  }

  @Test
  void allowsTwoEditsOnlyInLongWords() {
    assertThat(corrector.correct("peripherl nueropathy")).isEqualTo("peripheral neuropathy");
    assertThat(corrector.correctWord("hxxr")).isNull();
  }

  @Test
  void leavesKnownShortAndFarAwayWordsAlone() {
    assertThat(corrector.correct("best pizza in town")).isEqualTo("best pizza in town");
    assertThat(corrector.correct("Will my HAIR fall?")).isEqualTo("Will my HAIR fall?");
  }
}
