package org.carecircle.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.carecircle.core.message.Audience;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.Response;
import org.carecircle.kb.CrisisResource;
import org.carecircle.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

class SafeReplyComposerTest {
  private static final KnowledgeBase KB =
      new KnowledgeBase(
          List.of(),
          List.of(),
          List.of(
              new CrisisResource("us-988", "US", "988 Suicide & Crisis Lifeline", "Call or text 988",
                  "https://988lifeline.org", List.of("crisis", "distress")),
              new CrisisResource("us-911", "US", "Emergency services", "Call 911", null,
                  List.of("crisis", "medical")),
              new CrisisResource("us-acs", "US", "Cancer helpline", "Call 1-800-000-0000", null,
                  List.of("distress")),
              new CrisisResource("global-crisis", "global", "Find a helpline",
                  "Look up a free line in your country", "https://example.org/helplines",
                  List.of("crisis", "distress")),
              new CrisisResource("global-medical", "global", "Emergency number",
                  "Call your local emergency number", null, List.of("medical"))));

  private final SafeReplyComposer composer = new SafeReplyComposer(KB, "Pink Ribbon Circle");

  private static SafetyAssessment assessment(SafetyLevel level, boolean someoneElse) {
    return new SafetyAssessment(level, someoneElse, List.of("test"));
  }

  @Test
  void crisisInAPrivateChatIsOneReplyWithThe988LineFirst() {
    Response r = composer.compose(assessment(SafetyLevel.CRISIS, false), "US", false);
    assertThat(r.replies()).hasSize(1);
    String text = r.replies().get(0).text();
    assertThat(text).contains("Call or text 988");
    String[] lines = text.split("\n");
    assertThat(lines[1]).startsWith("- **988 Suicide & Crisis Lifeline**");
    assertThat(text).contains("A moderator of Pink Ribbon Circle has been told");
    assertThat(lines[1]).contains("https://988lifeline.org");
  }

  @Test
  void eachContactIsShownOnceWithItsLinkOnlyWhenTheTextLacksIt() {
    Reply reply = composer.compose(assessment(SafetyLevel.CRISIS, false), "US", false)
        .replies().get(0);
    assertThat(reply.sources()).isEmpty();
    assertThat(reply.text().split("988 Suicide & Crisis Lifeline", -1)).hasSize(2);
    KnowledgeBase named = new KnowledgeBase(List.of(), List.of(), List.of(
        new CrisisResource("us-988", "US", "988 Lifeline", "Call or text 988, or chat at 988lifeline.org",
            "https://988lifeline.org", List.of("crisis"))));
    String text = new SafeReplyComposer(named, "Circle")
        .compose(assessment(SafetyLevel.CRISIS, false), "US", false).replies().get(0).text();
    assertThat(text.split("988lifeline.org", -1)).hasSize(2);
  }

  @Test
  void anUnlistedRegionGetsTheGlobalEntries() {
    String text = composer.compose(assessment(SafetyLevel.CRISIS, false), "ZZ", false)
        .replies().get(0).text();
    assertThat(text).contains("Look up a free line in your country").doesNotContain("988");
  }

  @Test
  void medicalSaysToCallTheCareTeamOrEmergencyNumberNow() {
    String text = composer.compose(assessment(SafetyLevel.MEDICAL, false), "US", false)
        .replies().get(0).text();
    assertThat(text).contains("care team's urgent line or the emergency number now");
    assertThat(text).contains("Call 911");
  }

  @Test
  void someoneElseVariantSaysHowToHelpAndWhomToCall() {
    String text = composer.compose(assessment(SafetyLevel.CRISIS, true), "US", false)
        .replies().get(0).text();
    assertThat(text).contains("Call or text 988").contains("Stay with them").contains("listen");
  }

  @Test
  void inAGroupThePublicPointerRepeatsNothingAndTheFullReplyGoesPrivately() {
    Response r = composer.compose(assessment(SafetyLevel.CRISIS, false), "US", true);
    assertThat(r.replies()).hasSize(2);
    Reply pointer = r.replies().get(0);
    Reply full = r.replies().get(1);
    assertThat(pointer.audience()).isEqualTo(Audience.SAME_CONVERSATION);
    assertThat(full.audience()).isEqualTo(Audience.PRIVATE);
    assertThat(pointer.text().length()).isLessThan(full.text().length());
    assertThat(pointer.text()).contains("private message").contains("988")
        .contains("A moderator of Pink Ribbon Circle has been told");
  }

  @Test
  void distressPointsToPeopleWhoListen() {
    String text = composer.compose(assessment(SafetyLevel.DISTRESS, false), "US", false)
        .replies().get(0).text();
    assertThat(text).contains("Cancer helpline").contains("Call or text 988");
  }

  @Test
  void nothingRaisedMeansSilence() {
    assertThat(composer.compose(SafetyAssessment.none(), "US", true).isSilent()).isTrue();
  }

  @Test
  void repliesNeverTalkAboutMethodsOrArgue() {
    for (SafetyLevel level : List.of(SafetyLevel.CRISIS, SafetyLevel.MEDICAL, SafetyLevel.DISTRESS)) {
      for (boolean other : List.of(true, false)) {
        String text = composer.compose(assessment(level, other), "US", true).replies().stream()
            .map(Reply::text).reduce("", String::concat).toLowerCase();
        assertThat(text).doesNotContain("pill", "overdose", "rope", "you shouldn't feel", "calm down");
      }
    }
  }

  @Test
  void withoutAnyListedContactTheEmergencyNumberIsStillGiven() {
    SafeReplyComposer bare =
        new SafeReplyComposer(new KnowledgeBase(List.of(), List.of(), List.of()), null);
    String text = bare.compose(assessment(SafetyLevel.CRISIS, false), "US", false)
        .replies().get(0).text();
    assertThat(text).contains("emergency number").contains("A moderator of the community");
  }
}
