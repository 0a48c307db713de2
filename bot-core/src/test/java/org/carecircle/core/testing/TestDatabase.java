package org.carecircle.core.testing;

import java.util.ArrayList;
import java.util.List;
import org.carecircle.core.persistence.Database;

/**
 * One test's database: {@link #database()} is opened once, {@link #reopen()} opens another pool on
 * the same data (as a restarted process or a second instance would), and {@link #close()} closes
 * them all and drops the data.
 */
public final class TestDatabase implements AutoCloseable {
  private final DatabaseKind kind;
  private final String url;
  private final String schema;
  private final Runnable drop;
  private final List<Database> opened = new ArrayList<>();
  private Database first;

  TestDatabase(DatabaseKind kind, String url, String schema, Runnable drop) {
    this.kind = kind;
    this.url = url;
    this.schema = schema;
    this.drop = drop;
  }

  public DatabaseKind kind() {
    return kind;
  }

  /** The JDBC URL, e.g. to hand to code that opens its own {@link Database}. */
  public String url() {
    return url;
  }

  /** The PostgreSQL schema, or null on H2. */
  public String schema() {
    return schema;
  }

  public synchronized Database database() {
    if (first == null) {
      first = reopen();
    }
    return first;
  }

  /** A new pool over the same data. */
  public synchronized Database reopen() {
    Database db = Database.open(url, schema);
    opened.add(db);
    return db;
  }

  @Override
  public synchronized void close() {
    opened.forEach(Database::close);
    opened.clear();
    drop.run();
  }
}
