package org.carecircle.core.conversation;

import java.util.function.Function;
import org.carecircle.core.message.InboundMessage;
import org.carecircle.core.safety.SafetyAssessment;

/**
 * One message on its way through the stages: the message, who sent it (pseudonymous), their
 * session, and what earlier stages learned. The embedding is computed at most once and shared by the
 * safety check and retrieval. Not thread-safe: a turn belongs to one thread.
 */
public final class Turn {
  private final InboundMessage message;
  private final String userPseudonym;
  private final Function<String, float[]> embedder;
  private final String region;
  private final String freeText;
  private Session session;
  private float[] embedding;
  private SafetyAssessment assessment = SafetyAssessment.none();
  private boolean forgotten;
  private java.util.List<org.carecircle.kb.search.FaqMatch> considered = java.util.List.of();

  public Turn(
      InboundMessage message,
      String userPseudonym,
      Session session,
      String region,
      Function<String, float[]> embedder) {
    this.message = message;
    this.freeText = MessageText.withoutCommand(message.text());
    this.userPseudonym = userPseudonym;
    this.session = session;
    this.region = region;
    this.embedder = embedder;
  }

  public InboundMessage message() {
    return message;
  }

  public String userPseudonym() {
    return userPseudonym;
  }

  public Session session() {
    return session;
  }

  public void updateSession(Session updated) {
    this.session = updated;
  }

  /** The region whose contacts this person gets: their choice, their platform's hint, or the default. */
  public String region() {
    return session.chosenRegion().orElse(region);
  }

  /** The text a person typed, without a leading command word. */
  public String freeText() {
    return freeText;
  }

  public boolean isGroupConversation() {
    return !message.direct();
  }

  /** The sentence embedding of the free text, computed on first use. */
  public float[] embedding() {
    if (embedding == null) {
      embedding = embedder.apply(MessageText.forEmbedding(freeText()));
    }
    return embedding;
  }

  public SafetyAssessment assessment() {
    return assessment;
  }

  /** Faq entries retrieval considered for this turn, best first; the fallback offers them. */
  public java.util.List<org.carecircle.kb.search.FaqMatch> considered() {
    return considered;
  }

  void recordConsidered(java.util.List<org.carecircle.kb.search.FaqMatch> matches) {
    this.considered = java.util.List.copyOf(matches);
  }

  /** After /forget: the engine must not write the session back. */
  public void markForgotten() {
    this.forgotten = true;
  }

  public boolean isForgotten() {
    return forgotten;
  }

  void recordAssessment(SafetyAssessment value) {
    this.assessment = value;
  }
}
