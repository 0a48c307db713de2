package org.carecircle.core.conversation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.carecircle.core.message.InboundMessage;
import org.carecircle.core.message.Response;
import org.carecircle.core.privacy.Pseudonymizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path of a message, the same for every platform: an ordered chain of stages (duplicate
 * check, safety, attention, buttons, commands, answers, fallback). Thread-safe when its stages are.
 */
public final class ConversationEngine implements MessageHandler {
  private static final Logger log = LoggerFactory.getLogger(ConversationEngine.class);

  private final List<ConversationStage> stages;
  private final Pseudonymizer pseudonymizer;
  private final SessionStore sessions;
  private final RegionResolver regions;
  private final Function<String, float[]> embedder;
  private final Clock clock;

  public ConversationEngine(
      List<ConversationStage> stages,
      Pseudonymizer pseudonymizer,
      SessionStore sessions,
      RegionResolver regions,
      Function<String, float[]> embedder,
      Clock clock) {
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("a conversation needs at least one stage");
    }
    this.stages = List.copyOf(stages);
    this.pseudonymizer = pseudonymizer;
    this.sessions = sessions;
    this.regions = regions;
    this.embedder = embedder;
    this.clock = clock;
  }

  public List<ConversationStage> stages() {
    return stages;
  }

  @Override
  public Response handle(InboundMessage message) {
    String pseudonym = pseudonymizer.pseudonym(message.platform(), message.senderId());
    Optional<Session> stored = sessions.find(pseudonym);
    Session session = stored.orElseGet(() -> Session.firstContact(pseudonym, clock.instant()));
    Turn turn =
        new Turn(message, pseudonym, session, regions.fromHint(message.languageHint()), embedder);
    Response response = Response.silent();
    for (ConversationStage stage : stages) {
      Optional<Response> answer = stage.process(turn);
      if (answer.isPresent()) {
        log.debug("{} answered for {}", stage.getClass().getSimpleName(), pseudonym);
        response = answer.get();
        break;
      }
    }
    boolean changed = !turn.session().equals(session);
    boolean newcomerServed = stored.isEmpty() && !response.isSilent();
    if (!turn.isForgotten() && (changed || newcomerServed)) {
      sessions.save(turn.session());
    }
    return response;
  }
}
