package org.carecircle.core.safety;

/**
 * One piece of evidence for a level, with the reason a moderator reads.
 *
 * @param weak true when the evidence alone is not enough (a goodbye-like phrase that is also
 *     everyday talk); two weak signals of one level, or one with a semantic match, raise it
 */
record Signal(SafetyLevel level, String reason, boolean aboutSomeoneElse, boolean weak) {}
