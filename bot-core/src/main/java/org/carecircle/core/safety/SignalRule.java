package org.carecircle.core.safety;

import java.util.regex.Pattern;

/**
 * One explicit phrase pattern of a level, with how context may cancel it.
 *
 * @param label what a moderator reads when the phrase is not quoted (e.g. "self-harm")
 * @param pattern matched against {@link NormalisedText#words()}
 * @param quotable false for phrases that would name a method: the reason then shows only the label
 * @param hyperboleProne true when laughter next to it usually means a joke ("i'm dead lol")
 * @param needsTreatmentContext true when it only counts during treatment (a fever)
 * @param panicSensitive true when a panic attack explains it better (breathless, shaking)
 * @param companion when set, the same sentence must also match it (a swollen leg that hurts)
 */
record SignalRule(
    SafetyLevel level,
    String label,
    Pattern pattern,
    Subject subject,
    boolean quotable,
    boolean hyperboleProne,
    boolean weak,
    boolean needsTreatmentContext,
    boolean panicSensitive,
    Pattern companion) {

  /**
   * Token separators in a rule may be crossed by commas and stray punctuation. Patterns are only
   * tried where a token starts (see {@link TokenStarts}), so they need no leading anchor.
   */
  static Pattern compile(String regex) {
    String spaced = regex.replace(" ", "(?: [,.?])* ");
    return Pattern.compile("(?:" + spaced + ")(?= |$)");
  }

  static SignalRule of(SafetyLevel level, String label, String regex) {
    return new SignalRule(
        level, label, compile(regex), Subject.INFERRED, true, false, false, false, false, null);
  }

  SignalRule writer() {
    return withSubject(Subject.WRITER);
  }

  SignalRule someoneElse() {
    return withSubject(Subject.SOMEONE_ELSE);
  }

  SignalRule unquoted() {
    return new SignalRule(level, label, pattern, subject, false, hyperboleProne, weak,
        needsTreatmentContext, panicSensitive, companion);
  }

  SignalRule likelyHyperbole() {
    return new SignalRule(level, label, pattern, subject, quotable, true, weak,
        needsTreatmentContext, panicSensitive, companion);
  }

  SignalRule weakEvidence() {
    return new SignalRule(level, label, pattern, subject, quotable, hyperboleProne, true,
        needsTreatmentContext, panicSensitive, companion);
  }

  SignalRule duringTreatment() {
    return new SignalRule(level, label, pattern, subject, quotable, hyperboleProne, weak, true,
        panicSensitive, companion);
  }

  SignalRule explainedByPanic() {
    return new SignalRule(level, label, pattern, subject, quotable, hyperboleProne, weak,
        needsTreatmentContext, true, companion);
  }

  SignalRule with(String companionRegex) {
    return new SignalRule(level, label, pattern, subject, quotable, hyperboleProne, weak,
        needsTreatmentContext, panicSensitive,
        Pattern.compile("(?<![a-z])(?:" + companionRegex + ")"));
  }

  private SignalRule withSubject(Subject s) {
    return new SignalRule(level, label, pattern, s, quotable, hyperboleProne, weak,
        needsTreatmentContext, panicSensitive, companion);
  }
}
