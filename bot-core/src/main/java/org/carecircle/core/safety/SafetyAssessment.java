package org.carecircle.core.safety;

import java.util.List;

/**
 * The safety check's decision on one message, with the reasons a moderator reads.
 *
 * @param level the raised level, or NONE
 * @param aboutSomeoneElse true when the person in danger is someone else ("my sister says ...")
 * @param reasons short explanations, e.g. "explicit: 'want to end it' (first person, present)"
 */
public record SafetyAssessment(SafetyLevel level, boolean aboutSomeoneElse, List<String> reasons) {

  public SafetyAssessment {
    reasons = List.copyOf(reasons);
  }

  public static SafetyAssessment none() {
    return new SafetyAssessment(SafetyLevel.NONE, false, List.of());
  }
}
