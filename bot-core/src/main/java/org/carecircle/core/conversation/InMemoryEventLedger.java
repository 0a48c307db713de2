package org.carecircle.core.conversation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An event ledger bounded to the most recent events, for runs without a database. Thread-safe. */
public final class InMemoryEventLedger implements EventLedger {
  private final Map<String, Boolean> recent;

  public InMemoryEventLedger(int capacity) {
    this.recent =
        Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
              @Override
              protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
              }
            });
  }

  @Override
  public boolean firstSighting(String eventKey) {
    return recent.putIfAbsent(eventKey, Boolean.TRUE) == null;
  }
}
