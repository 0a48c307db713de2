package org.carecircle.core.feedback;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Feedback kept in memory, for runs without a database. Thread-safe. */
public final class InMemoryFeedbackStore implements FeedbackStore {
  private final Map<String, Map<String, Boolean>> votesByEntry = new ConcurrentHashMap<>();
  private final Map<String, Integer> abstained = new ConcurrentHashMap<>();

  @Override
  public void vote(String faqId, String userPseudonym, boolean helpful) {
    votesByEntry.computeIfAbsent(faqId, id -> new ConcurrentHashMap<>()).put(userPseudonym, helpful);
  }

  @Override
  public void recordAbstained(String topic) {
    abstained.merge(topic, 1, Integer::sum);
  }

  @Override
  public List<FaqVotes> votes() {
    return votesByEntry.entrySet().stream()
        .map(
            e -> {
              int up = (int) e.getValue().values().stream().filter(v -> v).count();
              return new FaqVotes(e.getKey(), up, e.getValue().size() - up);
            })
        .sorted(FeedbackOrder.MOST_UNHELPFUL_FIRST)
        .toList();
  }

  @Override
  public List<AbstainedTopic> abstainedTopics(int limit) {
    return abstained.entrySet().stream()
        .map(e -> new AbstainedTopic(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingInt(AbstainedTopic::asked).reversed()
            .thenComparing(AbstainedTopic::topic))
        .limit(limit)
        .toList();
  }

  @Override
  public void forget(String userPseudonym) {
    votesByEntry.values().forEach(v -> v.remove(userPseudonym));
  }
}
