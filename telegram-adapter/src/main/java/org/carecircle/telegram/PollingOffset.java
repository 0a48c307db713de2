package org.carecircle.telegram;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;

/**
 * Builds each getUpdates request from the last update this process finished handling, not the last
 * one received: Telegram forgets updates only when the next request confirms them, so an update that
 * was being handled when the process died comes back after a restart (and the core de-duplicates).
 */
final class PollingOffset implements Function<Integer, GetUpdates> {
  static final List<String> UPDATE_KINDS = List.of("message", "callback_query", "chat_join_request");

  private final AtomicInteger lastHandled = new AtomicInteger(0);
  private final int timeoutSeconds;

  PollingOffset(int timeoutSeconds) {
    this.timeoutSeconds = timeoutSeconds;
  }

  void handled(int updateId) {
    lastHandled.accumulateAndGet(updateId, Math::max);
  }

  int lastHandled() {
    return lastHandled.get();
  }

  @Override
  public GetUpdates apply(Integer lastReceivedByLibrary) {
    int last = lastHandled.get();
    return GetUpdates.builder()
        .offset(last == 0 ? null : last + 1)
        .limit(100)
        .timeout(timeoutSeconds)
        .allowedUpdates(UPDATE_KINDS)
        .build();
  }
}
