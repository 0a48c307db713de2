package org.carecircle.core.escalation;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.carecircle.core.safety.SafetyLevel;

/**
 * How long an escalation may stay unclaimed before it is posted again, louder, per level; and how
 * often that is checked.
 */
public record RepageSettings(Map<SafetyLevel, Duration> after, Duration checkEvery) {

  public RepageSettings {
    EnumMap<SafetyLevel, Duration> copy = new EnumMap<>(SafetyLevel.class);
    copy.putAll(after);
    for (SafetyLevel level : SafetyLevel.values()) {
      if (level.isRaised() && (!copy.containsKey(level) || copy.get(level).isNegative()
          || copy.get(level).isZero())) {
        throw new IllegalArgumentException("re-page delay for " + level + " must be positive");
      }
    }
    after = Map.copyOf(copy);
    if (checkEvery.isNegative() || checkEvery.isZero()) {
      throw new IllegalArgumentException("re-page check interval must be positive");
    }
  }

  /** 5 minutes for CRISIS and MEDICAL, 30 for DISTRESS, checked every 15 seconds. */
  public static RepageSettings defaults() {
    return new RepageSettings(
        Map.of(
            SafetyLevel.CRISIS, Duration.ofMinutes(5),
            SafetyLevel.MEDICAL, Duration.ofMinutes(5),
            SafetyLevel.DISTRESS, Duration.ofMinutes(30)),
        Duration.ofSeconds(15));
  }

  public Duration after(SafetyLevel level) {
    return after.getOrDefault(level, after.get(SafetyLevel.DISTRESS));
  }
}
