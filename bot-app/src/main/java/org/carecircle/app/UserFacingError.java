package org.carecircle.app;

import org.carecircle.kb.KnowledgeBaseException;

/** Turns a failure into one sentence a person can act on. */
final class UserFacingError {
  private UserFacingError() {}

  static String describe(Throwable e) {
    if (e instanceof ConfigurationException || e instanceof KnowledgeBaseException) {
      return e.getMessage();
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message;
  }
}
