package org.carecircle.app;

/** A token or key: its toString never shows the value, so it cannot leak through a log line. */
public final class Secret {
  private final String value;

  public Secret(String value) {
    this.value = value;
  }

  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "******";
  }
}
