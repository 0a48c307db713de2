package org.carecircle.core.assembly;

import org.carecircle.core.command.EscalationEraser;
import org.carecircle.core.command.GroupApplicationIntake;
import org.carecircle.core.conversation.EventLedger;
import org.carecircle.core.conversation.SafetyResponder;
import org.carecircle.core.conversation.SessionStore;
import org.carecircle.core.escalation.EscalationIntake;
import org.carecircle.core.feedback.FeedbackStore;
import org.carecircle.core.privacy.Pseudonymizer;
import org.carecircle.core.safety.SafetyCheck;
import org.carecircle.kb.KnowledgeBase;
import org.carecircle.kb.search.FaqSearch;
import org.carecircle.kb.search.TextEmbedder;

/** Everything the conversation engine is built from; the composition root chooses each part. */
public record ConversationParts(
    KnowledgeBase knowledgeBase,
    TextEmbedder embedder,
    FaqSearch search,
    SafetyCheck safety,
    SafetyResponder safeReplies,
    EscalationIntake escalations,
    EscalationEraser escalationEraser,
    GroupApplicationIntake applications,
    SessionStore sessions,
    FeedbackStore feedback,
    EventLedger events,
    Pseudonymizer pseudonymizer,
    String defaultRegion,
    String community,
    int retentionDays) {}
