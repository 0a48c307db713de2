package org.carecircle.core.message;

import java.util.List;

/**
 * Everything the core answers to one inbound message, in sending order, and a trace of why. Empty
 * replies when the bot stays silent (a group message not meant for it, or a duplicate event).
 */
public record Response(List<Reply> replies, ResponseTrace trace) {

  public Response {
    replies = List.copyOf(replies);
    trace = trace == null ? ResponseTrace.of("") : trace;
  }

  public Response(List<Reply> replies) {
    this(replies, null);
  }

  public static Response of(Reply... replies) {
    return new Response(List.of(replies));
  }

  public static Response silent() {
    return new Response(List.of());
  }

  public boolean isSilent() {
    return replies.isEmpty();
  }

  public Response withTrace(ResponseTrace newTrace) {
    return new Response(replies, newTrace);
  }
}
