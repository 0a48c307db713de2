package org.carecircle.core.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's relational database: a connection pool over H2 (embedded file) or PostgreSQL, migrated
 * by Flyway on open, with a transaction wrapper. Thread-safe; close it once at shutdown.
 */
public final class Database implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Database.class);

  /** SQLState of a unique-constraint violation, the same on H2 and PostgreSQL. */
  public static final String UNIQUE_VIOLATION = "23505";

  private final HikariDataSource pool;
  private final boolean postgres;

  private Database(HikariDataSource pool, boolean postgres) {
    this.pool = pool;
    this.postgres = postgres;
  }

  /**
   * The embedded database file under the data directory. PostgreSQL mode and lower-case names keep
   * SQL portable; AUTO_SERVER lets a second process of the bot (e.g. {@code ./bot kb feedback}) open
   * the same file while the bot runs.
   */
  public static String embeddedUrl(Path dataDir) {
    return "jdbc:h2:file:"
        + dataDir.toAbsolutePath().resolve("bot")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
        + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000";
  }

  /** Opens and migrates the database at {@code jdbcUrl} in its default schema. */
  public static Database open(String jdbcUrl) {
    return open(jdbcUrl, null);
  }

  /**
   * Opens and migrates the database at {@code jdbcUrl}; on PostgreSQL {@code schema} (created when
   * missing) holds the bot's tables, so several bots or test runs can share one server.
   */
  public static Database open(String jdbcUrl, String schema) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    boolean postgres = jdbcUrl.startsWith("jdbc:postgresql:");
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setPoolName("bot-db");
    config.setMaximumPoolSize(postgres ? 10 : 8);
    config.setAutoCommit(true);
    if (schema != null) {
      if (!schema.matches("[a-z_][a-z0-9_]{0,62}")) {
        throw new IllegalArgumentException("schema must be a lower-case SQL identifier: " + schema);
      }
      config.setSchema(schema);
    }
    HikariDataSource pool = new HikariDataSource(config);
    try {
      migrate(pool, schema);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    log.info("Database ready ({})", postgres ? "PostgreSQL" : describe(jdbcUrl));
    return new Database(pool, postgres);
  }

  private static void migrate(DataSource dataSource, String schema) {
    // outOfOrder: migrations are written in parallel by feature (V2 by the conversation core), so a
    // development database may see a lower version arrive after a higher one.
    var flyway =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .outOfOrder(true);
    if (schema != null) {
      flyway = flyway.schemas(schema).defaultSchema(schema);
    }
    flyway.load().migrate();
  }

  private static String describe(String jdbcUrl) {
    int options = jdbcUrl.indexOf(';');
    return (options < 0 ? jdbcUrl : jdbcUrl.substring(0, options)).toLowerCase(Locale.ROOT);
  }

  /** True on PostgreSQL, for the few places that use its stronger features (SKIP LOCKED). */
  public boolean isPostgres() {
    return postgres;
  }

  /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
  public <T> T inTransaction(SqlWork<T> work) {
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(connection, e);
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StorageException("database transaction failed", e);
    }
  }

  /** Runs {@code work} on a pooled connection in auto-commit mode (each statement commits). */
  public <T> T withConnection(SqlWork<T> work) {
    try (Connection connection = pool.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StorageException("database call failed", e);
    }
  }

  private static void rollbackQuietly(Connection connection, Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException rollbackFailure) {
      cause.addSuppressed(rollbackFailure);
    }
  }

  /** The pool, for libraries that want a {@link DataSource}. */
  public DataSource dataSource() {
    return pool;
  }

  @Override
  public void close() {
    pool.close();
  }
}
