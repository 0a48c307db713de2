package org.carecircle.telegram.fake;

import java.time.Instant;
import java.util.Map;

/**
 * One request the fake received: the Bot API method (lower case), its parameters, the raw body
 * exactly as sent, the HTTP status the fake answered, and when.
 */
public record RecordedCall(
    String method, Map<String, Object> params, String body, int status, Instant at) {

  public RecordedCall {
    params = Map.copyOf(params);
  }

  /** A parameter as text ({@code chat_id} arrives as a string), or null. */
  public String param(String name) {
    Object value = params.get(name);
    return value == null ? null : String.valueOf(value);
  }

  public boolean succeeded() {
    return status == 200;
  }
}
