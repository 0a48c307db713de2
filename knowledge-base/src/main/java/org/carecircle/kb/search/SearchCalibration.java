package org.carecircle.kb.search;

/**
 * The tunable numbers of retrieval, measured on evaluation cases (see the knowledge-base module's
 * retrieval evaluation test) rather than set per entry.
 *
 * @param questionBoost BM25 weight of the question field relative to the answer (1)
 * @param variantBoost BM25 weight of the variants field
 * @param tagBoost BM25 weight of the tags field
 * @param focusWeight extra weight of the asking sentence of a long message
 * @param lexicalSaturation BM25 score at which the lexical signal counts one half: s / (s + this)
 * @param lexicalWeight share of the lexical signal in the hybrid score (the rest is cosine)
 * @param answerThreshold score below which no entry is answered (ABSTAIN)
 * @param clarifyMargin runners-up within this score of the best make the outcome CLARIFY
 * @param confidenceSlope steepness of the logistic that turns a score into a confidence
 */
public record SearchCalibration(
    float questionBoost,
    float variantBoost,
    float tagBoost,
    float focusWeight,
    float lexicalSaturation,
    float lexicalWeight,
    float answerThreshold,
    float clarifyMargin,
    float confidenceSlope) {

  /**
   * Measured defaults for a mode. HYBRID was tuned on 60% of the project's evaluation cases and
   * checked on the rest and on half knowledge bases; the landscape is flat around these values
   * (lexical weight 0.25-0.45, saturation 10-20), so they are not fitted to particular entries.
   * The single-signal modes exist for comparison; their thresholds are set the same way.
   */
  public static SearchCalibration defaults(RetrievalMode mode) {
    return switch (mode) {
      case LEXICAL -> new SearchCalibration(2.0f, 1.6f, 1.0f, 1.0f, 20f, 1f, 0.35f, 0.02f, 12f);
      case SEMANTIC -> new SearchCalibration(2.0f, 1.6f, 1.0f, 1.0f, 20f, 0f, 0.50f, 0.02f, 12f);
      case HYBRID -> new SearchCalibration(2.0f, 1.6f, 1.0f, 1.0f, 20f, 0.30f, 0.45f, 0.02f, 12f);
    };
  }

  public SearchCalibration withThreshold(float answerThreshold, float clarifyMargin) {
    return new SearchCalibration(
        questionBoost,
        variantBoost,
        tagBoost,
        focusWeight,
        lexicalSaturation,
        lexicalWeight,
        answerThreshold,
        clarifyMargin,
        confidenceSlope);
  }
}
