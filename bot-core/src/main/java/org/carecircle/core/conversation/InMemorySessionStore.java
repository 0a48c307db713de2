package org.carecircle.core.conversation;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sessions kept in memory only: for one-shot commands (`./bot ask`, eval, bench). Thread-safe. */
public final class InMemorySessionStore implements SessionStore {
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  @Override
  public Optional<Session> find(String userPseudonym) {
    return Optional.ofNullable(sessions.get(userPseudonym));
  }

  @Override
  public void save(Session session) {
    sessions.put(session.userPseudonym(), session);
  }

  @Override
  public void delete(String userPseudonym) {
    sessions.remove(userPseudonym);
  }
}
