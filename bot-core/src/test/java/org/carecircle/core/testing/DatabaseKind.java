package org.carecircle.core.testing;

/** The databases the store tests run on. */
public enum DatabaseKind {
  H2,
  POSTGRESQL
}
