package org.carecircle.app;

import java.sql.Connection;
import java.sql.SQLException;
import org.carecircle.core.persistence.Database;

/** Healthy when the database answers within two seconds. */
final class DatabaseHealth implements HealthCheck {
  private final Database database;

  DatabaseHealth(Database database) {
    this.database = database;
  }

  @Override
  public String name() {
    return "database";
  }

  @Override
  public boolean healthy() {
    try (Connection c = database.dataSource().getConnection()) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }
}
