/**
 * The curated knowledge base: its model (faq entries, support groups, crisis resources), and the
 * reader, validator and loader of knowledge-base trees in the format of {@code kb-format.md}.
 */
package org.carecircle.kb;
