package org.carecircle.kb.search;

import org.carecircle.kb.FaqEntry;

/** A faq entry considered for a message, with a calibrated confidence in [0, 1]. */
public record FaqMatch(FaqEntry entry, double confidence) {}
