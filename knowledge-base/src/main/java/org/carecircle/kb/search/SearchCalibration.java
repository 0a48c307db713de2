package org.carecircle.kb.search;

/**
 * The tunable numbers of retrieval, measured on evaluation cases (see the knowledge-base module's
 * retrieval evaluation test) rather than set per entry. In HYBRID mode the {@link RankingModel}
 * ranks entries and gives a probability; the threshold, band and margin here then decide the
 * outcome on that probability. The single-signal modes threshold their one score instead.
 *
 * @param questionBoost BM25 weight of the question field relative to the answer (1)
 * @param variantBoost BM25 weight of the variants field
 * @param tagBoost BM25 weight of the tags field
 * @param focusWeight extra weight of the asking sentence of a long message
 * @param lexicalSaturation BM25 score at which the lexical signal counts one half: s / (s + this)
 *     (the ranking model was fitted with 12)
 * @param answerThreshold the probability (HYBRID) or lead (see {@code gapWeight}) below which no
 *     entry is answered outright
 * @param clarifyMargin runners-up within this score of the best make the outcome CLARIFY
 * @param confidenceSlope single-signal modes: steepness of the logistic that turns a score into a
 *     confidence
 * @param pairWeight SEMANTIC mode: share, in an entry's score, of the mean of its two closest texts
 *     (the rest is the single closest): a message near two phrasings of an entry is more surely
 *     about it
 * @param gapWeight single-signal modes: the lead compared with the threshold is best + gapWeight *
 *     (best - second): a best entry far ahead of the rest is trusted at a lower score
 * @param clarifyBand a lead this far below the threshold offers the candidates as a choice (CLARIFY)
 *     instead of saying nothing (ABSTAIN)
 */
public record SearchCalibration(
    float questionBoost,
    float variantBoost,
    float tagBoost,
    float focusWeight,
    float lexicalSaturation,
    float answerThreshold,
    float clarifyMargin,
    float confidenceSlope,
    float pairWeight,
    float gapWeight,
    float clarifyBand) {

  /**
   * Measured defaults for a mode. HYBRID answers when the ranking model gives the best entry a
   * probability of 0.20 or more, and offers the candidates as a choice from 0.10. At 0.20 the model
   * answers the project's cases about as often as the fixed blend it replaced (answered top-1 0.887
   * against 0.894, abstain 0.878 against 0.890), and is as good or better on both counts on the
   * fresh faq-c set and on half knowledge bases, where it abstains on 0.68-0.74 of the questions it
   * has no entry for instead of 0.59-0.63. A higher threshold buys more of that for top-1: at 0.35,
   * faq-c abstain 0.857 and answered top-1 0.743 (0.827 at 0.20), half knowledge bases 0.83 and
   * 0.85; the whole bot's top-1 floor (0.86 on the project's cases) holds only near 0.20. A close
   * runner-up does not make CLARIFY (margin 0): the model already weighs the runner-up's lead. The
   * single-signal modes exist for comparison; their thresholds were set on their own scores.
   */
  public static SearchCalibration defaults(RetrievalMode mode) {
    return switch (mode) {
      case LEXICAL ->
          new SearchCalibration(2.0f, 1.6f, 1.0f, 1.0f, 20f, 0.365f, 0f, 12f, 0f, 0f, 0.05f);
      case SEMANTIC ->
          new SearchCalibration(2.0f, 1.6f, 1.0f, 1.0f, 20f, 0.495f, 0f, 12f, 0.3f, 0.5f, 0.05f);
      case HYBRID ->
          new SearchCalibration(2.0f, 1.6f, 1.0f, 1.0f, 12f, 0.20f, 0f, 12f, 0.3f, 0.5f, 0.10f);
    };
  }

  public SearchCalibration withThreshold(float answerThreshold, float clarifyMargin) {
    return new SearchCalibration(
        questionBoost,
        variantBoost,
        tagBoost,
        focusWeight,
        lexicalSaturation,
        answerThreshold,
        clarifyMargin,
        confidenceSlope,
        pairWeight,
        gapWeight,
        clarifyBand);
  }
}
