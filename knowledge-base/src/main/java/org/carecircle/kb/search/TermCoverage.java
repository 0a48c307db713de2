package org.carecircle.kb.search;

/**
 * How much of a message's wording the knowledge base contains: per entry, the share of the
 * message's distinct words found in its question or variants ({@code asked}) and in its answer
 * ({@code answered}), plus the share found in no entry at all ({@code unknown}). A message whose
 * words the knowledge base has never used is rarely one it can answer.
 *
 * @param words how many distinct words the message has after stop words are removed
 */
record TermCoverage(float[] asked, float[] answered, float unknown, int words) {}
