package org.carecircle.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.carecircle.core.persistence.Database;

/**
 * Fresh, migrated databases for tests: an H2 file in a new temporary directory, or a new schema
 * on the PostgreSQL server named by {@code BOT_TEST_PG_URL} (e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}), so parallel runs never collide.
 */
public final class TestDatabases {
  /** The environment variable naming the PostgreSQL server for tests. */
  public static final String PG_URL_VARIABLE = "BOT_TEST_PG_URL";

  private TestDatabases() {}

  /** H2, and PostgreSQL when {@code BOT_TEST_PG_URL} is set. */
  public static Stream<DatabaseKind> kinds() {
    return postgresUrl() == null
        ? Stream.of(DatabaseKind.H2)
        : Stream.of(DatabaseKind.H2, DatabaseKind.POSTGRESQL);
  }

  private static String postgresUrl() {
    String url = System.getenv(PG_URL_VARIABLE);
    return url == null || url.isBlank() ? null : url.strip();
  }

  /** A new empty database of that kind; close it to drop it. */
  public static TestDatabase fresh(DatabaseKind kind) {
    return kind == DatabaseKind.H2 ? freshH2() : freshPostgres();
  }

  /** A new empty H2 database. */
  public static TestDatabase freshH2() {
    try {
      Path dir = Files.createTempDirectory("bot-db-");
      return new TestDatabase(DatabaseKind.H2, Database.embeddedUrl(dir), null, () -> delete(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TestDatabase freshPostgres() {
    String url = postgresUrl();
    if (url == null) {
      throw new IllegalStateException(PG_URL_VARIABLE + " is not set");
    }
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    return new TestDatabase(
        DatabaseKind.POSTGRESQL, url, schema.toLowerCase(Locale.ROOT), () -> dropSchema(url, schema));
  }

  private static void dropSchema(String url, String schema) {
    try (Connection c = DriverManager.getConnection(url)) {
      c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("could not drop test schema " + schema, e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
