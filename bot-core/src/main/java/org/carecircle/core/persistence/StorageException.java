package org.carecircle.core.persistence;

import java.sql.SQLException;

/** The database failed; unchecked because callers cannot repair it and the cause is kept. */
public final class StorageException extends RuntimeException {

  public StorageException(String message, SQLException cause) {
    super(message + ": " + cause.getMessage() + " (SQLState " + cause.getSQLState() + ")", cause);
  }

  /** The SQLState of the cause, e.g. {@code 23505} for a unique violation on H2 and PostgreSQL. */
  public String sqlState() {
    return ((SQLException) getCause()).getSQLState();
  }
}
