package org.carecircle.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscordTextTest {

  @Test
  void userTextLosesItsMarkdownAndMentions() {
    String escaped = DiscordText.escapeUserText("**hi** @everyone <@123> <@&456> [x](https://evil.example)");
    assertThat(escaped)
        .contains("\\*\\*hi\\*\\*")
        .contains("@\u200beveryone")
        .contains("<@\u200b123>")
        .contains("<@&\u200b456>")
        .contains("\\[x\\](https://evil.example)");
  }

  @Test
  void headingsQuotesAndListMarksOfUserTextStayPlainText() {
    assertThat(DiscordText.escapeUserText("# big\n- item")).isEqualTo("\\# big\n\\- item");
  }

  @Test
  void botMarkdownIsKeptButCannotFormAMention() {
    assertThat(DiscordText.defuseMentions("**Call 988** @here <#1>"))
        .isEqualTo("**Call 988** @\u200bhere <#\u200b1>");
  }

  @Test
  void longTextIsSplitOnLineBoundariesWithinTheLimit() {
    String paragraph = "word ".repeat(300).strip();
    String text = paragraph + "\n\n" + paragraph + "\n\n" + paragraph;
    List<String> parts = DiscordText.split(text, 2000);
    assertThat(parts).hasSizeGreaterThan(1).allMatch(p -> p.length() <= 2000);
    assertThat(String.join(" ", parts).replaceAll("\\s+", " "))
        .isEqualTo(text.replaceAll("\\s+", " "));
  }

  @Test
  void textWithoutBreaksIsCutHardAndNeverSplitsASurrogatePair() {
    String text = "a".repeat(1999) + "😀" + "b".repeat(10);
    List<String> parts = DiscordText.split(text, 2000);
    assertThat(parts).allMatch(p -> p.length() <= 2000);
    assertThat(String.join("", parts)).isEqualTo(text);
    assertThat(parts.get(1)).startsWith("😀");
  }

  @Test
  void onlyAbsoluteHttpLinksBecomeLinks() {
    assertThat(DiscordText.safeLinkUrl("https://example.org/a_(b)")).isEqualTo("https://example.org/a_%28b%29");
    assertThat(DiscordText.safeLinkUrl("javascript:alert(1)")).isNull();
    assertThat(DiscordText.safeLinkUrl("https://x.example/ y")).isNull();
  }
}
