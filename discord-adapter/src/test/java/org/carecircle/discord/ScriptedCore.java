package org.carecircle.discord;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.carecircle.core.conversation.MessageHandler;
import org.carecircle.core.escalation.DeliveryException;
import org.carecircle.core.escalation.EscalationState;
import org.carecircle.core.escalation.ModeratorChannel;
import org.carecircle.core.escalation.ModeratorPost;
import org.carecircle.core.escalation.PostKind;
import org.carecircle.core.message.Button;
import org.carecircle.core.message.InboundMessage;
import org.carecircle.core.message.Platform;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.Response;
import org.carecircle.core.message.SourceLink;
import org.carecircle.core.safety.SafetyLevel;

/**
 * A stand-in for the conversation core with the shapes the real one answers: a sourced answer, a
 * crisis (public pointer, private resources, a moderator post as the outbox would send it), and
 * silence for guild messages not meant for the bot. Records every message it gets.
 */
final class ScriptedCore implements MessageHandler {
  static final String CRISIS_WORDS = "i want to end it all tonight";
  static final String PUBLIC_POINTER =
      "You matter, and you deserve support right now. I've sent you a private message with people you can reach.";
  static final String RESOURCES =
      "**If you are in danger, please reach out now.**\n- Call or text **988** (Suicide & Crisis Lifeline, US)\n- Emergency services: **911**";

  final List<InboundMessage> received = new CopyOnWriteArrayList<>();
  private final AtomicLong escalations = new AtomicLong(40);
  private volatile ModeratorChannel moderators;

  void moderatorChannel(ModeratorChannel channel) {
    this.moderators = channel;
  }

  @Override
  public Response handle(InboundMessage message) {
    received.add(message);
    String text = message.text().toLowerCase(Locale.ROOT);
    if (text.contains("slowly")) {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (text.contains("end it all")) {
      return crisis(message);
    }
    if (!message.direct() && !message.addressedToBot()) {
      return Response.silent();
    }
    if (message.buttonPress()) {
      return Response.of(Reply.text("Thanks, that helps us improve the answers."));
    }
    if (text.startsWith("/privacy")) {
      return Response.of(Reply.text("I keep only what I need.").privately());
    }
    if (text.contains("neutropenia") || text.startsWith("/ask")) {
      return Response.of(
          new Reply(
              "**Neutropenia** means a low count of a kind of white blood cell.\n- Fever can be an emergency during chemo: call your care team.",
              List.of(
                  new SourceLink("Neutropenia basics", "Test Cancer Society", "https://example.org/neutropenia"),
                  new SourceLink("Infections during treatment", "Test Health Service", "https://example.net/infections")),
              "Reviewed 2026-01-10",
              List.of(new Button("Helpful", "fb:up:neutropenia"), new Button("Not helpful", "fb:down:neutropenia")),
              org.carecircle.core.message.Audience.SAME_CONVERSATION));
    }
    return Response.of(Reply.text("I don't have a reviewed answer to that yet."));
  }

  private Response crisis(InboundMessage message) {
    long id = escalations.incrementAndGet();
    ModeratorChannel channel = moderators;
    if (channel != null) {
      ModeratorPost post =
          new ModeratorPost(
              id,
              "esc-" + id + "-new",
              PostKind.NEW,
              SafetyLevel.CRISIS,
              Platform.DISCORD,
              message.text() + " @everyone **now**",
              List.of("explicit: 'end it all' (first person, present)"),
              false,
              EscalationState.OPEN,
              "",
              Instant.parse("2026-11-27T12:00:00Z"));
      try {
        channel.post(post);
      } catch (DeliveryException e) {
        throw new IllegalStateException(e);
      }
    }
    Reply resources = Reply.text(RESOURCES).privately();
    if (message.direct()) {
      return Response.of(resources);
    }
    return Response.of(Reply.text(PUBLIC_POINTER), resources);
  }
}
