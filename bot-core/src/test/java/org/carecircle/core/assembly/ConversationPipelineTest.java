package org.carecircle.core.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.carecircle.core.conversation.ConversationEngine;
import org.carecircle.core.message.Audience;
import org.carecircle.core.message.Button;
import org.carecircle.core.message.Platform;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.Response;
import org.carecircle.core.safety.SafetyLevel;
import org.carecircle.kb.search.MatchOutcome;
import org.junit.jupiter.api.Test;

/** The order of the stages, and what each one decides, through the engine as production builds it. */
class ConversationPipelineTest {
  private final ConversationFixture f = new ConversationFixture();
  private final ConversationEngine engine = f.engine();

  @Test
  void messageThatRaisesASafetyLevelNeverReachesFaqAnswering() {
    f.answers("does chemo make me want to die", MatchOutcome.ANSWER, ConversationFixture.HAIR);

    Response response = engine.handle(f.dm("does chemo make me want to die"));

    assertThat(f.searched).isEmpty();
    assertThat(response.trace().safetyLevel()).isEqualTo("CRISIS");
    assertThat(response.trace().answeredFaqId()).isNull();
    assertThat(response.replies()).singleElement().extracting(Reply::text).asString()
        .contains("SAFE CRISIS US Call or text 988");
    assertThat(f.escalations).singleElement().satisfies(e -> {
      assertThat(e.level()).isEqualTo(SafetyLevel.CRISIS);
      assertThat(e.platform()).isEqualTo(Platform.TELEGRAM);
      assertThat(e.userPseudonym()).startsWith("u_").doesNotContain("42");
      assertThat(e.replyConversationId()).isEqualTo("42");
      assertThat(e.excerpt()).isEqualTo("does chemo make me want to die");
    });
  }

  @Test
  void safeReplyIsSentEvenWhenTheEscalationCannotBeStored() {
    f.escalationStoreDown = true;

    Response response = engine.handle(f.dm("i want to die"));

    assertThat(response.replies()).singleElement().extracting(Reply::text).asString().contains("SAFE CRISIS");
  }

  @Test
  void aRedeliveredPlatformEventIsAnsweredOnceAndEscalatedOnce() {
    var message = f.dm("i want to die tonight");

    Response first = engine.handle(message);
    Response second = engine.handle(message);

    assertThat(first.isSilent()).isFalse();
    assertThat(second.isSilent()).isTrue();
    assertThat(f.escalations).hasSize(1);
  }

  @Test
  void everyGroupMessagePassesTheSafetyCheckButOnlyAddressedOnesGetAnswers() {
    f.answers("chemo hair", MatchOutcome.ANSWER, ConversationFixture.HAIR);

    Response chatter = engine.handle(f.inGroup("chemo hair", false));
    Response distress = engine.handle(f.inGroup("I can't cope anymore", false));
    Response asked = engine.handle(f.inGroup("chemo hair", true));

    assertThat(chatter.isSilent()).isTrue();
    assertThat(distress.replies()).extracting(Reply::audience)
        .containsExactly(Audience.SAME_CONVERSATION, Audience.PRIVATE);
    assertThat(distress.replies().get(0).text()).isEqualTo("POINTER");
    assertThat(distress.replies().get(1).text()).contains("SAFE DISTRESS GB");
    assertThat(asked.trace().answeredFaqId()).isEqualTo("chemo-hair-loss");
  }

  @Test
  void aConfidentMatchIsAnsweredWithSourcesReviewDateRelatedQuestionsAndFeedback() {
    f.answers("chemo hair??", MatchOutcome.ANSWER, ConversationFixture.HAIR, ConversationFixture.NAUSEA);

    Response response = engine.handle(f.dm("chemo hair??"));

    Reply reply = response.replies().get(0);
    assertThat(reply.text()).contains("Does chemotherapy make your hair fall out?", "A reviewed answer about chemo-hair-loss", "Was this helpful?");
    assertThat(reply.sources()).singleElement().satisfies(s -> assertThat(s.url()).startsWith("https://"));
    assertThat(reply.footer()).isEqualTo("Reviewed 2026-11-20");
    assertThat(reply.buttons()).extracting(Button::action)
        .containsExactly("faq:chemo-nausea", "vote:+:chemo-hair-loss", "vote:-:chemo-hair-loss");
    assertThat(response.trace().consideredFaqIds()).containsExactly("chemo-hair-loss", "chemo-nausea");
  }

  @Test
  void closeCandidatesAskDidYouMeanAndATypedNumberPicksOne() {
    f.answers("feeling rough after chemo", MatchOutcome.CLARIFY, ConversationFixture.NAUSEA, ConversationFixture.FATIGUE);

    Response clarify = engine.handle(f.dm("feeling rough after chemo"));
    Response picked = engine.handle(f.dm("2"));

    assertThat(clarify.replies().get(0).text()).contains("Did you mean", "1. How can I cope with nausea", "2. Why am I so tired");
    assertThat(clarify.replies().get(0).buttons()).extracting(Button::action)
        .containsExactly("faq:chemo-nausea", "faq:fatigue", "faq:-");
    assertThat(clarify.trace().answeredFaqId()).isNull();
    assertThat(picked.trace().answeredFaqId()).isEqualTo("fatigue");
  }

  @Test
  void withoutAReviewedAnswerTheBotSaysSoOffersPeopleAndTrustedPlacesAndCountsOnlyTopicWords() {
    Response response = engine.handle(f.dm("Is the new pizza place on 5th Street any good, Anna?"));

    Reply reply = response.replies().get(0);
    assertThat(response.trace().answeredFaqId()).isNull();
    assertThat(reply.text()).contains("I don't have a reviewed answer");
    assertThat(reply.sources()).extracting(s -> s.url()).contains("https://www.cancer.gov");
    assertThat(reply.buttons()).extracting(Button::action).contains("cmd:groups", "cmd:resources");
    assertThat(f.feedback.abstainedTopics(5)).singleElement()
        .satisfies(t -> assertThat(t.topic()).isEqualTo("anna good new pizza place street"));
  }

  @Test
  void theMessageIsEmbeddedOnceAndSharedBySafetyAndRetrieval() {
    engine.handle(f.dm("what helps with nausea"));

    assertThat(f.searched).containsExactly("what helps with nausea");
    assertThat(f.embeddings.get()).isEqualTo(1);
  }

  @Test
  void aBareGreetingGetsAGreetingNotASearch() {
    Response response = engine.handle(f.dm("hello"));

    assertThat(response.replies().get(0).text()).contains("Hello!", "Test Circle");
    assertThat(f.searched).isEmpty();
  }

  @Test
  void whileAnEscalationIsOpenThePersonsMessagesReachTheModerator() {
    f.openEscalation = 7L;

    Response response = engine.handle(f.dm("they still haven't called me back"));

    assertThat(f.followUps).containsExactly("7:they still haven't called me back");
    assertThat(response.replies().get(0).text()).contains("passed your message on");
    assertThat(f.searched).isEmpty();
  }

  @Test
  void aVoteKeepsOnlyTheEntryIdAndThePseudonym() {
    engine.handle(f.button("vote:-:chemo-hair-loss"));

    assertThat(f.feedback.votes()).singleElement()
        .satisfies(v -> {
          assertThat(v.faqId()).isEqualTo("chemo-hair-loss");
          assertThat(v.unhelpful()).isEqualTo(1);
        });
  }

  @Test
  void aRelatedQuestionButtonAnswersThatEntry() {
    Response response = engine.handle(f.button("faq:chemo-nausea"));

    assertThat(response.trace().answeredFaqId()).isEqualTo("chemo-nausea");
  }

  @Test
  void buttonPayloadsAreNeverTreatedAsFreeText() {
    Response response = engine.handle(f.button("i want to die"));

    assertThat(f.escalations).isEmpty();
    assertThat(response.isSilent()).isTrue();
  }

  @Test
  void everyStageIsRegisteredOnceInTheDocumentedOrder() {
    assertThat(engine.stages()).extracting(s -> s.getClass().getSimpleName())
        .containsExactly(
            "DuplicateEventStage", "SafetyStage", "AttentionStage", "ButtonStage", "CommandStage",
            "FollowUpStage", "ChoiceStage", "SmallTalkStage", "FaqAnswerStage", "FallbackStage");
  }

  @Test
  void theRegionOfContactsComesFromTheChoiceThenThePlatformHintThenTheDefault() {
    assertThat(engine.handle(f.inGroup("i can't cope", true)).replies().get(1).text()).contains("GB");
    assertThat(engine.handle(f.dm("i can't cope with this")).replies().get(0).text()).contains("DISTRESS US");

    engine.handle(f.dm("/region NZ"));

    assertThat(engine.handle(f.dm("i can't cope at all")).replies().get(0).text()).contains("DISTRESS NZ");
  }

  static List<String> texts(Response r) {
    return r.replies().stream().map(Reply::text).toList();
  }
}
