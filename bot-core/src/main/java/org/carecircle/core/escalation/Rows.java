package org.carecircle.core.escalation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Column conversions shared by the escalation tables; portable between H2 and PostgreSQL. */
final class Rows {
  private Rows() {}

  /**
   * Truncated to microseconds, the precision both databases keep: a stored time is then never later
   * than the instant it came from (H2 would round up), so "due at" comparisons hold exactly.
   */
  static OffsetDateTime time(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** One reason per line; a reason never spans lines. */
  static String joinReasons(List<String> reasons) {
    if (reasons == null || reasons.isEmpty()) {
      return null;
    }
    return clip(
        reasons.stream().map(r -> r.replace('\n', ' ').replace('\r', ' ')).collect(Collectors.joining("\n")),
        4000);
  }

  static List<String> splitReasons(String stored) {
    return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\n"));
  }

  static String clip(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, max - 1) + "…";
  }
}
