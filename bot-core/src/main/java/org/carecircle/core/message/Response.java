package org.carecircle.core.message;

import java.util.List;

/**
 * Everything the core answers to one inbound message, in sending order. Empty when the bot stays
 * silent (a group message not meant for it, or a duplicate event).
 */
public record Response(List<Reply> replies) {

  public Response {
    replies = List.copyOf(replies);
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
}
