package org.carecircle.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.carecircle.core.conversation.MessageHandler;
import org.carecircle.core.message.Button;
import org.carecircle.core.message.InboundMessage;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.Response;
import org.carecircle.core.message.SourceLink;
import org.carecircle.core.safety.SafetyLevel;

/**
 * A conversation core stand-in with the core's contract: de-duplicates by event id, sees every group
 * message, answers only what is addressed to it, and for a crisis opens an escalation and sends the
 * resources privately with a short pointer in a group. Records what it was given.
 */
final class ScriptedConversation implements MessageHandler {
  static final String CRISIS_WORDS = "i want to end it all";
  static final String LONG_TEXT = longText();

  private final RecordingDesk desk;
  private final Set<String> seenEvents = ConcurrentHashMap.newKeySet();
  private final List<InboundMessage> received = new ArrayList<>();

  ScriptedConversation(RecordingDesk desk) {
    this.desk = desk;
  }

  List<InboundMessage> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  @Override
  public Response handle(InboundMessage message) {
    synchronized (received) {
      received.add(message);
    }
    if (message.eventId() != null && !seenEvents.add(message.eventId())) {
      return Response.silent();
    }
    String text = message.text().toLowerCase(java.util.Locale.ROOT);
    if (text.contains(CRISIS_WORDS)) {
      desk.open("telegram:" + message.eventId(), message.privateConversationId(), SafetyLevel.CRISIS,
          message.text());
      Reply resources = Reply.text(
          "You matter, and you deserve support right now.\n- Call or text **988** (Suicide and Crisis Lifeline, US)\n- Emergency: 911")
          .privately();
      return message.direct()
          ? Response.of(resources)
          : Response.of(Reply.text("I've sent you some support privately."), resources);
    }
    if (!message.addressedToBot()) {
      return Response.silent();
    }
    if (message.buttonPress()) {
      return Response.of(Reply.text("Thanks for telling us."));
    }
    if (text.startsWith("/start")) {
      return Response.of(Reply.text("Hello! I share **reviewed** answers about cancer care. I am not a doctor."));
    }
    if (text.contains("chemo")) {
      return Response.of(new Reply(
          "Tiredness during chemotherapy is common. Short walks and rest both help.",
          List.of(new SourceLink("Fatigue and cancer", "A cancer charity", "https://www.example.org/fatigue")),
          "Reviewed 2026-01-10",
          List.of(new Button("Helpful", "fb:up:fatigue"), new Button("Not helpful", "fb:down:fatigue")),
          org.carecircle.core.message.Audience.SAME_CONVERSATION));
    }
    if (text.startsWith("echo ")) {
      return Response.of(Reply.text(message.text().substring(5)));
    }
    if (text.startsWith("long")) {
      return Response.of(Reply.text(LONG_TEXT));
    }
    return Response.of(Reply.text("I have no reviewed answer for that yet."));
  }

  private static String longText() {
    StringBuilder text = new StringBuilder();
    int n = 0;
    while (text.length() < 10_000) {
      text.append("Line ").append(n++).append(": keep a simple diary of symptoms & questions <for> your team.\n");
    }
    return text.substring(0, 10_000);
  }
}
