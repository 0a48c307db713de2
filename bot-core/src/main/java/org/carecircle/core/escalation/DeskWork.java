package org.carecircle.core.escalation;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/** A moderator action's database work, run in one transaction with its audit record. */
@FunctionalInterface
interface DeskWork {

  DeskOutcome run(Connection connection, Instant now) throws SQLException;
}
