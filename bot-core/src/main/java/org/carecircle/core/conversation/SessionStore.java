package org.carecircle.core.conversation;

import java.util.Optional;

/** Keeps sessions between turns. Implementations are thread-safe. */
public interface SessionStore {

  Optional<Session> find(String userPseudonym);

  void save(Session session);

  void delete(String userPseudonym);
}
