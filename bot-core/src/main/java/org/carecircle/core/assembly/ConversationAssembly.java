package org.carecircle.core.assembly;

import java.time.Clock;
import java.util.List;
import org.carecircle.core.command.AskCommand;
import org.carecircle.core.command.ButtonStage;
import org.carecircle.core.command.CommandStage;
import org.carecircle.core.command.ForgetCommand;
import org.carecircle.core.command.GroupsCommand;
import org.carecircle.core.command.HelpCommand;
import org.carecircle.core.command.PrivacyCommand;
import org.carecircle.core.command.RegionCommand;
import org.carecircle.core.command.ResourcesCommand;
import org.carecircle.core.command.StartCommand;
import org.carecircle.core.groups.GroupDirectory;
import org.carecircle.core.conversation.AnswerComposer;
import org.carecircle.core.conversation.AttentionStage;
import org.carecircle.core.conversation.ChoiceStage;
import org.carecircle.core.conversation.ConversationEngine;
import org.carecircle.core.conversation.ConversationStage;
import org.carecircle.core.conversation.DuplicateEventStage;
import org.carecircle.core.conversation.FallbackStage;
import org.carecircle.core.conversation.FaqAnswerStage;
import org.carecircle.core.conversation.FollowUpStage;
import org.carecircle.core.conversation.RegionResolver;
import org.carecircle.core.conversation.SafetyStage;
import org.carecircle.core.conversation.SmallTalkStage;
import org.carecircle.core.message.Texts;


/**
 * The path of a message, in one place: the order of the stages and the commands, each registered
 * exactly once. The composition root hands it the parts.
 */
public final class ConversationAssembly {
  private ConversationAssembly() {}

  public static ConversationEngine build(ConversationParts p, Clock clock) {
    Texts texts = new Texts("conversation");
    String community = p.community();
    AnswerComposer composer = new AnswerComposer(p.knowledgeBase(), texts);
    FaqAnswerStage answers = new FaqAnswerStage(p.search(), composer);
    FallbackStage fallback = new FallbackStage(texts, p.feedback(), community);
    GroupDirectory groups = new GroupDirectory(p.knowledgeBase());
    CommandStage commands =
        new CommandStage(
            List.of(
                new StartCommand(texts, community),
                new HelpCommand(texts, community),
                new AskCommand(answers, fallback, texts),
                new GroupsCommand(groups, texts),
                new ResourcesCommand(p.knowledgeBase(), texts),
                new RegionCommand(texts),
                new PrivacyCommand(texts, community, p.retentionDays()),
                new ForgetCommand(p.sessions(), p.feedback(), p.escalationEraser(), texts)),
            texts);
    List<ConversationStage> stages =
        List.of(
            new DuplicateEventStage(p.events()),
            new SafetyStage(p.safety(), p.safeReplies(), p.escalations()),
            new AttentionStage(),
            new ButtonStage(
                p.knowledgeBase(),
                composer,
                p.feedback(),
                commands,
                groups,
                p.applications(),
                texts,
                community),
            commands,
            new FollowUpStage(p.escalations(), texts),
            new ChoiceStage(p.knowledgeBase(), composer),
            new SmallTalkStage(texts, community),
            answers,
            fallback);
    return new ConversationEngine(
        stages,
        p.pseudonymizer(),
        p.sessions(),
        new RegionResolver(p.defaultRegion()),
        p.embedder()::embed,
        clock);
  }
}
