package org.carecircle.core.message;

import java.util.List;

/**
 * One platform-neutral reply: text with light Markdown (bold, lists, links), the sources it rests
 * on, quick-reply buttons, and where it must go. Adapters render it with their platform's means and
 * escape everything in it.
 *
 * @param text the body, light Markdown; never contains raw user input unescaped by the adapter
 * @param sources titled links listed under the body
 * @param footer a short line under the sources (e.g. "Reviewed 2026-01-10"), or empty
 * @param buttons quick replies, in order
 * @param audience the conversation or the person privately
 */
public record Reply(
    String text, List<SourceLink> sources, String footer, List<Button> buttons, Audience audience) {

  public Reply {
    sources = List.copyOf(sources);
    buttons = List.copyOf(buttons);
    footer = footer == null ? "" : footer;
  }

  public static Reply text(String text) {
    return new Reply(text, List.of(), "", List.of(), Audience.SAME_CONVERSATION);
  }

  public Reply withButtons(List<Button> more) {
    return new Reply(text, sources, footer, more, audience);
  }

  public Reply privately() {
    return new Reply(text, sources, footer, buttons, Audience.PRIVATE);
  }
}
