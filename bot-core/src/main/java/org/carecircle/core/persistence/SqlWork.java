package org.carecircle.core.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of database work on one connection; its statements share one transaction when run so. */
@FunctionalInterface
public interface SqlWork<T> {

  T run(Connection connection) throws SQLException;
}
