package org.carecircle.kb;

import java.time.LocalDate;
import java.util.List;

/** One reviewed question and answer, with the sources it was checked against. */
public record FaqEntry(
    String id,
    String question,
    List<String> variants,
    String answer,
    List<Source> sources,
    List<String> tags,
    LocalDate reviewed,
    List<String> related,
    String locale) {

  public FaqEntry {
    variants = List.copyOf(variants);
    sources = List.copyOf(sources);
    tags = List.copyOf(tags);
    related = List.copyOf(related);
  }
}
