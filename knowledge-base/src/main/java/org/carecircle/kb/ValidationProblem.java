package org.carecircle.kb;

/**
 * One thing wrong with a knowledge-base tree, as a value: the file, the entry id (or its position
 * when the id itself is missing), the field, and what is wrong.
 */
public record ValidationProblem(
    String file, String entry, String field, String message, Severity severity) {

  /** How bad a problem is: errors refuse the whole tree, warnings only inform curators. */
  public enum Severity {
    ERROR,
    WARNING
  }

  public static ValidationProblem error(String file, String entry, String field, String message) {
    return new ValidationProblem(file, entry, field, message, Severity.ERROR);
  }

  public static ValidationProblem warning(String file, String entry, String field, String message) {
    return new ValidationProblem(file, entry, field, message, Severity.WARNING);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** One line naming file, entry and field, e.g. {@code faq/a.yaml: se-x: sources[0].url: ...}. */
  @Override
  public String toString() {
    return severity
        + " "
        + file
        + ": "
        + (entry == null || entry.isEmpty() ? "-" : entry)
        + ": "
        + (field == null || field.isEmpty() ? "-" : field)
        + ": "
        + message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
