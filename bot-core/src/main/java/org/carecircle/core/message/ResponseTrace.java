package org.carecircle.core.message;

import java.util.List;

/**
 * What the core decided for a message, for evaluation and metrics: never shown to people.
 *
 * @param safetyLevel the level the safety check raised, by name (NONE when nothing)
 * @param safetyReasons the safety check's reasons for a raised level (what moderators read)
 * @param answeredFaqId the faq entry given as the answer, or null
 * @param consideredFaqIds the entries considered, best first (answer and suggestions)
 * @param stage the name of the stage that answered
 */
public record ResponseTrace(
    String safetyLevel,
    List<String> safetyReasons,
    String answeredFaqId,
    List<String> consideredFaqIds,
    String stage) {

  public ResponseTrace {
    safetyReasons = List.copyOf(safetyReasons);
    consideredFaqIds = List.copyOf(consideredFaqIds);
  }

  /** A trace of a message that raised no safety level. */
  public ResponseTrace(
      String safetyLevel, String answeredFaqId, List<String> consideredFaqIds, String stage) {
    this(safetyLevel, List.of(), answeredFaqId, consideredFaqIds, stage);
  }

  public static ResponseTrace of(String stage) {
    return new ResponseTrace("NONE", null, List.of(), stage);
  }

  public ResponseTrace withStage(String name) {
    return new ResponseTrace(safetyLevel, safetyReasons, answeredFaqId, consideredFaqIds, name);
  }

  public ResponseTrace withSafety(String level, List<String> reasons) {
    return new ResponseTrace(level, reasons, answeredFaqId, consideredFaqIds, stage);
  }
}
