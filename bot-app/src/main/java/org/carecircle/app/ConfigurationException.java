package org.carecircle.app;

/** A configuration value is missing or wrong; the message names the key and never holds a secret. */
public final class ConfigurationException extends RuntimeException {
  public ConfigurationException(String message) {
    super(message);
  }
}
