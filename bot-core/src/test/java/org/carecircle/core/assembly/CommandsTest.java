package org.carecircle.core.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import org.carecircle.core.conversation.ConversationEngine;
import org.carecircle.core.message.Audience;
import org.carecircle.core.message.Button;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.Response;
import org.carecircle.kb.search.MatchOutcome;
import org.junit.jupiter.api.Test;

/** Every command, as people on any platform type it. */
class CommandsTest {
  private final ConversationFixture f = new ConversationFixture();
  private final ConversationEngine engine = f.engine();

  private String say(String text) {
    return engine.handle(f.dm(text)).replies().get(0).text();
  }

  @Test
  void startSaysWhatTheBotIsAndIsNotAndWhatToDoInAnEmergency() {
    assertThat(say("/start"))
        .contains("Test Circle", "not** a medical service", "emergency number", "/privacy", "/forget");
  }

  @Test
  void helpListsWhatPeopleCanDo() {
    assertThat(say("/help")).contains("/groups", "/resources", "/region", "/privacy", "/forget", "(now: US)");
  }

  @Test
  void telegramStyleCommandWithBotNameWorks() {
    assertThat(say("/help@CareCircleBot")).contains("/groups");
  }

  @Test
  void askAnswersLikeAPlainMessage() {
    f.answers("chemo hair", MatchOutcome.ANSWER, ConversationFixture.HAIR);

    Response response = engine.handle(f.dm("/ask chemo hair"));

    assertThat(response.trace().answeredFaqId()).isEqualTo("chemo-hair-loss");
  }

  @Test
  void askWithoutAQuestionExplainsHow() {
    assertThat(say("/ask")).contains("Please add your question");
  }

  @Test
  void groupsFiltersByCancerTypeAudienceAndRegionAndOffersApplicationForModeratedGroups() {
    Response breast = engine.handle(f.dm("/groups breast"));
    Response carersUk = engine.handle(f.dm("/groups carer UK"));
    Response carersUs = engine.handle(f.dm("/groups carer"));

    assertThat(breast.replies().get(0).text()).contains("Breast Circle").doesNotContain("Carers Line");
    assertThat(breast.replies().get(0).buttons()).extracting(Button::action).containsExactly("apply:breast-circle");
    assertThat(carersUk.replies().get(0).text()).contains("Carers Line", "tel:+440000");
    assertThat(carersUs.replies().get(0).text()).doesNotContain("Carers Line");
  }

  @Test
  void applyingToAModeratedGroupReachesModeratorsAndAnswersPrivately() {
    Response response = engine.handle(f.button("apply:breast-circle"));

    assertThat(f.applications).containsExactly("breast-circle@42");
    assertThat(response.replies().get(0).audience()).isEqualTo(Audience.PRIVATE);
    assertThat(response.replies().get(0).text()).contains("Breast Circle");
  }

  @Test
  void resourcesListsTheRegionsLinesAndTrustedPlaces() {
    String text = say("/resources");

    assertThat(text).contains("Call or text 988", "Call 911", "cancer.gov");
  }

  @Test
  void regionAcceptsACountryCodeAndRefusesAnythingElse() {
    assertThat(say("/region gb")).contains("**GB**");
    assertThat(say("/region")).contains("Your region is **GB**");
    assertThat(say("/region Narnia")).contains("two-letter country code");
    assertThat(say("/region")).contains("GB");
  }

  @Test
  void regionInAGroupAnswersPrivately() {
    Reply reply = engine.handle(f.inGroup("/region CA", false)).replies().get(0);

    assertThat(reply.audience()).isEqualTo(Audience.PRIVATE);
    assertThat(reply.text()).contains("**CA**");
  }

  @Test
  void privacyExplainsWhatIsKeptAndForHowLong() {
    assertThat(say("/privacy")).contains("pseudonym", "30 days", "/forget");
  }

  @Test
  void forgetErasesSessionAndVotesAndSaysWhenAnOpenEscalationIsKept() {
    engine.handle(f.dm("/region GB"));
    engine.handle(f.button("vote:+:fatigue"));
    f.keptOpenOnForget = true;

    String answer = say("/forget");

    assertThat(answer).contains("open alert is kept");
    assertThat(f.sessions.find(pseudonymOf42())).isEmpty();
    assertThat(f.feedback.votes()).allSatisfy(v -> assertThat(v.helpful() + v.unhelpful()).isZero());
  }

  @Test
  void forgetInAGroupAnswersPrivately() {
    Reply reply = engine.handle(f.inGroup("/forget", false)).replies().get(0);

    assertThat(reply.audience()).isEqualTo(Audience.PRIVATE);
  }

  @Test
  void anUnknownCommandPointsToHelp() {
    assertThat(say("/frobnicate now")).contains("/frobnicate", "/help");
  }

  private String pseudonymOf42() {
    return new org.carecircle.core.privacy.Pseudonymizer(
            "a-test-key-of-enough-length".getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .pseudonym(org.carecircle.core.message.Platform.TELEGRAM, "42");
  }
}
