package org.carecircle.core.escalation;

import java.time.Duration;

/**
 * How the outbox delivers: in-memory retries (exponential backoff with jitter), then parking the
 * record for a later round, and how long a lease keeps other instances away.
 *
 * @param workers delivery threads per instance
 * @param initialBackoff the first in-memory wait
 * @param multiplier growth of each in-memory wait
 * @param jitter randomisation factor of each wait, 0..1
 * @param attemptsInMemory attempts per round before the record is parked
 * @param longestInMemoryWait a platform's retry-after longer than this parks the record instead
 * @param parkInitial the wait before the second round; doubles each round up to {@code parkMax}
 * @param parkMax the longest wait between rounds
 * @param lease how long a leased record is hidden from other instances; renewed before each attempt,
 *     so it must outlast the longest wait plus one platform call
 * @param poll how often idle workers look for due records without being woken
 */
public record DeliverySettings(
    int workers,
    Duration initialBackoff,
    double multiplier,
    double jitter,
    int attemptsInMemory,
    Duration longestInMemoryWait,
    Duration parkInitial,
    Duration parkMax,
    Duration lease,
    Duration poll) {

  public DeliverySettings {
    if (workers < 1) {
      throw new IllegalArgumentException("delivery workers must be at least 1");
    }
    if (attemptsInMemory < 1) {
      throw new IllegalArgumentException("attempts in memory must be at least 1");
    }
    if (multiplier < 1.0 || jitter < 0.0 || jitter >= 1.0) {
      throw new IllegalArgumentException("backoff multiplier must be >= 1 and jitter in [0, 1)");
    }
    if (lease.compareTo(longestInMemoryWait.plusSeconds(20)) < 0) {
      throw new IllegalArgumentException(
          "the outbox lease must outlast the longest in-memory wait plus a platform call (20 s)");
    }
  }

  /**
   * Production values: a post lands within about 2 s through three server errors and a short
   * rate limit (200, 300, 450 ms waits, jitter 20 %). A moderator alert must not wait long after a
   * platform recovers, so parked rounds are at most a minute apart, and a short lease lets a
   * restarted instance take over a dead one's records within half a minute.
   */
  public static DeliverySettings defaults() {
    return new DeliverySettings(
        4,
        Duration.ofMillis(200),
        1.5,
        0.2,
        8,
        Duration.ofSeconds(5),
        Duration.ofSeconds(5),
        Duration.ofMinutes(1),
        Duration.ofSeconds(25),
        Duration.ofSeconds(1));
  }

  /** Tiny waits for tests. */
  public static DeliverySettings fast() {
    return new DeliverySettings(
        4,
        Duration.ofMillis(2),
        1.5,
        0.2,
        3,
        Duration.ofSeconds(2),
        Duration.ofMillis(20),
        Duration.ofMillis(100),
        Duration.ofSeconds(30),
        Duration.ofMillis(50));
  }

  public DeliverySettings withWorkers(int count) {
    return new DeliverySettings(
        count, initialBackoff, multiplier, jitter, attemptsInMemory, longestInMemoryWait,
        parkInitial, parkMax, lease, poll);
  }

  public DeliverySettings withAttemptsInMemory(int count) {
    return new DeliverySettings(
        workers, initialBackoff, multiplier, jitter, count, longestInMemoryWait, parkInitial,
        parkMax, lease, poll);
  }
}
