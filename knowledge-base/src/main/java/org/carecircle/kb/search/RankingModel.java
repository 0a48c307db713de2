package org.carecircle.kb.search;

/**
 * Two small logistic models over knowledge-base-independent signals, fitted offline on the
 * project's labelled messages (see {@code RankingModelFit} in the tests) and kept here as
 * constants. The first ranks entries: a weighted sum of how close the message is to an entry's
 * phrasings (closest, mean of the two closest, and the mean of them all), its BM25 score
 * (saturated), how close it is to the opening of the entry's answer, and how many of the message's
 * words the entry uses. The second turns the best entry's signals, its lead over the runner-up, how
 * much of the message the knowledge base has no words for, and how likely the message is about
 * cancer care at all, into the probability that it is the right answer; the search answers, asks
 * or abstains on that probability. The confidence model was fitted on the full knowledge base and
 * on random halves of it, whose removed entries' messages must not be answered, so that it learns
 * what a near miss looks like rather than the wording of our entries. Immutable and thread-safe.
 */
final class RankingModel {
  private final float[] rankWeights;
  private final double[] confidenceWeights;
  private final double intercept;

  /** Number of signals per entry that the ranking weighs. */
  static final int RANK_FEATURES = 7;

  /** Number of inputs of the confidence model (see {@link #confidenceFeatures}). */
  static final int CONFIDENCE_FEATURES = 13;

  RankingModel(float[] rankWeights, double[] confidenceWeights, double intercept) {
    if (rankWeights.length != RANK_FEATURES || confidenceWeights.length != CONFIDENCE_FEATURES) {
      throw new IllegalArgumentException("A ranking model needs " + RANK_FEATURES + " ranking and " + CONFIDENCE_FEATURES + " confidence weights");
    }
    this.rankWeights = rankWeights.clone();
    this.confidenceWeights = confidenceWeights.clone();
    this.intercept = intercept;
  }

  /**
   * The model fitted by {@code RankingModelFit} on the seven writers' question sets in eval/
   * (faq-a, faq-b with abstain, faq-c to faq-g) and on 500 messages about other things as abstain
   * cases (2,668 cases, 99 entries, 8 random halves), with bge-small-en-v1.5 embeddings through the
   * domain projection, each case's signals computed with a projection fitted without its third of
   * the cases. The same recipe fitted without one writer's set and scored on it, at the threshold
   * of 0.35 (answered top-1 / top-3 / abstain correct): faq-d 0.926 / 0.990 / 0.863, faq-e 0.820 /
   * 0.987 / 0.933, faq-f 0.838 / 0.990 / 0.957, faq-g 0.945 / 1.000 / 0.979. On faq-h and faq-i,
   * written after this model was fitted: 0.942 / 1.000 / 0.958.
   */
  static RankingModel fitted() {
    return new RankingModel(
        // closest phrasing, mean of the two closest, mean of all (centroid), BM25 s/(s+k), answer
        // opening, words shared with the phrasings, words shared with the answer
        new float[] {8.397803f, 7.578014f, 12.03534f, 2.2062185f, 2.9376986f, 2.0577137f, 2.4211583f},
        // ranking score, its lead over the runner-up, then the seven signals of the best entry,
        // its closest-phrasing lead over the runner-up, the share of unknown words, log(1 + words),
        // the probability that the message is about cancer care
        new double[] {
          0.1144096, 0.0941891, 3.4454360, 3.3198758, 6.2834655, 0.1407644, 0.7345735, 0.4227497,
          0.8418857, 0.8456862, -0.2864440, 0.9948831, 1.7818410
        },
        -11.843851);
  }

  /** The ranking score of every entry, by ordinal; higher is better. */
  float[] scores(MessageSignals signals) {
    float[] scores = new float[signals.best().length];
    for (int e = 0; e < scores.length; e++) {
      float[] x = rankFeatures(signals, e);
      for (int i = 0; i < x.length; i++) {
        scores[e] += rankWeights[i] * x[i];
      }
    }
    return scores;
  }

  /** The signals of one entry that its ranking score weighs. */
  static float[] rankFeatures(MessageSignals signals, int entry) {
    return new float[] {
      signals.best()[entry],
      signals.pair()[entry],
      signals.centroid()[entry],
      signals.lexical()[entry],
      signals.answer()[entry],
      signals.coverage().asked()[entry],
      signals.coverage().answered()[entry]
    };
  }

  /**
   * The probability that {@code entry} is the answer the message asks for, judged against
   * {@code rival}, the best-ranked other entry (-1 when there is none).
   */
  double confidence(MessageSignals signals, float[] scores, int entry, int rival) {
    double[] x = confidenceFeatures(signals, scores, entry, rival);
    double z = intercept;
    for (int i = 0; i < x.length; i++) {
      z += confidenceWeights[i] * x[i];
    }
    return 1.0 / (1.0 + Math.exp(-z));
  }

  /** The inputs of the confidence model for {@code entry} against {@code rival}. */
  static double[] confidenceFeatures(
      MessageSignals signals, float[] scores, int entry, int rival) {
    // with no other entry, the lead is as wide as an unrelated entry's would be
    float rivalScore = rival < 0 ? 0f : scores[rival];
    float rivalBest = rival < 0 ? 0f : signals.best()[rival];
    return new double[] {
      scores[entry],
      scores[entry] - rivalScore,
      signals.best()[entry],
      signals.pair()[entry],
      signals.centroid()[entry],
      signals.lexical()[entry],
      signals.answer()[entry],
      signals.coverage().asked()[entry],
      signals.coverage().answered()[entry],
      signals.best()[entry] - rivalBest,
      signals.coverage().unknown(),
      Math.log1p(signals.coverage().words()),
      signals.onTopic()
    };
  }
}
