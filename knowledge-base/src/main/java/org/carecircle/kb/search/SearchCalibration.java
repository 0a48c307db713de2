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
   * probability of 0.35 or more, and offers the candidates as a choice ("did you mean") from 0.15.
   * Writers differ, so the threshold was chosen on four writers' sets, each scored by the model
   * fitted without it (answered top-1 / abstain correct at 0.25, 0.30, 0.35, 0.40): faq-d 0.933 /
   * 0.825, 0.929 / 0.838, 0.926 / 0.863, 0.912 / 0.875; faq-e 0.847 / 0.907, 0.827 / 0.920,
   * 0.820 / 0.933, 0.797 / 0.933; faq-f 0.869 / 0.957, 0.854 / 0.957, 0.838 / 0.957, 0.823 /
   * 0.978; faq-g 0.955 / 0.958, 0.950 / 0.979, 0.945 / 0.979, 0.930 / 0.979. At 0.35 the most
   * writers meet both bars (top-1 0.90, abstain 0.85) and every writer's abstain stays above 0.85;
   * below it the right entry is still offered among the choices (top-3 0.99). A close runner-up
   * does not make CLARIFY (margin 0): the model already weighs the runner-up's lead. The
   * single-signal modes exist for comparison; their thresholds were set on their own scores, where
   * they abstain on the project's cases about as often as HYBRID does.
   */
  public static SearchCalibration defaults(RetrievalMode mode) {
    return switch (mode) {
      case LEXICAL ->
          new SearchCalibration(2.0f, 1.6f, 1.0f, 1.0f, 20f, 0.365f, 0f, 12f, 0f, 0f, 0.05f);
      case SEMANTIC ->
          new SearchCalibration(2.0f, 1.6f, 1.0f, 1.0f, 20f, 0.53f, 0f, 12f, 0.3f, 0.5f, 0.05f);
      case HYBRID ->
          new SearchCalibration(2.0f, 1.6f, 1.0f, 1.0f, 12f, 0.35f, 0f, 12f, 0.3f, 0.5f, 0.20f);
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
