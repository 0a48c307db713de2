package org.carecircle.app;

import java.io.PrintStream;
import org.carecircle.core.escalation.UserChannel;
import org.carecircle.core.message.Platform;
import org.carecircle.core.message.Reply;

/** Shows a moderator's relayed words to the person at the terminal. */
final class TerminalUserChannel implements UserChannel {
  private final PrintStream out;
  private final TerminalRenderer renderer;

  TerminalUserChannel(PrintStream out, TerminalRenderer renderer) {
    this.out = out;
    this.renderer = renderer;
  }

  @Override
  public Platform platform() {
    return Platform.TERMINAL;
  }

  @Override
  public void send(String conversationId, Reply reply) {
    String text = renderer.render(reply, new java.util.ArrayList<>());
    synchronized (out) {
      out.println("\nbot> " + text.strip());
      out.flush();
    }
  }
}
