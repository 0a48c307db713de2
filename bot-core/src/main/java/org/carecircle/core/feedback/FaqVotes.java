package org.carecircle.core.feedback;

/** How people rated one faq entry. */
public record FaqVotes(String faqId, int helpful, int unhelpful) {}
