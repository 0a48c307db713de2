package org.carecircle.core.message;

import java.util.List;

/**
 * What the core decided for a message, for evaluation and metrics: never shown to people.
 *
 * @param safetyLevel the level the safety check raised, by name (NONE when nothing)
 * @param answeredFaqId the faq entry given as the answer, or null
 * @param consideredFaqIds the entries considered, best first (answer and suggestions)
 * @param stage the name of the stage that answered
 */
public record ResponseTrace(
    String safetyLevel, String answeredFaqId, List<String> consideredFaqIds, String stage) {

  public ResponseTrace {
    consideredFaqIds = List.copyOf(consideredFaqIds);
  }

  public static ResponseTrace of(String stage) {
    return new ResponseTrace("NONE", null, List.of(), stage);
  }

  public ResponseTrace withStage(String name) {
    return new ResponseTrace(safetyLevel, answeredFaqId, consideredFaqIds, name);
  }

  public ResponseTrace withSafetyLevel(String level) {
    return new ResponseTrace(level, answeredFaqId, consideredFaqIds, stage);
  }
}
