package org.carecircle.core.safety;

/** Decides whether a message means someone may be in danger. Thread-safe; never throws. */
public interface SafetyCheck {

  /**
   * @param text the message as the person wrote it
   * @param embedding the message's sentence embedding, computed once and shared with retrieval
   */
  SafetyAssessment assess(String text, float[] embedding);
}
