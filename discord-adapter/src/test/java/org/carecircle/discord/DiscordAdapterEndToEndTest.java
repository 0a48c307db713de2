package org.carecircle.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carecircle.discord.fake.FakeDiscord.ADMIN_ID;
import static org.carecircle.discord.fake.FakeDiscord.BOT_ID;
import static org.carecircle.discord.fake.FakeDiscord.GENERAL_CHANNEL_ID;
import static org.carecircle.discord.fake.FakeDiscord.GROUP_CHANNEL_ID;
import static org.carecircle.discord.fake.FakeDiscord.GUILD_ID;
import static org.carecircle.discord.fake.FakeDiscord.MEMBER_ID;
import static org.carecircle.discord.fake.FakeDiscord.MODERATOR_CHANNEL_ID;
import static org.carecircle.discord.fake.FakeDiscord.MODERATOR_ID;
import static org.carecircle.discord.fake.FakeDiscord.MODERATOR_ROLE_ID;
import static org.carecircle.discord.fake.FakeDiscord.OTHER_BOT_ID;
import static org.carecircle.discord.fake.FakeDiscord.TOKEN;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.carecircle.core.conversation.BotCommand;
import org.carecircle.core.conversation.CommandCatalog;
import org.carecircle.core.escalation.DeliveryException;
import org.carecircle.core.escalation.EscalationState;
import org.carecircle.core.escalation.ModeratorChannel;
import org.carecircle.core.escalation.ModeratorPost;
import org.carecircle.core.escalation.PostKind;
import org.carecircle.core.message.InboundMessage;
import org.carecircle.core.message.Platform;
import org.carecircle.core.message.Reply;
import org.carecircle.core.safety.SafetyLevel;
import org.carecircle.discord.fake.FakeDiscord;
import org.carecircle.discord.fake.RecordedCall;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;

/**
 * The adapter with the real JDA against the local fake Discord: one login for the whole class.
 * Each test looks only at the calls made after it started.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiscordAdapterEndToEndTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private FakeDiscord fake;
  private DiscordAdapter adapter;
  private ModeratorChannel moderators;
  private final ScriptedCore core = new ScriptedCore();
  private final RecordingDesk desk = new RecordingDesk();
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private Level rootLevel;

  @BeforeAll
  void startBotAgainstFakeDiscord() throws Exception {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    rootLevel = root.getLevel();
    root.setLevel(Level.DEBUG);
    logs.start();
    root.addAppender(logs);
    fake = FakeDiscord.start();
    adapter =
        new DiscordAdapter(
            new DiscordSettings(
                TOKEN,
                fake.url(),
                fake.gatewayUrl(),
                Long.toUnsignedString(MODERATOR_CHANNEL_ID),
                Long.toUnsignedString(MODERATOR_ROLE_ID)));
    moderators = adapter.moderatorChannel().orElseThrow();
    core.moderatorChannel(moderators);
    adapter.start(core, desk);
    assertThat(adapter.awaitReady(Duration.ofSeconds(20))).isTrue();
  }

  @AfterAll
  void stop() throws Exception {
    adapter.close();
    fake.close();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.detachAppender(logs);
    root.setLevel(rootLevel);
  }

  @Test
  @Order(1)
  void registersTheCatalogsSlashCommands() throws Exception {
    RecordedCall put =
        fake.awaitCall(c -> "PUT".equals(c.method()) && c.path().endsWith("/commands"), WAIT);
    assertThat(put).isNotNull();
    List<String> names = new ArrayList<>();
    put.json().forEach(command -> names.add(command.get("name").asText()));
    assertThat(names)
        .containsExactlyElementsOf(CommandCatalog.all().stream().map(BotCommand::name).toList());
    assertThat(names).contains("ask", "groups", "resources", "region", "privacy", "forget", "help");
  }

  @Test
  @Order(2)
  void directQuestionIsAnsweredWithAnEmbedOfHttpsSourceLinks() throws Exception {
    int from = calls();
    String messageId = fake.sendDirectMessage(MEMBER_ID, "What is neutropenia?");
    RecordedCall answer = awaitCreateIn(fake.dmChannelOf(MEMBER_ID), from);

    JsonNode embed = answer.json().path("embeds").get(0);
    assertThat(embed.path("description").asText()).contains("**Neutropenia**");
    String sources = embed.path("fields").get(0).path("value").asText();
    assertThat(sources)
        .contains("[Neutropenia basics](https://example.org/neutropenia)")
        .contains("[Infections during treatment](https://example.net/infections)");
    assertThat(embed.path("footer").path("text").asText()).isEqualTo("Reviewed 2026-01-10");
    JsonNode buttons = answer.json().path("components").get(0).path("components");
    assertThat(buttons).hasSize(2);
    assertThat(buttons.get(0).path("custom_id").asText()).isEqualTo("u:fb:up:neutropenia");
    assertThat(answer.json().path("allowed_mentions").path("parse")).isEmpty();

    InboundMessage inbound = receivedWithEventId(messageId);
    assertThat(inbound.direct()).isTrue();
    assertThat(inbound.addressedToBot()).isTrue();
    assertThat(inbound.senderId()).isEqualTo(Long.toUnsignedString(MEMBER_ID));
    assertThat(inbound.privateConversationId()).isEqualTo(Long.toUnsignedString(MEMBER_ID));
    assertThat(inbound.conversationId())
        .isEqualTo(Long.toUnsignedString(fake.dmChannelOf(MEMBER_ID)));
  }

  @Test
  @Order(3)
  void crisisInAChannelGetsAKindPublicPointerResourcesByDmAndAModeratorPost() throws Exception {
    int from = calls();
    Instant sent = Instant.now();
    fake.sendChannelMessage(GENERAL_CHANNEL_ID, MEMBER_ID, ScriptedCore.CRISIS_WORDS);

    RecordedCall pointer = awaitCreateIn(GENERAL_CHANNEL_ID, from);
    RecordedCall resources = awaitCreateIn(fake.dmChannelOf(MEMBER_ID), from);
    RecordedCall post = awaitCreateIn(MODERATOR_CHANNEL_ID, from);
    assertThat(Duration.between(sent, Instant.now())).isLessThan(Duration.ofSeconds(2));

    String publicText = pointer.json().path("content").asText();
    assertThat(publicText).isEqualTo(ScriptedCore.PUBLIC_POINTER);
    assertThat(publicText.toLowerCase()).doesNotContain("end it", "tonight");
    assertThat(pointer.json().path("message_reference").isMissingNode()).isTrue();
    assertThat(resources.json().path("content").asText()).contains("988");

    JsonNode embed = post.json().path("embeds").get(0);
    assertThat(embed.path("title").asText()).startsWith("Escalation #").contains("CRISIS");
    assertThat(embed.path("description").asText())
        .contains("i want to end it all tonight")
        .contains("\\*\\*now\\*\\*")
        .contains("@\u200beveryone");
    assertThat(fieldValue(embed, "Reasons")).contains("end it all");
    assertThat(fieldValue(embed, "Level")).isEqualTo("CRISIS");
    List<String> buttonIds = new ArrayList<>();
    post.json().path("components").get(0).path("components")
        .forEach(b -> buttonIds.add(b.path("custom_id").asText()));
    assertThat(buttonIds).hasSize(3).allMatch(id -> id.startsWith("mod:"));
    assertThat(post.json().path("allowed_mentions").path("parse")).isEmpty();

    RecordedCall thread =
        fake.awaitCall(c -> c.path().endsWith("/threads") && c.channelId() == MODERATOR_CHANNEL_ID, WAIT);
    assertThat(thread.json().path("name").asText()).matches("Escalation #\\d+");
  }

  @Test
  @Order(3)
  void whenThePersonsDmsAreClosedTheChannelIsToldWithoutThePrivateText() throws Exception {
    long dm = fake.dmChannelOf(ADMIN_ID);
    fake.failNext(403, 1, "/channels/" + dm + "/messages");
    int from = calls();
    fake.sendChannelMessage(GENERAL_CHANNEL_ID, ADMIN_ID, ScriptedCore.CRISIS_WORDS);

    List<RecordedCall> inChannel =
        fake.awaitCalls(
            c -> calls(c, from) && c.isSuccessfulMessageCreate() && c.channelId() == GENERAL_CHANNEL_ID,
            2,
            WAIT);
    assertThat(inChannel).hasSize(2);
    assertThat(inChannel.get(0).json().path("content").asText()).isEqualTo(ScriptedCore.PUBLIC_POINTER);
    assertThat(inChannel.get(1).json().path("content").asText())
        .isEqualTo(DiscordConversations.DMS_CLOSED)
        .doesNotContain("988");
  }

  @Test
  @Order(4)
  void moderatorsClaimIsAcceptedAndAnsweredPrivately() throws Exception {
    String messageId = postEscalation(501, "esc-501-new");
    String interaction =
        fake.clickButton(MODERATOR_ID, MODERATOR_CHANNEL_ID, messageId, "mod:claim:501");

    RecordedCall answer = awaitAnswer(interaction);
    assertThat(answer.json().path("type").asInt()).isEqualTo(4);
    assertThat(answer.json().path("data").path("flags").asInt() & 64).isEqualTo(64);
    assertThat(answer.json().path("data").path("content").asText()).isEqualTo("Claimed #501.");
    RecordingDesk.Attempt attempt = lastAttempt("claim", 501);
    assertThat(attempt.by().authorized()).isTrue();
    assertThat(attempt.by().userId()).isEqualTo(Long.toUnsignedString(MODERATOR_ID));
    assertThat(attempt.by().destination()).isEqualTo(moderators.destination());
  }

  @Test
  @Order(5)
  void aNonModeratorsClickIsRefused() throws Exception {
    String messageId = postEscalation(502, "esc-502-new");
    String interaction = fake.clickButton(MEMBER_ID, MODERATOR_CHANNEL_ID, messageId, "mod:claim:502");

    RecordedCall answer = awaitAnswer(interaction);
    assertThat(answer.json().path("data").path("content").asText())
        .isEqualTo("Only moderators can do that here.");
    assertThat(answer.json().path("data").path("flags").asInt() & 64).isEqualTo(64);
    assertThat(lastAttempt("claim", 502).by().authorized()).isFalse();
  }

  @Test
  @Order(6)
  void anAdministratorMayActWithoutTheRole() throws Exception {
    String messageId = postEscalation(503, "esc-503-new");
    String interaction = fake.clickButton(ADMIN_ID, MODERATOR_CHANNEL_ID, messageId, "mod:resolve:503");

    awaitAnswer(interaction);
    assertThat(lastAttempt("resolve", 503).by().authorized()).isTrue();
  }

  @Test
  @Order(7)
  void aModeratorsClickOutsideTheModeratorChannelIsNotAuthorized() throws Exception {
    String interaction =
        fake.clickButton(MODERATOR_ID, GENERAL_CHANNEL_ID, "920000000000999999", "mod:claim:504");

    awaitAnswer(interaction);
    RecordingDesk.Attempt attempt = lastAttempt("claim", 504);
    assertThat(attempt.by().authorized()).isFalse();
    assertThat(attempt.by().destination()).isNotEqualTo(moderators.destination());
  }

  @Test
  @Order(8)
  void aModeratorsMessageInTheEscalationThreadIsRelayed() throws Exception {
    String messageId = postEscalation(505, "esc-505-new");
    fake.awaitCall(c -> c.path().equals("/channels/" + MODERATOR_CHANNEL_ID + "/messages/" + messageId + "/threads"), WAIT);
    int from = calls();
    long thread = Long.parseLong(messageId);
    fake.sendChannelMessage(thread, MODERATOR_ID, "We are here with you. Can you tell us where you are?");

    RecordedCall note = awaitCreateIn(thread, from);
    assertThat(note.json().path("content").asText()).contains("Sent to the person.");
    RecordingDesk.Attempt relay = lastAttempt("relay", 505);
    assertThat(relay.by().authorized()).isTrue();
    assertThat(relay.text()).isEqualTo("We are here with you. Can you tell us where you are?");
  }

  @Test
  @Order(9)
  void theReplyButtonOpensAModalWhoseTextIsRelayed() throws Exception {
    String messageId = postEscalation(506, "esc-506-new");
    String click = fake.clickButton(MODERATOR_ID, MODERATOR_CHANNEL_ID, messageId, "mod:reply:506");
    RecordedCall modal = awaitAnswer(click);
    assertThat(modal.json().path("type").asInt()).isEqualTo(9);
    assertThat(modal.json().path("data").path("custom_id").asText()).isEqualTo("modreply:506");

    String submit =
        fake.submitModal(MODERATOR_ID, MODERATOR_CHANNEL_ID, "modreply:506", "text", "You are not alone.");
    RecordedCall answer = awaitAnswer(submit);
    assertThat(answer.json().path("data").path("content").asText()).isEqualTo("Sent to the person.");
    assertThat(lastAttempt("relay", 506).text()).isEqualTo("You are not alone.");
  }

  @Test
  @Order(10)
  void aRateLimitedReplyIsWaitedOutByJdaAndArrives() throws Exception {
    long dm = fake.dmChannelOf(ADMIN_ID);
    fake.rateLimitNext(1, "/channels/" + dm + "/messages");
    int from = calls();
    Instant sent = Instant.now();
    fake.sendDirectMessage(ADMIN_ID, "What is neutropenia?");

    RecordedCall answer = awaitCreateIn(dm, from);
    assertThat(answer).isNotNull();
    assertThat(Duration.between(sent, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    List<RecordedCall> attempts = since(from, c -> c.isMessageCreate() && c.channelId() == dm);
    assertThat(attempts).extracting(RecordedCall::status).containsExactly(429, 200);
  }

  @Test
  @Order(11)
  void everyoneInAUsersMessagePingsNoOne() throws Exception {
    int from = calls();
    fake.sendChannelMessage(
        GENERAL_CHANNEL_ID, MEMBER_ID, "hey @everyone and @here, what is neutropenia?", true);

    RecordedCall answer = awaitCreateIn(GENERAL_CHANNEL_ID, from);
    assertThat(answer.json().path("allowed_mentions").path("parse")).isEmpty();
    assertThat(answer.json().path("allowed_mentions").path("replied_user").asBoolean()).isFalse();
    InboundMessage inbound = core.received.get(core.received.size() - 1);
    assertThat(inbound.addressedToBot()).isTrue();
    assertThat(inbound.text()).isEqualTo("hey @everyone and @here, what is neutropenia?");
  }

  @Test
  @Order(12)
  void aGuildMessageNotForTheBotStillReachesTheCoreAndStaysUnanswered() throws Exception {
    int from = calls();
    String id = fake.sendChannelMessage(GENERAL_CHANNEL_ID, MEMBER_ID, "just sharing my day");

    InboundMessage inbound = awaitReceived(id);
    assertThat(inbound.addressedToBot()).isFalse();
    assertThat(inbound.direct()).isFalse();
    Thread.sleep(300);
    assertThat(since(from, RecordedCall::isMessageCreate)).isEmpty();
  }

  @Test
  @Order(12)
  void aReplyToTheBotsMessageIsAddressedToIt() throws Exception {
    int from = calls();
    fake.sendChannelMessage(GENERAL_CHANNEL_ID, MEMBER_ID, "what is neutropenia?", true);
    RecordedCall answer = awaitCreateIn(GENERAL_CHANNEL_ID, from);
    String botMessage =
        fake.createdMessagesIn(GENERAL_CHANNEL_ID).stream()
            .filter(m -> m.path("nonce").asText().equals(answer.json().path("nonce").asText()))
            .findFirst()
            .orElseThrow()
            .path("id")
            .asText();

    int beforeReply = calls();
    String reply = fake.sendChannelReply(GENERAL_CHANNEL_ID, MEMBER_ID, "and what about fevers?", botMessage);
    InboundMessage inbound = awaitReceived(reply);
    assertThat(inbound.addressedToBot()).isTrue();
    assertThat(inbound.direct()).isFalse();
    // answered, and as a plain message: no reply reference that would quote the person
    RecordedCall answerToReply = awaitCreateIn(GENERAL_CHANNEL_ID, beforeReply);
    assertThat(answerToReply.json().path("message_reference").isMissingNode()).isTrue();
  }

  @Test
  @Order(13)
  void aModeratorApprovesAnApplicationFromItsPost() throws Exception {
    ModeratorPost application =
        new ModeratorPost(
            31, "app-31", PostKind.APPLICATION, SafetyLevel.NONE, Platform.DISCORD,
            "Would like to join the caregivers group", List.of(), false, EscalationState.OPEN, "",
            Instant.now());
    String messageId = moderators.post(application);
    String interaction = fake.clickButton(MODERATOR_ID, MODERATOR_CHANNEL_ID, messageId, "app:approve:31");

    RecordedCall answer = awaitAnswer(interaction);
    assertThat(answer.json().path("data").path("content").asText())
        .isEqualTo("Approved; the invite is on its way.");
    assertThat(lastAttempt("approve", 31).by().authorized()).isTrue();
    assertThat(fake.recordedCalls())
        .noneMatch(c -> c.path().equals("/channels/" + MODERATOR_CHANNEL_ID + "/messages/" + messageId + "/threads"));
  }

  @Test
  @Order(13)
  void otherBotsAndTheBotsOwnEchoedMessagesAreIgnored() throws Exception {
    String fromBot = fake.sendChannelMessage(GENERAL_CHANNEL_ID, OTHER_BOT_ID, "what is neutropenia", true);
    String marker = fake.sendChannelMessage(GENERAL_CHANNEL_ID, MEMBER_ID, "marker message");
    awaitReceived(marker);
    assertThat(core.received).noneMatch(m -> m.eventId().equals(fromBot));
    assertThat(core.received)
        .noneMatch(m -> m.senderId().equals(Long.toUnsignedString(BOT_ID)));
    // the fake echoes every bot message as MESSAGE_CREATE, like Discord
    assertThat(fake.createdMessages()).isNotEmpty();
  }

  @Test
  @Order(14)
  void aSlashCommandReachesTheCoreAsTextAndPrivateRepliesAreEphemeral() throws Exception {
    String ask =
        fake.sendSlashCommand(MEMBER_ID, GENERAL_CHANNEL_ID, "ask", Map.of("question", "neutropenia?"));
    RecordedCall answer = awaitAnswer(ask);
    assertThat(answer.json().path("data").path("flags").asInt() & 64).isZero();
    assertThat(answer.json().path("data").path("embeds").get(0).path("fields").get(0).path("value").asText())
        .contains("](https://");
    InboundMessage inbound = awaitReceived(ask);
    assertThat(inbound.text()).isEqualTo("/ask neutropenia?");
    assertThat(inbound.languageHint()).isEqualTo("en-GB");

    String privacy = fake.sendSlashCommand(MEMBER_ID, GENERAL_CHANNEL_ID, "privacy", Map.of());
    RecordedCall hidden = awaitAnswer(privacy);
    assertThat(hidden.json().path("data").path("flags").asInt() & 64).isEqualTo(64);
  }

  @Test
  @Order(15)
  void aCrisisInASlashCommandGetsThePointerPubliclyAndTheResourcesEphemerally() throws Exception {
    String id =
        fake.sendSlashCommand(MEMBER_ID, GENERAL_CHANNEL_ID, "ask", Map.of("question", "I want to end it all"));
    List<RecordedCall> answers = awaitAnswers(id, 2);
    assertThat(answers.get(0).json().path("data").path("content").asText())
        .isEqualTo(ScriptedCore.PUBLIC_POINTER);
    assertThat(answers.get(0).json().path("data").path("flags").asInt() & 64).isZero();
    assertThat(answers.get(1).json().path("content").asText()).contains("988");
    assertThat(answers.get(1).json().path("flags").asInt() & 64).isEqualTo(64);
  }

  @Test
  @Order(15)
  void aSlowAnswerIsDeferredInTimeAndArrivesPrivatelyAfterwards() throws Exception {
    String id =
        fake.sendSlashCommand(
            MEMBER_ID, GENERAL_CHANNEL_ID, "ask", Map.of("question", "slowly: I want to end it all"));
    List<RecordedCall> answers = awaitAnswers(id, 3);
    assertThat(answers.get(0).json().path("type").asInt()).isEqualTo(5);
    assertThat(answers.get(0).json().path("data").path("flags").asInt() & 64).isEqualTo(64);
    assertThat(answers.get(1).isInteractionFollowUp()).isTrue();
    assertThat(answers).extracting(c -> c.json().path("content").asText())
        .anyMatch(text -> text.contains("988"));
  }

  @Test
  @Order(16)
  void aQuickReplyButtonReachesTheCoreAsAButtonPress() throws Exception {
    String click =
        fake.clickButton(MEMBER_ID, fake.dmChannelOf(MEMBER_ID), "920000000000888888", "u:fb:up:neutropenia");
    awaitAnswer(click);
    InboundMessage inbound = awaitReceived(click);
    assertThat(inbound.buttonPress()).isTrue();
    assertThat(inbound.text()).isEqualTo("fb:up:neutropenia");
    assertThat(inbound.direct()).isTrue();
  }

  @Test
  @Order(17)
  void aRetriedModeratorPostCarriesTheSameNonceAndPostsOnce() throws Exception {
    int from = calls();
    fake.failNext(500, 1, "/channels/" + MODERATOR_CHANNEL_ID + "/messages");
    ModeratorPost post = post(601, "esc-601-new", false);
    assertThatThrownBy(() -> moderators.post(post))
        .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.isPermanent()).isFalse());

    String first = moderators.post(post);
    String again = moderators.post(post);

    assertThat(again).isEqualTo(first);
    List<RecordedCall> creates =
        since(from, c -> c.isMessageCreate() && c.channelId() == MODERATOR_CHANNEL_ID);
    assertThat(creates).extracting(RecordedCall::status).containsExactly(500, 200, 200);
    assertThat(creates).extracting(c -> c.json().path("nonce").asText()).containsOnly("esc-601-new");
    assertThat(creates).allMatch(c -> c.json().path("enforce_nonce").asBoolean());
    assertThat(
            fake.createdMessagesIn(MODERATOR_CHANNEL_ID).stream()
                .filter(m -> m.path("nonce").asText().equals("esc-601-new")))
        .hasSize(1);
  }

  @Test
  @Order(18)
  void aModeratorPostThroughThreeServerErrorsAndARateLimitIsPostedExactlyOnce() throws Exception {
    String path = "/channels/" + MODERATOR_CHANNEL_ID + "/messages";
    fake.failNext(500, 3, path);
    fake.rateLimitNext(1, path);
    ModeratorPost post = post(602, "esc-602-new", false);
    int failures = 0;
    String id = null;
    while (id == null && failures < 10) {
      try {
        id = moderators.post(post);
      } catch (DeliveryException e) {
        assertThat(e.isPermanent()).isFalse();
        failures++;
      }
    }
    assertThat(failures).isEqualTo(3);
    assertThat(
            fake.createdMessagesIn(MODERATOR_CHANNEL_ID).stream()
                .filter(m -> m.path("nonce").asText().equals("esc-602-new")))
        .hasSize(1);
  }

  @Test
  @Order(19)
  void aRefusedModeratorPostIsPermanent() {
    fake.failNext(403, 1, "/channels/" + MODERATOR_CHANNEL_ID + "/messages");
    assertThatThrownBy(() -> moderators.post(post(603, "esc-603-new", false)))
        .isInstanceOfSatisfying(
            DeliveryException.class, e -> assertThat(e.isPermanent()).as(e.getMessage()).isTrue());
  }

  @Test
  @Order(20)
  void aLoudRepageMentionsOnlyTheModeratorRole() throws Exception {
    int from = calls();
    ModeratorPost repage =
        new ModeratorPost(
            604, "esc-604-repage-1", PostKind.REPAGE, SafetyLevel.CRISIS, Platform.DISCORD,
            "still @everyone here", List.of("explicit"), true, EscalationState.OPEN, "",
            Instant.now());
    moderators.post(repage);
    RecordedCall call = awaitCreateIn(MODERATOR_CHANNEL_ID, from);
    JsonNode allowed = call.json().path("allowed_mentions");
    assertThat(allowed.path("parse")).isEmpty();
    assertThat(allowed.path("roles")).hasSize(1);
    assertThat(allowed.path("roles").get(0).asText()).isEqualTo(Long.toUnsignedString(MODERATOR_ROLE_ID));
    assertThat(call.json().path("content").asText())
        .startsWith("<@&" + MODERATOR_ROLE_ID + ">")
        .doesNotContain("everyone");
  }

  @Test
  @Order(21)
  void theUserChannelWritesToAPersonsDms() throws Exception {
    int from = calls();
    adapter.userChannel().send(Long.toUnsignedString(MODERATOR_ID), Reply.text("A moderator of the community: hello"));
    RecordedCall dm = awaitCreateIn(fake.dmChannelOf(MODERATOR_ID), from);
    assertThat(dm.json().path("content").asText()).isEqualTo("A moderator of the community: hello");
  }

  @Test
  @Order(22)
  void anApprovedApplicationGetsAOneUseExpiringInvite() throws Exception {
    String url =
        adapter
            .inviteIssuer()
            .issueInvite("https://discord.com/channels/" + GUILD_ID + "/" + GROUP_CHANNEL_ID);
    assertThat(url).startsWith("https://discord.gg/fake");
    RecordedCall call = fake.awaitCall(c -> c.path().endsWith("/invites"), WAIT);
    assertThat(call.json().path("max_uses").asInt()).isEqualTo(1);
    assertThat(call.json().path("max_age").asInt()).isEqualTo(86400);
    assertThat(call.json().path("unique").asBoolean()).isTrue();
    assertThatThrownBy(() -> adapter.inviteIssuer().issueInvite("https://example.org/channels/1/2"))
        .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.isPermanent()).isTrue());
  }

  @Test
  @Order(100)
  void noBotMessageCouldPingAnyoneButTheLoudRepagesRole() {
    List<RecordedCall> creates =
        fake.recordedCalls().stream()
            .filter(c -> c.isMessageCreate() || c.isInteractionCallback() || c.isInteractionFollowUp())
            .toList();
    assertThat(creates).hasSizeGreaterThan(10);
    for (RecordedCall call : creates) {
      JsonNode body = call.isInteractionCallback() ? call.json().path("data") : call.json();
      if (body.has("custom_id") || call.json().path("type").asInt() == 9) {
        continue; // a modal carries no message
      }
      if (call.isInteractionCallback() && call.json().path("type").asInt() == 6) {
        continue; // a deferred edit carries no message
      }
      assertThat(body.path("allowed_mentions").path("parse")).as(call.toString()).isEmpty();
      if (!body.path("content").asText().contains("still needs a moderator")) {
        assertThat(body.path("allowed_mentions").path("roles")).as(call.toString()).isEmpty();
      }
    }
  }

  @Test
  @Order(101)
  void theTokenIsInNoRequestBodyNorLogLine() {
    for (RecordedCall call : fake.recordedCalls()) {
      assertThat(call.body()).doesNotContain(TOKEN);
      assertThat(call.path() + call.query()).doesNotContain(TOKEN);
    }
    assertThat(logs.list).isNotEmpty();
    for (ILoggingEvent event : logs.list) {
      assertThat(event.getFormattedMessage()).doesNotContain(TOKEN);
      if (event.getThrowableProxy() != null) {
        assertThat(ThrowableProxyUtil.asString(event.getThrowableProxy())).doesNotContain(TOKEN);
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private int calls() {
    return fake.recordedCalls().size();
  }

  private boolean calls(RecordedCall call, int from) {
    return fake.recordedCalls().indexOf(call) >= from;
  }

  private List<RecordedCall> since(int from, Predicate<RecordedCall> match) {
    List<RecordedCall> all = fake.recordedCalls();
    return all.subList(from, all.size()).stream().filter(match).toList();
  }

  private RecordedCall awaitCreateIn(long channelId, int from) throws InterruptedException {
    long end = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < end) {
      List<RecordedCall> found =
          since(from, c -> c.isSuccessfulMessageCreate() && c.channelId() == channelId);
      if (!found.isEmpty()) {
        return found.get(0);
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no message created in channel " + channelId);
  }

  private RecordedCall awaitAnswer(String interactionId) throws InterruptedException {
    return awaitAnswers(interactionId, 1).get(0);
  }

  private List<RecordedCall> awaitAnswers(String interactionId, int count) throws InterruptedException {
    long end = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < end) {
      List<RecordedCall> found = fake.answersTo(interactionId);
      if (found.size() >= count) {
        return found;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("interaction " + interactionId + " got no answer");
  }

  private InboundMessage awaitReceived(String eventId) throws InterruptedException {
    long end = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < end) {
      for (InboundMessage message : core.received) {
        if (eventId.equals(message.eventId())) {
          return message;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the core never got event " + eventId);
  }

  private InboundMessage receivedWithEventId(String eventId) throws InterruptedException {
    return awaitReceived(eventId);
  }

  private RecordingDesk.Attempt lastAttempt(String action, long id) throws InterruptedException {
    long end = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < end) {
      for (int i = desk.attempts.size() - 1; i >= 0; i--) {
        RecordingDesk.Attempt attempt = desk.attempts.get(i);
        if (attempt.action().equals(action) && attempt.id() == id) {
          return attempt;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the desk never got " + action + " #" + id);
  }

  private String postEscalation(long id, String key) throws DeliveryException {
    return moderators.post(post(id, key, false));
  }

  private static ModeratorPost post(long id, String key, boolean loud) {
    return new ModeratorPost(
        id, key, PostKind.NEW, SafetyLevel.CRISIS, Platform.DISCORD, "test excerpt",
        List.of("test reason"), loud, EscalationState.OPEN, "", Instant.now());
  }

  private static String fieldValue(JsonNode embed, String name) {
    for (JsonNode field : embed.path("fields")) {
      if (field.path("name").asText().equals(name)) {
        return field.path("value").asText();
      }
    }
    return "";
  }
}
