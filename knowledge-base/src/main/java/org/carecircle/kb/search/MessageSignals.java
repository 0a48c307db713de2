package org.carecircle.kb.search;

/**
 * What a message has in common with every entry, by entry ordinal: the cosine to the entry's
 * closest phrasing ({@code best}) and the mean of its two closest ({@code pair}) and to the mean of all of them ({@code centroid}), all after the domain projection, the saturated
 * BM25 score ({@code lexical}), the cosine to the closest opening sentence of its answer ({@code
 * answer}), and the words they share ({@code coverage}); and how likely the message is about
 * cancer care at all ({@code onTopic}, see {@link CancerTopic}).
 */
record MessageSignals(
    float[] best,
    float[] pair,
    float[] centroid,
    float[] lexical,
    float[] answer,
    TermCoverage coverage,
    double onTopic) {}
