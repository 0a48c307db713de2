package org.carecircle.core.feedback;

import java.util.List;

/** Curators' signals: votes on answers and aggregated abstained topics. No message text. */
public interface FeedbackStore {

  void vote(String faqId, String userPseudonym, boolean helpful);

  void recordAbstained(String topic);

  /** Entries by votes, most unhelpful first: what curators should look at first. */
  List<FaqVotes> votes();

  List<AbstainedTopic> abstainedTopics(int limit);

  /** Erases the person's votes. */
  void forget(String userPseudonym);
}
