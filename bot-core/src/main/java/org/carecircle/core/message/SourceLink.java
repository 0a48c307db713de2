package org.carecircle.core.message;

/** A titled https link to a reputable source shown under an answer. */
public record SourceLink(String title, String publisher, String url) {}
