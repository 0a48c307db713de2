/**
 * Finding reviewed faq entries for a patient's message: Lucene BM25 with lay-term synonyms and
 * spelling correction, bge-small-en-v1.5 sentence embeddings (cached on disk for the knowledge base), a fitted
 * ranking model over both and the ANSWER / CLARIFY / ABSTAIN decision on its probability.
 */
package org.carecircle.kb.search;
