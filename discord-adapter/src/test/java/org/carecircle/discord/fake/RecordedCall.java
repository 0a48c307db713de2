package org.carecircle.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.Map;

/**
 * One REST call the fake Discord received, with what it answered.
 *
 * @param method HTTP method
 * @param path path without the {@code /api/v10} prefix, e.g. {@code /channels/1/messages}
 * @param query the raw query string, or empty
 * @param headers request headers (names in lower case)
 * @param body the request body as text (JSON, or the raw multipart body)
 * @param status the status the fake answered
 */
public record RecordedCall(
    String method, String path, String query, Map<String, String> headers, String body, int status) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public RecordedCall {
    headers = Map.copyOf(headers);
  }

  /** The body as JSON; for a multipart body its {@code payload_json} part; missing if neither. */
  public JsonNode json() {
    String text = body;
    int payload = body.indexOf("name=\"payload_json\"");
    if (payload >= 0) {
      int start = body.indexOf("\r\n\r\n", payload);
      int end = body.indexOf("\r\n--", start + 4);
      text = start < 0 || end < 0 ? "" : body.substring(start + 4, end);
    }
    if (text.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }

  /** True for {@code POST /channels/<id>/messages}, a message create. */
  public boolean isMessageCreate() {
    return "POST".equals(method) && path.matches("/channels/\\d+/messages");
  }

  /** True for a message create answered with success. */
  public boolean isSuccessfulMessageCreate() {
    return isMessageCreate() && status < 300;
  }

  /** The channel id of a {@code /channels/<id>/...} call, or -1. */
  public long channelId() {
    if (!path.startsWith("/channels/")) {
      return -1;
    }
    String rest = path.substring("/channels/".length());
    int slash = rest.indexOf('/');
    return Long.parseLong(slash < 0 ? rest : rest.substring(0, slash));
  }

  /** True for an interaction callback ({@code POST /interactions/<id>/<token>/callback}). */
  public boolean isInteractionCallback() {
    return "POST".equals(method) && path.startsWith("/interactions/") && path.endsWith("/callback");
  }

  /** True for a follow-up or edit of an interaction's messages through its webhook. */
  public boolean isInteractionFollowUp() {
    return path.startsWith("/webhooks/");
  }

  /** The interaction id of a callback, or null. */
  public String interactionId() {
    if (!isInteractionCallback()) {
      return null;
    }
    return path.split("/")[2];
  }

  @Override
  public String toString() {
    // never prints headers: the Authorization header carries the token
    return method + " " + path + " -> " + status + " " + body;
  }
}
