package org.carecircle.core.feedback;

import java.util.Comparator;

/** The order curators read votes in: most unhelpful first, then least helpful, then by id. */
final class FeedbackOrder {
  static final Comparator<FaqVotes> MOST_UNHELPFUL_FIRST =
      Comparator.comparingInt(FaqVotes::unhelpful)
          .reversed()
          .thenComparingInt(FaqVotes::helpful)
          .thenComparing(FaqVotes::faqId);

  private FeedbackOrder() {}
}
