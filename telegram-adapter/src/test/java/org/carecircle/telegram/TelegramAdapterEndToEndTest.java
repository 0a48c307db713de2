package org.carecircle.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carecircle.core.escalation.EscalationState;
import org.carecircle.core.escalation.ModeratorChannel;
import org.carecircle.core.escalation.ModeratorPost;
import org.carecircle.core.escalation.PostKind;
import org.carecircle.core.message.InboundMessage;
import org.carecircle.core.message.Platform;
import org.carecircle.core.safety.SafetyLevel;
import org.carecircle.telegram.fake.FakeTelegramBotApi;
import org.carecircle.telegram.fake.RecordedCall;
import org.carecircle.telegram.fake.SentMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter with the real telegrambots client and OkHttp 5 against a fake Bot API over HTTP:
 * what a person and a moderator see, and what Telegram is asked to do.
 */
class TelegramAdapterEndToEndTest {
  static final String TOKEN = "123456789:AAH-fakeTokenForTests_0123456789abcdef";
  static final long PERSON = 1001;
  static final long OTHER_PERSON = 1002;
  static final long MODERATOR = 2001;
  static final long GROUP = -1009000;
  static final long MOD_CHAT = -1005000;
  static final Duration WAIT = Duration.ofSeconds(10);

  FakeTelegramBotApi telegram;
  TelegramAdapter adapter;
  RecordingDesk desk;
  ScriptedConversation conversation;
  CapturedLogs logs;

  @BeforeEach
  void start() {
    logs = new CapturedLogs();
    telegram = FakeTelegramBotApi.start(TOKEN);
  }

  void startAdapter(TelegramSettings settings) {
    adapter = new TelegramAdapter(settings);
    desk = new RecordingDesk(adapter.moderatorChannel().orElseThrow(), adapter.userChannel());
    conversation = new ScriptedConversation(desk);
    adapter.start(conversation, desk);
  }

  void startAdapter() {
    startAdapter(new TelegramSettings(TOKEN, telegram.url(), MOD_CHAT, Set.of(MODERATOR), null, null));
  }

  @AfterEach
  void stop() {
    if (adapter != null) {
      adapter.close();
    }
    if (desk != null) {
      desk.close();
    }
    telegram.close();
    try (CapturedLogs captured = logs) {
      assertThat(captured.lines()).isNotEmpty().noneMatch(line -> line.contains(TOKEN)
          || line.contains(TOKEN.substring(TOKEN.indexOf(':') + 1)));
      assertThat(telegram.recordedCalls()).noneMatch(call -> call.body().contains(TOKEN));
    }
  }

  @Test
  void startIsAnsweredAndCommandsAreRegistered() {
    startAdapter();

    telegram.privateMessage(PERSON, "/start");

    List<SentMessage> replies = telegram.awaitMessages(PERSON, m -> true, 1, WAIT);
    assertThat(replies).singleElement().satisfies(m -> {
      assertThat(m.parseMode()).isEqualToIgnoringCase("HTML");
      assertThat(m.text()).contains("<b>reviewed</b>").contains("not a doctor");
    });
    RecordedCall commands = telegram.calls("setMyCommands").get(0);
    assertThat(commands.body()).contains("\"start\"", "\"help\"", "\"resources\"", "\"forget\"");
    assertThat(telegram.calls("deleteWebhook")).hasSize(1);
  }

  @Test
  void questionGetsAnAnswerWithHttpsSourceLinksAndFeedbackButtons() {
    startAdapter();

    telegram.privateMessage(PERSON, "Is it normal to feel so tired on chemo?");

    SentMessage answer = telegram.awaitMessages(PERSON, m -> true, 1, WAIT).get(0);
    assertThat(answer.text())
        .contains("Tiredness during chemotherapy")
        .contains("<a href=\"https://www.example.org/fatigue\">Fatigue and cancer</a>")
        .contains("<i>Reviewed 2026-01-10</i>");
    assertThat(answer.buttonActions()).containsExactly("fb:up:fatigue", "fb:down:fatigue");

    telegram.pressButton(PERSON, answer.messageId(), "fb:up:fatigue");

    assertThat(telegram.awaitMessages(PERSON, m -> m.text().contains("Thanks"), 1, WAIT)).hasSize(1);
    assertThat(telegram.calls("answerCallbackQuery")).hasSize(1);
    assertThat(conversation.received()).last().satisfies(m -> {
      assertThat(m.buttonPress()).isTrue();
      assertThat(m.text()).isEqualTo("fb:up:fatigue");
    });
  }

  @Test
  void crisisInAGroupSendsResourcesPrivatelyAPointerPubliclyAndAModeratorPostWithinTwoSeconds() {
    startAdapter();

    long before = System.nanoTime();
    telegram.groupMessage(GROUP, PERSON, "honestly I want to end it all tonight");

    List<SentMessage> modPosts = telegram.awaitMessages(MOD_CHAT, m -> true, 1, Duration.ofSeconds(2));
    long elapsedMillis = (System.nanoTime() - before) / 1_000_000;
    assertThat(modPosts).as("moderator post within 2 s (took %d ms)", elapsedMillis).hasSize(1);
    SentMessage post = modPosts.get(0);
    assertThat(post.text()).contains("#41").contains("Crisis").contains("end it all");
    assertThat(post.buttonLabels()).containsExactly("Claim", "Resolve");
    assertThat(post.buttonActions()).containsExactly("m:c:41", "m:r:41");

    SentMessage privately = telegram.awaitMessages(PERSON, m -> true, 1, WAIT).get(0);
    assertThat(privately.text()).contains("<b>988</b>");
    SentMessage pointer = telegram.awaitMessages(GROUP, m -> true, 1, WAIT).get(0);
    assertThat(pointer.text()).contains("privately").doesNotContain("988").doesNotContain("end it all");
  }

  @Test
  void moderatorClaimsThenRelaysAReplyThatReachesThePerson() {
    startAdapter();
    telegram.privateMessage(PERSON, "I want to end it all");
    SentMessage post = telegram.awaitMessages(MOD_CHAT, m -> true, 1, WAIT).get(0);

    telegram.pressButton(MODERATOR, post.messageId(), "m:c:41");

    RecordedCall answered = telegram.awaitCalls("answerCallbackQuery", c -> true, 1, WAIT).get(0);
    assertThat(answered.param("text")).isEqualTo("Claimed #41");
    assertThat(telegram.awaitMessages(MOD_CHAT, m -> m.text().contains("Claimed by"), 1, WAIT))
        .singleElement()
        .satisfies(edited -> assertThat(edited.buttonActions()).containsExactly("m:r:41"));
    assertThat(desk.state(41)).isEqualTo(EscalationState.CLAIMED);

    telegram.groupReply(MOD_CHAT, MODERATOR, "We are here with you. Can you tell us where you are?",
        post.messageId());

    SentMessage relayed =
        telegram.awaitMessages(PERSON, m -> m.text().contains("A moderator of the community"), 1, WAIT).get(0);
    assertThat(relayed.text()).contains("We are here with you").doesNotContain("Person" + MODERATOR);
    assertThat(telegram.awaitMessages(MOD_CHAT, m -> m.text().contains("Sent to the person"), 1, WAIT))
        .singleElement()
        .satisfies(confirmation -> assertThat(confirmation.replyToMessageId()).isNotNull());
  }

  @Test
  void nonModeratorsClickIsRefusedAndAnswered() {
    startAdapter();
    telegram.privateMessage(PERSON, "I want to end it all");
    SentMessage post = telegram.awaitMessages(MOD_CHAT, m -> true, 1, WAIT).get(0);

    telegram.pressButton(OTHER_PERSON, post.messageId(), "m:c:41");

    RecordedCall answered = telegram.awaitCalls("answerCallbackQuery", c -> true, 1, WAIT).get(0);
    assertThat(answered.param("text")).contains("Only moderators");
    assertThat(answered.param("show_alert")).isEqualTo("true");
    assertThat(desk.state(41)).isEqualTo(EscalationState.OPEN);
    assertThat(desk.attempts()).singleElement().satisfies(a -> {
      assertThat(a.accepted()).isFalse();
      assertThat(a.by().authorized()).isFalse();
      assertThat(a.by().destination()).isEqualTo("telegram:" + MOD_CHAT);
    });
    assertThat(telegram.message(post.messageId()).buttonActions()).containsExactly("m:c:41", "m:r:41");
  }

  @Test
  void rateLimitStormIsSurvivedWithOneReply() {
    startAdapter();
    telegram.rateLimitNext("sendMessage", 1, 3);

    telegram.privateMessage(PERSON, "/start");

    assertThat(telegram.awaitMessages(PERSON, m -> true, 1, WAIT)).hasSize(1);
    List<RecordedCall> sends = telegram.calls("sendMessage");
    assertThat(sends).extracting(RecordedCall::status).containsExactly(429, 429, 429, 200);
    // retry_after honoured: each retry waited at least the second Telegram asked for
    for (int i = 1; i < sends.size(); i++) {
      assertThat(Duration.between(sends.get(i - 1).at(), sends.get(i).at())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }
  }

  @Test
  void exactlyOneModeratorPostThroughThree500sAndA429() {
    startAdapter();
    telegram.chatDown(MOD_CHAT, 500);
    telegram.privateMessage(PERSON, "I want to end it all");
    telegram.awaitCalls("sendMessage", c -> c.status() == 500, 3, WAIT);
    telegram.chatUp(MOD_CHAT);
    telegram.rateLimitNext("sendMessage", 1, 1);

    assertThat(telegram.awaitMessages(MOD_CHAT, m -> true, 1, WAIT)).hasSize(1);
    sleep(Duration.ofMillis(500));
    assertThat(telegram.messagesTo(MOD_CHAT)).hasSize(1);
    assertThat(telegram.messagesTo(PERSON)).hasSize(1);
  }

  @Test
  void userTextIsEscapedEverywhereAndMarkdownInItIsNotInterpreted() {
    startAdapter();

    telegram.privateMessage(PERSON, "echo <b>bold?</b> & [x](tg://user?id=1) <script>");
    telegram.groupMessage(GROUP, OTHER_PERSON, "I want to end it all <i>&amp; **really**</i>");

    SentMessage echoed = telegram.awaitMessages(PERSON, m -> true, 1, WAIT).get(0);
    assertThat(echoed.text())
        .isEqualTo("&lt;b&gt;bold?&lt;/b&gt; &amp; [x](tg://user?id=1) &lt;script&gt;");
    SentMessage post = telegram.awaitMessages(MOD_CHAT, m -> true, 1, WAIT).get(0);
    assertThat(post.text())
        .contains("&lt;i&gt;&amp;amp; **really**&lt;/i&gt;")
        .doesNotContain("<i>&amp;");
  }

  @Test
  void tenThousandCharacterReplyIsSplitIntoMessagesOfAtMost4096() {
    startAdapter();

    telegram.privateMessage(PERSON, "long please");

    List<SentMessage> parts = telegram.awaitMessages(PERSON, m -> true, 3, WAIT);
    assertThat(parts).hasSize(3).allSatisfy(m -> assertThat(m.text().length()).isLessThanOrEqualTo(4096));
    String visible = String.join("\n", parts.stream().map(m -> FakeTelegramBotApi.visibleText(m.text())).toList());
    assertThat(visible.replace("\n", "")).isEqualTo(ScriptedConversation.LONG_TEXT.strip().replace("\n", ""));
  }

  @Test
  void duplicateUpdateIdGivesNoSecondReplyAndNoSecondModeratorPost() {
    startAdapter();

    int id = telegram.pushTwice(Map.of("message", FakeTelegramBotApi.message(
        FakeTelegramBotApi.privateChat(PERSON), FakeTelegramBotApi.user(PERSON), "I want to end it all", null)));

    assertThat(telegram.awaitMessages(MOD_CHAT, m -> true, 1, WAIT)).hasSize(1);
    telegram.privateMessage(PERSON, "/start"); // a later update proves the duplicate was consumed
    telegram.awaitMessages(PERSON, m -> m.text().contains("Hello"), 1, WAIT);
    assertThat(telegram.messagesTo(MOD_CHAT)).hasSize(1);
    assertThat(telegram.messagesTo(PERSON)).filteredOn(m -> m.text().contains("988")).hasSize(1);
    assertThat(telegram.confirmedOffset()).isGreaterThanOrEqualTo(id);
  }

  @Test
  void groupMessagesAllReachTheCoreAndOnlyAddressedOnesAreMarkedSo() {
    startAdapter();

    telegram.groupMessage(GROUP, PERSON, "anyone else find mornings hardest?");
    telegram.pushUpdate(Map.of("message", FakeTelegramBotApi.message(FakeTelegramBotApi.group(GROUP),
        FakeTelegramBotApi.user(PERSON), "@" + FakeTelegramBotApi.BOT_USERNAME + " chemo tiredness?",
        List.of(FakeTelegramBotApi.entity("mention", 0, FakeTelegramBotApi.BOT_USERNAME.length() + 1)))));
    telegram.groupMessage(GROUP, PERSON, "/help@" + FakeTelegramBotApi.BOT_USERNAME);
    telegram.groupMessage(GROUP, PERSON, "/start@some_other_bot");

    telegram.awaitMessages(GROUP, m -> true, 2, WAIT);
    sleep(Duration.ofMillis(300));
    List<InboundMessage> seen = conversation.received();
    assertThat(seen).hasSize(4).allSatisfy(m -> assertThat(m.direct()).isFalse());
    assertThat(seen).extracting(InboundMessage::addressedToBot).containsExactly(false, true, true, false);
    assertThat(seen.get(1).text()).isEqualTo("chemo tiredness?");
    assertThat(seen.get(2).text()).isEqualTo("/help");
    assertThat(seen).allSatisfy(m -> {
      assertThat(m.senderId()).isEqualTo(String.valueOf(PERSON));
      assertThat(m.privateConversationId()).isEqualTo(String.valueOf(PERSON));
      assertThat(m.conversationId()).isEqualTo(String.valueOf(GROUP));
      assertThat(m.languageHint()).isEqualTo("en");
    });
    assertThat(telegram.messagesTo(GROUP)).hasSize(2);
  }

  @Test
  void personWhoNeverStartedTheBotGetsAnHonestNoteInTheGroupThatRepeatsNothing() {
    startAdapter();
    telegram.neverStarted(PERSON);

    telegram.groupMessage(GROUP, PERSON, "I want to end it all, nobody would notice");

    List<SentMessage> inGroup = telegram.awaitMessages(GROUP, m -> true, 2, WAIT);
    assertThat(inGroup).hasSize(2);
    SentMessage note = inGroup.get(1);
    assertThat(note.text())
        .contains("I couldn't message you privately: open a chat with me and press Start")
        .contains("https://t.me/" + FakeTelegramBotApi.BOT_USERNAME)
        .contains("tg://user?id=" + PERSON)
        .doesNotContain("nobody would notice")
        .doesNotContain("988");
    assertThat(telegram.awaitMessages(MOD_CHAT, m -> true, 1, WAIT)).hasSize(1);
  }

  @Test
  void joinRequestIsApprovedOnlyByAModerator() {
    startAdapter();

    telegram.joinRequest(-1007777, "Carers circle", PERSON, "My mum starts treatment <soon>");

    SentMessage post = telegram.awaitMessages(MOD_CHAT, m -> true, 1, WAIT).get(0);
    assertThat(post.text()).contains("Carers circle").contains("&lt;soon&gt;");
    String approve = "j:a:-1007777:" + PERSON;
    assertThat(post.buttonActions()).containsExactly(approve, "j:d:-1007777:" + PERSON);

    telegram.pressButton(OTHER_PERSON, post.messageId(), approve);
    telegram.awaitCalls("answerCallbackQuery", c -> true, 1, WAIT);
    assertThat(telegram.calls("approveChatJoinRequest")).isEmpty();

    telegram.pressButton(MODERATOR, post.messageId(), approve);
    RecordedCall approved = telegram.awaitCalls("approveChatJoinRequest", c -> true, 1, WAIT).get(0);
    assertThat(approved.param("chat_id")).isEqualTo("-1007777");
    assertThat(approved.param("user_id")).isEqualTo(String.valueOf(PERSON));
    assertThat(telegram.awaitMessages(MOD_CHAT, m -> m.text().contains("Approved by"), 1, WAIT)).hasSize(1);
  }

  @Test
  void forumModeratorChatGetsOneTopicPerEscalationAndRepliesThereAreRelayed() {
    telegram.forum(MOD_CHAT);
    startAdapter();

    telegram.privateMessage(PERSON, "I want to end it all");

    RecordedCall topic = telegram.awaitCalls("createForumTopic", c -> true, 1, WAIT).get(0);
    assertThat(topic.param("name")).startsWith("#41");
    SentMessage post = telegram.awaitMessages(MOD_CHAT, m -> true, 1, WAIT).get(0);
    assertThat(post.threadId()).isNotNull();

    telegram.topicMessage(MOD_CHAT, post.threadId(), MODERATOR, "Hi, a moderator here. We are with you.");

    assertThat(telegram.awaitMessages(PERSON, m -> m.text().contains("a moderator here"), 1, WAIT)).hasSize(1);
  }

  @Test
  void afterARestartAnOlderEscalationsUpdateGoesToTheMainChatWithoutASecondTopic() throws Exception {
    telegram.forum(MOD_CHAT);
    startAdapter();
    ModeratorChannel restarted = adapter.moderatorChannel().orElseThrow();

    restarted.post(new ModeratorPost(77, "77:update", PostKind.UPDATE, SafetyLevel.CRISIS,
        Platform.TELEGRAM, "", List.of(), false, EscalationState.CLAIMED, "Sam", Instant.now()));

    SentMessage update = telegram.awaitMessages(MOD_CHAT, m -> m.text().contains("#77"), 1, WAIT).get(0);
    assertThat(update.threadId()).isNull();
    assertThat(telegram.calls("createForumTopic")).isEmpty();
  }

  @Test
  void moderatorsAreTheChatAdministratorsWhenNoIdsAreConfigured() {
    telegram.administrators(MOD_CHAT, MODERATOR);
    startAdapter(new TelegramSettings(TOKEN, telegram.url(), MOD_CHAT, Set.of(), null, null));
    telegram.privateMessage(PERSON, "I want to end it all");
    SentMessage post = telegram.awaitMessages(MOD_CHAT, m -> true, 1, WAIT).get(0);

    telegram.pressButton(OTHER_PERSON, post.messageId(), "m:c:41");
    telegram.awaitCalls("answerCallbackQuery", c -> true, 1, WAIT);
    telegram.pressButton(MODERATOR, post.messageId(), "m:c:41");
    telegram.awaitCalls("answerCallbackQuery", c -> true, 2, WAIT);

    assertThat(desk.attempts()).extracting(RecordingDesk.Attempt::accepted).containsExactly(false, true);
    assertThat(telegram.calls("getChatMember")).isNotEmpty();
  }

  @Test
  void inviteIsOneUseAndExpires() throws Exception {
    startAdapter();

    String invite = adapter.inviteIssuer().issueInvite("https://t.me/c/9876543210");

    assertThat(invite).startsWith("https://t.me/+");
    RecordedCall call = telegram.calls("createChatInviteLink").get(0);
    assertThat(call.param("chat_id")).isEqualTo("-1009876543210");
    assertThat(call.param("member_limit")).isEqualTo("1");
    assertThat(Long.parseLong(call.param("expire_date"))).isGreaterThan(System.currentTimeMillis() / 1000);
  }

  static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
