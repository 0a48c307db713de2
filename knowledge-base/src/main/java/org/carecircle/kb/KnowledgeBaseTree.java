package org.carecircle.kb;

import java.util.List;

/** The parsed files of a knowledge-base tree in path order, and the files that did not parse. */
public record KnowledgeBaseTree(
    String origin, List<KnowledgeBaseFile> files, List<ValidationProblem> readProblems) {

  public KnowledgeBaseTree {
    files = List.copyOf(files);
    readProblems = List.copyOf(readProblems);
  }
}
