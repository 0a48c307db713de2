package org.carecircle.kb.search;

import java.util.List;
import java.util.Optional;

/** The outcome of a search and the candidates considered, best first. */
public record FaqSearchResult(MatchOutcome outcome, List<FaqMatch> candidates) {

  public FaqSearchResult {
    candidates = List.copyOf(candidates);
  }

  public Optional<FaqMatch> best() {
    return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
  }
}
