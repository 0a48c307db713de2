package org.carecircle.core.safety;

/** How urgently a message needs a human: declared from least to most urgent. */
public enum SafetyLevel {
  NONE,
  DISTRESS,
  MEDICAL,
  CRISIS;

  /** The crisis-resource kind in the knowledge base that serves this level. */
  public String resourceKind() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public boolean isRaised() {
    return this != NONE;
  }
}
