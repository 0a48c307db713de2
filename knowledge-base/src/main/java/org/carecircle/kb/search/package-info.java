/**
 * Finding reviewed faq entries for a patient's message: Lucene BM25 with lay-term synonyms and
 * spelling correction, MiniLM sentence embeddings (cached on disk for the knowledge base), their
 * fusion and the calibrated ANSWER / CLARIFY / ABSTAIN decision.
 */
package org.carecircle.kb.search;
