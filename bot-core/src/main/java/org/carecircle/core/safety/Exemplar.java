package org.carecircle.core.safety;

/** One labelled example sentence the semantic layer compares messages with. */
record Exemplar(SafetyLevel level, String text) {}
