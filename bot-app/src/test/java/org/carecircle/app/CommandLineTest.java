package org.carecircle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./bot} commands as a newcomer runs them, in process. */
class CommandLineTest {
  @TempDir static Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;
  private InputStream originalIn;
  private Path config;

  @BeforeEach
  void captureConsole() throws IOException {
    originalOut = System.out;
    originalErr = System.err;
    originalIn = System.in;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    config = dir.resolve("bot.yaml");
    Files.writeString(config, "BOT_DATA_DIR: " + dir.resolve("data") + "\nBOT_COMMUNITY_NAME: Brave Hearts\n");
  }

  @AfterEach
  void restoreConsole() {
    System.setOut(originalOut);
    System.setErr(originalErr);
    System.setIn(originalIn);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void anUnknownCommandPrintsUsageAndExitsTwo() {
    assertThat(BotMain.execute("nonsense")).isEqualTo(2);
    assertThat(stderr()).contains("Usage: bot", "chat", "ask", "eval");
  }

  @Test
  void anUnknownOptionPrintsUsageAndExitsTwo() {
    assertThat(BotMain.execute("ask", "--frobnicate", "hello")).isEqualTo(2);
    assertThat(stderr()).contains("Unknown option", "Usage: bot ask");
  }

  @Test
  void noCommandAtAllIsAUsageError() {
    assertThat(BotMain.execute()).isEqualTo(2);
  }

  @Test
  void runWithoutAnyPlatformTokenSaysHowToConfigureOne() {
    assertThat(BotMain.execute("run", "--config", config.toString())).isEqualTo(1);
    assertThat(stderr()).contains("DISCORD_TOKEN", "TELEGRAM_TOKEN", "./bot chat");
  }

  @Test
  void aBrokenConfigurationFailsWithOneSentenceAndNoStackTrace() throws IOException {
    Files.writeString(config, "BOT_HTTP_PORT: lots\n");

    assertThat(BotMain.execute("ask", "--config", config.toString(), "hello")).isEqualTo(1);
    assertThat(stderr()).contains("error: BOT_HTTP_PORT must be a whole number").doesNotContain("\tat ");
  }

  @Test
  void askHelloGreets() {
    assertThat(BotMain.execute("ask", "--config", config.toString(), "hello")).isZero();
    assertThat(stdout()).contains("Hello!", "Brave Hearts");
  }

  @Test
  void askAboutACoveredTopicAnswersWithHttpsSourcesAndReviewDate() {
    assertThat(BotMain.execute("ask", "--config", config.toString(), "will", "chemo", "make", "my", "hair", "fall", "out")).isZero();
    assertThat(stdout()).contains("Sources:", "https://", "Reviewed 20");
  }

  @Test
  void askWithASuicidalMessageAnswersWithThe988LineForTheDefaultRegion() {
    assertThat(BotMain.execute("ask", "--config", config.toString(), "i want to kill myself")).isZero();
    assertThat(stdout()).contains("988");
  }

  @Test
  void askExplainShowsTheSafetyLevelTheModelsProbabilityAndTheReasons() {
    assertThat(BotMain.execute("ask", "--config", config.toString(), "--explain", "i want to kill myself"))
        .isZero();
    assertThat(stdout())
        .contains("[why] safety: CRISIS", "learned model: crisis", "explicit crisis: \"kill myself\"");

    assertThat(BotMain.execute("ask", "--config", config.toString(), "--explain", "will chemo make my hair fall out"))
        .isZero();
    assertThat(stdout()).contains("[why] safety: NONE", "[why] stage: faq-answer, considered: se-hair-loss");
  }

  @Test
  void chatShowsHelpAndQuits() {
    System.setIn(new ByteArrayInputStream("/help\n/quit\n".getBytes(StandardCharsets.UTF_8)));

    assertThat(BotMain.execute("chat", "--config", config.toString())).isZero();
    assertThat(stdout()).contains("you> ", "/groups", "/resources", "Goodbye");
  }

  @Test
  void chatShowsAnEscalationInTheModeratorViewAndLetsTheModeratorClaimReplyAndResolve() {
    System.setIn(new ByteArrayInputStream(
        ("i want to end my life tonight\n/mod claim 1\n/mod reply 1 We are here with you. Can you call 988 now?\n"
            + "/mod resolve 1\n/quit\n").getBytes(StandardCharsets.UTF_8)));

    assertThat(BotMain.execute("chat", "--config", config.toString())).isZero();
    assertThat(stdout())
        .contains("988", "[MODERATOR]", "escalation #1", "CRISIS")
        .contains("We are here with you")
        .contains("A moderator of Brave Hearts");
  }

  @Test
  void kbCheckAcceptsTheBundledKnowledgeBase() {
    assertThat(BotMain.execute("kb", "check", "--config", config.toString())).isZero();
    assertThat(stdout()).contains("Knowledge base is valid");
  }

  @Test
  void kbCheckRefusesABrokenTreeNamingFileIdAndField() throws IOException {
    Path kb = Files.createDirectories(dir.resolve("kb"));
    Files.writeString(kb.resolve("faq.yaml"),
        "kind: faq\nentries:\n  - id: Bad Id\n    question: q\n    answer: a\n    reviewed: 2026-01-01\n    sources:\n      - {title: t, publisher: p, url: 'http://insecure.example'}\n");

    assertThat(BotMain.execute("kb", "check", "--kb", kb.toString())).isEqualTo(1);
    assertThat(stderr()).contains("faq.yaml", "Bad Id", "url");
  }

  @Test
  void kbFeedbackListsVotesAndTopicsFromTheDatabase() {
    assertThat(BotMain.execute("kb", "feedback", "--config", config.toString())).isZero();
    assertThat(stdout()).contains("Answers by votes", "without a reviewed answer");
  }
}
