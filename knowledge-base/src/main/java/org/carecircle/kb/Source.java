package org.carecircle.kb;

/** A reputable page that a curated answer was checked against. */
public record Source(String title, String publisher, String url) {}
