package org.carecircle.core.assembly;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.carecircle.core.conversation.ConversationEngine;
import org.carecircle.core.conversation.InMemoryEventLedger;
import org.carecircle.core.conversation.InMemorySessionStore;
import org.carecircle.core.escalation.EscalationIntake;
import org.carecircle.core.escalation.NewEscalation;
import org.carecircle.core.escalation.OpenedEscalation;
import org.carecircle.core.feedback.InMemoryFeedbackStore;
import org.carecircle.core.message.InboundMessage;
import org.carecircle.core.message.Platform;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.Response;
import org.carecircle.core.privacy.Pseudonymizer;
import org.carecircle.core.safety.SafetyAssessment;
import org.carecircle.core.safety.SafetyLevel;
import org.carecircle.kb.CrisisResource;
import org.carecircle.kb.FaqEntry;
import org.carecircle.kb.KnowledgeBase;
import org.carecircle.kb.Source;
import org.carecircle.kb.SupportGroup;
import org.carecircle.kb.search.FaqMatch;
import org.carecircle.kb.search.FaqSearch;
import org.carecircle.kb.search.FaqSearchResult;
import org.carecircle.kb.search.MatchOutcome;
import org.carecircle.kb.search.TextEmbedder;

/**
 * A conversation engine assembled exactly as in production, with small recording fakes for the
 * search, the safety check and escalations, so tests read the engine's decisions directly.
 */
final class ConversationFixture {
  static final FaqEntry HAIR =
      faq("chemo-hair-loss", "Does chemotherapy make your hair fall out?", List.of("chemo-nausea"));
  static final FaqEntry NAUSEA = faq("chemo-nausea", "How can I cope with nausea from chemo?", List.of());
  static final FaqEntry FATIGUE = faq("fatigue", "Why am I so tired during treatment?", List.of());

  final KnowledgeBase kb =
      new KnowledgeBase(
          List.of(HAIR, NAUSEA, FATIGUE),
          List.of(
              new SupportGroup(
                  "breast-circle", "Breast Circle", "Peer group for breast cancer.", "discord",
                  "https://discord.gg/example", List.of("breast"), List.of("patient"),
                  List.of("global"), List.of("en"), true),
              new SupportGroup(
                  "carers-uk", "Carers Line", "Helpline for carers.", "phone", "tel:+440000",
                  List.of("any"), List.of("caregiver"), List.of("GB"), List.of("en"), false)),
          List.of(
              new CrisisResource(
                  "us-988", "US", "988 Suicide & Crisis Lifeline", "Call or text 988",
                  "https://988lifeline.org", List.of("crisis", "distress")),
              new CrisisResource(
                  "us-911", "US", "Emergency services", "Call 911", null, List.of("medical")),
              new CrisisResource(
                  "global-help", "global", "Find A Helpline", "findahelpline.com",
                  "https://findahelpline.com", List.of("crisis", "distress", "medical"))));

  final Map<String, FaqSearchResult> searchResults = new java.util.HashMap<>();
  final List<String> searched = new ArrayList<>();
  final AtomicInteger embeddings = new AtomicInteger();
  final List<NewEscalation> escalations = new ArrayList<>();
  final List<String> followUps = new ArrayList<>();
  final List<String> applications = new ArrayList<>();
  final InMemorySessionStore sessions = new InMemorySessionStore();
  final InMemoryFeedbackStore feedback = new InMemoryFeedbackStore();
  boolean escalationStoreDown;
  boolean keptOpenOnForget;
  Long openEscalation;

  final FaqSearch search =
      (text, embedding) -> {
        searched.add(text);
        return searchResults.getOrDefault(text, new FaqSearchResult(MatchOutcome.ABSTAIN, List.of()));
      };

  final TextEmbedder embedder =
      new TextEmbedder() {
        @Override
        public float[] embed(String text) {
          embeddings.incrementAndGet();
          return new float[] {1f};
        }

        @Override
        public int dimensions() {
          return 1;
        }
      };

  /** Words that stand for what the real detector recognises, so tests can raise each level. */
  static SafetyAssessment assess(String text) {
    if (text.contains("want to die")) {
      return new SafetyAssessment(SafetyLevel.CRISIS, false, List.of("explicit crisis"));
    }
    if (text.contains("fever 39")) {
      return new SafetyAssessment(SafetyLevel.MEDICAL, false, List.of("fever"));
    }
    if (text.contains("can't cope")) {
      return new SafetyAssessment(SafetyLevel.DISTRESS, false, List.of("distress"));
    }
    return SafetyAssessment.none();
  }

  final EscalationIntake intake =
      new EscalationIntake() {
        @Override
        public OpenedEscalation open(NewEscalation request) {
          if (escalationStoreDown) {
            throw new IllegalStateException("database unreachable");
          }
          boolean duplicate = escalations.stream().anyMatch(e -> e.eventKey().equals(request.eventKey()));
          if (!duplicate) {
            escalations.add(request);
          }
          return new OpenedEscalation(escalations.size(), duplicate);
        }

        @Override
        public Optional<Long> openEscalationOf(String userPseudonym) {
          return Optional.ofNullable(openEscalation);
        }

        @Override
        public void followUp(long escalationId, String text) {
          followUps.add(escalationId + ":" + text);
        }
      };

  ConversationEngine engine() {
    return ConversationAssembly.build(
        new ConversationParts(
            kb,
            embedder,
            search,
            (text, embedding) -> assess(text),
            (assessment, region, group) -> {
              Reply full =
                  Reply.text("SAFE " + assessment.level() + " " + region
                      + " " + kb.crisisResourcesFor(region, assessment.level().resourceKind()).get(0).contact());
              return group
                  ? new Response(List.of(Reply.text("POINTER"), full.privately()))
                  : Response.of(full);
            },
            intake,
            who -> keptOpenOnForget,
            (platform, who, replyTo, group) -> {
              applications.add(group.id() + "@" + replyTo);
              return applications.size();
            },
            sessions,
            feedback,
            new InMemoryEventLedger(1000),
            new Pseudonymizer("a-test-key-of-enough-length".getBytes(StandardCharsets.UTF_8)),
            "US",
            "Test Circle",
            30),
        Clock.systemUTC());
  }

  void answers(String text, MatchOutcome outcome, FaqEntry... entries) {
    List<FaqMatch> matches = new ArrayList<>();
    double confidence = 0.9;
    for (FaqEntry e : entries) {
      matches.add(new FaqMatch(e, confidence));
      confidence -= 0.05;
    }
    searchResults.put(text, new FaqSearchResult(outcome, matches));
  }

  private int events;

  InboundMessage dm(String text) {
    return InboundMessage.direct(Platform.TELEGRAM, "42", text, "e" + (++events));
  }

  InboundMessage button(String action) {
    return new InboundMessage(
        Platform.TELEGRAM, "42", "42", "42", action, true, true, null, "e" + (++events), true);
  }

  InboundMessage inGroup(String text, boolean addressed) {
    return new InboundMessage(
        Platform.DISCORD, "channel-1", "77", null, text, false, addressed, "en-GB", "e" + (++events), false);
  }

  private static FaqEntry faq(String id, String question, List<String> related) {
    return new FaqEntry(
        id, question, List.of(), "A reviewed answer about " + id + ".",
        List.of(new Source("Page about " + id, "National Cancer Institute", "https://www.cancer.gov/" + id)),
        List.of(), LocalDate.of(2026, 11, 20), related, "en");
  }
}
