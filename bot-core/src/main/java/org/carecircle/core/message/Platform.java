package org.carecircle.core.message;

/** Where a message came from or a reply goes. */
public enum Platform {
  DISCORD,
  TELEGRAM,
  TERMINAL
}
