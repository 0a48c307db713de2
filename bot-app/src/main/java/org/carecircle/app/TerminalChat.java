package org.carecircle.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.carecircle.core.conversation.MessageHandler;
import org.carecircle.core.escalation.ActionResult;
import org.carecircle.core.escalation.ModeratorDesk;
import org.carecircle.core.escalation.ModeratorRef;
import org.carecircle.core.message.Audience;
import org.carecircle.core.message.Button;
import org.carecircle.core.message.InboundMessage;
import org.carecircle.core.message.Platform;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.Response;

/**
 * The terminal chat: a person's conversation with the same core the platforms use, plus a moderator
 * view ("/mod ...") so the whole escalation lifecycle can be tried without any platform.
 */
final class TerminalChat {
  static final String PERSON = "terminal-user";
  private static final ModeratorRef OPERATOR =
      new ModeratorRef(
          Platform.TERMINAL, "terminal-moderator", "terminal moderator",
          TerminalModeratorChannel.DESTINATION, true);

  private final MessageHandler engine;
  private final ModeratorDesk desk;
  private final TerminalRenderer renderer;
  private final PrintStream out;
  private final String languageHint;
  private final AtomicLong events = new AtomicLong();
  private final String sessionTag = Long.toString(System.currentTimeMillis(), 36);
  private List<Button> lastButtons = new ArrayList<>();

  TerminalChat(
      MessageHandler engine, ModeratorDesk desk, TerminalRenderer renderer, PrintStream out,
      String languageHint) {
    this.engine = engine;
    this.desk = desk;
    this.renderer = renderer;
    this.out = out;
    this.languageHint = languageHint;
  }

  void run(BufferedReader in, String community) throws IOException {
    say(
        "Support bot of " + community + ", terminal chat. Type a question, /help for commands,"
            + " /mod help for the moderator view, /quit to leave.");
    while (true) {
      synchronized (out) {
        out.print("\nyou> ");
        out.flush();
      }
      String line = in.readLine();
      if (line == null) {
        return;
      }
      line = line.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.equalsIgnoreCase("/quit") || line.equalsIgnoreCase("/exit")) {
        say("Take care. Goodbye.");
        return;
      }
      if (line.toLowerCase(Locale.ROOT).startsWith("/mod")) {
        moderate(line.substring(4).strip());
        continue;
      }
      show(engine.handle(message(line)));
    }
  }

  private InboundMessage message(String line) {
    boolean choice = line.matches("\\d{1,2}");
    String eventId = sessionTag + "-" + events.incrementAndGet();
    if (choice) {
      int n = Integer.parseInt(line);
      if (n >= 1 && n <= lastButtons.size()) {
        return new InboundMessage(
            Platform.TERMINAL, PERSON, PERSON, PERSON, lastButtons.get(n - 1).action(), true, true,
            languageHint, eventId, true);
      }
    }
    return new InboundMessage(
        Platform.TERMINAL, PERSON, PERSON, PERSON, line, true, true, languageHint, eventId, false);
  }

  private void show(Response response) {
    List<Button> numbered = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Reply reply : response.replies()) {
      String prefix = reply.audience() == Audience.PRIVATE ? "(privately) " : "";
      text.append("\nbot> ").append(prefix).append(renderer.render(reply, numbered).strip()).append('\n');
    }
    if (!numbered.isEmpty()) {
      text.append("(type a number to choose)\n");
    }
    lastButtons = numbered;
    say(text.toString().stripTrailing());
  }

  private void moderate(String command) {
    String[] parts = command.split("\\s+", 3);
    String verb = parts[0].toLowerCase(Locale.ROOT);
    if (verb.isEmpty() || verb.equals("help") || parts.length < 2 || !parts[1].matches("\\d+")) {
      say(
          "Moderator view: /mod claim N | /mod reply N TEXT | /mod note N TEXT | /mod resolve N"
              + " | /mod approve N | /mod decline N (N is the number in the [MODERATOR] line)");
      return;
    }
    long id = Long.parseLong(parts[1]);
    String text = parts.length > 2 ? parts[2] : "";
    ActionResult result =
        switch (verb) {
          case "claim" -> desk.claim(id, OPERATOR);
          case "resolve" -> desk.resolve(id, OPERATOR);
          case "note" -> desk.note(id, OPERATOR, text);
          case "reply" -> desk.relay(id, OPERATOR, text);
          case "approve" -> desk.approveApplication(id, OPERATOR);
          case "decline" -> desk.declineApplication(id, OPERATOR);
          default -> ActionResult.refused("unknown moderator command: " + verb);
        };
    say("[MODERATOR] " + (result.accepted() ? "" : "refused: ") + result.message());
  }

  private void say(String text) {
    synchronized (out) {
      out.println(text);
      out.flush();
    }
  }
}
