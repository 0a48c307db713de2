package org.carecircle.core.safety;

/** Whose danger a phrase talks about. */
enum Subject {
  /** The person writing. */
  WRITER,
  /** Someone else: a sister, a friend, "he", "she". */
  SOMEONE_ELSE,
  /** Not fixed by the phrase itself; read from the words before it. */
  INFERRED
}
