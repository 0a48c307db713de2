package org.carecircle.kb.search;

/** What retrieval recommends: answer with the best entry, ask which one was meant, or abstain. */
public enum MatchOutcome {
  ANSWER,
  CLARIFY,
  ABSTAIN
}
