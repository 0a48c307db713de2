package org.carecircle.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carecircle.core.conversation.MessageHandler;
import org.carecircle.core.escalation.EscalationService;
import org.carecircle.core.escalation.EscalationState;
import org.carecircle.core.escalation.EscalationTexts;
import org.carecircle.core.escalation.DeliverySettings;
import org.carecircle.core.escalation.GroupApplications;
import org.carecircle.core.escalation.ModeratorChannel;
import org.carecircle.core.escalation.NewEscalation;
import org.carecircle.core.escalation.OutboxDispatcher;
import org.carecircle.core.message.Platform;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.Response;
import org.carecircle.core.persistence.Database;
import org.carecircle.core.privacy.Pseudonymizer;
import org.carecircle.core.safety.SafetyLevel;
import org.carecircle.telegram.fake.FakeTelegramBotApi;
import org.carecircle.telegram.fake.SentMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adapter wired to the core's real escalation service and outbox on an embedded database, the
 * way the app wires it: crisis to moderator post, claim and relay, and a restart in the middle of a
 * delivery while the moderator chat is down.
 */
class TelegramWithRealEscalationsTest {
  static final String TOKEN = "555001:real-core-test-token_qwerty";
  static final long PERSON = 4001;
  static final long MODERATOR = 4900;
  static final long MOD_CHAT = -1004000;
  static final Duration WAIT = Duration.ofSeconds(15);

  @TempDir Path dataDir;
  FakeTelegramBotApi telegram;
  Bot bot;

  /** One process of the bot: database, adapter, escalation service, outbox. */
  final class Bot implements AutoCloseable {
    final Database database = Database.open(Database.embeddedUrl(dataDir));
    final TelegramAdapter adapter = new TelegramAdapter(
        new TelegramSettings(TOKEN, telegram.url(), MOD_CHAT, Set.of(MODERATOR), null, null));
    final ModeratorChannel channel = adapter.moderatorChannel().orElseThrow();
    final OutboxDispatcher dispatcher = new OutboxDispatcher(database, List.of(channel),
        List.of(adapter.userChannel()), DeliverySettings.fast(), Clock.systemUTC());
    final Pseudonymizer pseudonyms = new Pseudonymizer("a-test-key-of-32-bytes-0123456789".getBytes());
    final EscalationTexts texts = new EscalationTexts("the community");
    final EscalationService service = new EscalationService(database, List.of(channel.destination()),
        pseudonyms, new GroupApplications(database, List.of(channel.destination()),
            List.of(adapter.inviteIssuer()), texts, Clock.systemUTC(), dispatcher::wake),
        texts, Clock.systemUTC(), dispatcher::wake);

    Bot start() {
      dispatcher.start();
      adapter.start(core(), service);
      return this;
    }

    /** The conversation core's crisis path in miniature: open (de-duplicated by event), reply. */
    MessageHandler core() {
      return message -> {
        if (!message.text().toLowerCase().contains(ScriptedConversation.CRISIS_WORDS)) {
          return Response.of(Reply.text("Hello."));
        }
        var opened = service.open(new NewEscalation(Platform.TELEGRAM,
            pseudonyms.pseudonym(Platform.TELEGRAM, message.senderId()), message.privateConversationId(),
            SafetyLevel.CRISIS, message.text(), List.of("explicit wording"),
            "telegram:" + message.eventId()));
        return opened.duplicate()
            ? Response.silent()
            : Response.of(Reply.text("Please call or text **988** now. You matter.").privately());
      };
    }

    @Override
    public void close() {
      adapter.close();
      dispatcher.close();
      database.close();
    }
  }

  @BeforeEach
  void startFake() {
    telegram = FakeTelegramBotApi.start(TOKEN);
  }

  @AfterEach
  void stop() {
    if (bot != null) {
      bot.close();
    }
    telegram.close();
  }

  @Test
  void crisisReachesThePersonAndTheModeratorsWhoClaimAndRelayThroughTheRealDesk() {
    bot = new Bot().start();

    telegram.privateMessage(PERSON, "I want to end it all");

    assertThat(telegram.awaitMessages(PERSON, m -> m.text().contains("988"), 1, WAIT)).hasSize(1);
    SentMessage post = telegram.awaitMessages(MOD_CHAT, m -> true, 1, Duration.ofSeconds(2)).get(0);
    long id = Long.parseLong(post.buttonActions().get(0).substring("m:c:".length()));
    assertThat(post.text()).contains("#" + id).contains("end it all");

    telegram.pressButton(MODERATOR, post.messageId(), "m:c:" + id);
    telegram.awaitCalls("answerCallbackQuery", c -> true, 1, WAIT);
    assertThat(bot.service.find(id).orElseThrow().state()).isEqualTo(EscalationState.CLAIMED);

    telegram.groupReply(MOD_CHAT, MODERATOR, "We are with you. Are you safe right now?", post.messageId());

    SentMessage relayed = telegram.awaitMessages(PERSON, m -> m.text().contains("Are you safe"), 1, WAIT).get(0);
    assertThat(relayed.text()).contains("A moderator of the community").doesNotContain("Person" + MODERATOR);
  }

  @Test
  void escalationSurvivesARestartMidDeliveryWhileTheModeratorChatIsDownAndIsPostedOnce() {
    telegram.chatDown(MOD_CHAT, 500);
    bot = new Bot().start();
    int update = telegram.privateMessage(PERSON, "I want to end it all");
    telegram.awaitCalls("sendMessage", c -> String.valueOf(MOD_CHAT).equals(c.param("chat_id")), 2, WAIT);
    bot.close(); // the process goes away with the post undelivered
    bot = null;

    telegram.chatUp(MOD_CHAT);
    bot = new Bot().start();
    // Telegram hands the same update to the new process when its offset was not confirmed
    telegram.pushUpdate(update, Map.of("message", FakeTelegramBotApi.message(
        FakeTelegramBotApi.privateChat(PERSON), FakeTelegramBotApi.user(PERSON), "I want to end it all", null)));

    assertThat(telegram.awaitMessages(MOD_CHAT, m -> true, 1, WAIT)).hasSize(1);
    telegram.privateMessage(PERSON, "hello again");
    telegram.awaitMessages(PERSON, m -> m.text().contains("Hello."), 1, WAIT);
    TelegramAdapterEndToEndTest.sleep(Duration.ofMillis(500));
    assertThat(telegram.messagesTo(MOD_CHAT)).hasSize(1);
    assertThat(telegram.messagesTo(PERSON)).filteredOn(m -> m.text().contains("988")).hasSize(1);
  }

  @Test
  void aWrongTokenFailsTheStartWithoutShowingIt() {
    TelegramAdapter adapter = new TelegramAdapter(TelegramSettings.polling("999:not-the-right-token", telegram.url()));
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> adapter.start(m -> Response.silent(), null))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("TELEGRAM_TOKEN")
          .hasMessageNotContaining("not-the-right-token");
    } finally {
      adapter.close();
    }
  }
}
