package org.carecircle.telegram;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The update ids handled recently in this process, so a repeated delivery (webhook retry, a batch
 * with a duplicate) is not handled twice. The core also de-duplicates durably by event id; this
 * covers moderator clicks and join requests, which never reach the core. Thread-safe.
 */
final class SeenUpdates {
  private final Map<Integer, Boolean> seen;

  SeenUpdates(int capacity) {
    this.seen =
        new LinkedHashMap<>(capacity, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Integer, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  /** True the first time an id is offered. */
  synchronized boolean firstTime(int updateId) {
    return seen.putIfAbsent(updateId, Boolean.TRUE) == null;
  }

  /** Forgets an id whose handling failed, so a redelivery is handled. */
  synchronized void forget(int updateId) {
    seen.remove(updateId);
  }
}
