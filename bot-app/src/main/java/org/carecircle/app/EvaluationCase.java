package org.carecircle.app;

/** One labelled message of an evaluation file (kb-format.md, "Evaluation cases"). */
record EvaluationCase(String text, String expect) {

  boolean expectsAbstain() {
    return expect.equals("abstain");
  }

  boolean expectsNoEscalation() {
    return expect.equals("no-escalate");
  }

  boolean expectsEscalation() {
    return expect.startsWith("escalate:");
  }

  String expectedLevel() {
    return expect.substring("escalate:".length());
  }

  boolean expectsFaq() {
    return !expectsAbstain() && !expectsNoEscalation() && !expectsEscalation();
  }
}
