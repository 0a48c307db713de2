package org.carecircle.kb;

import java.util.List;
import java.util.stream.Collectors;

/** A knowledge-base tree was refused as a whole; carries every problem found, one per line. */
public final class KnowledgeBaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<ValidationProblem> problems;

  public KnowledgeBaseException(String summary, List<ValidationProblem> problems) {
    super(
        summary
            + (problems.isEmpty()
                ? ""
                : System.lineSeparator()
                    + problems.stream()
                        .map(ValidationProblem::toString)
                        .collect(Collectors.joining(System.lineSeparator()))));
    this.problems = List.copyOf(problems);
  }

  public List<ValidationProblem> problems() {
    return problems;
  }
}
