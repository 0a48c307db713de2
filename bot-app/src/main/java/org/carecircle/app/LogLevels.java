package org.carecircle.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Quiet logs for interactive commands, so the terminal shows the conversation, not the plumbing. */
final class LogLevels {
  private LogLevels() {}

  static void quiet() {
    ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
  }
}
