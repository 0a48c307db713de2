package org.carecircle.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.carecircle.core.message.Audience;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.SourceLink;
import org.junit.jupiter.api.Test;

class TelegramHtmlTest {
  final TelegramHtml html = new TelegramHtml(new TelegramTexts());

  @Test
  void tagsAndAmpersandsInTextAreEscaped() {
    assertThat(TelegramHtml.markdown("<b>hi</b> & \"you\"")).isEqualTo("&lt;b&gt;hi&lt;/b&gt; &amp; &quot;you&quot;");
  }

  @Test
  void lightMarkdownBecomesBoldListsAndHttpsLinks() {
    assertThat(TelegramHtml.markdown("**Rest** matters\n- walk [a guide](https://example.org/a?b=1&c=2)"))
        .isEqualTo("<b>Rest</b> matters\n• walk <a href=\"https://example.org/a?b=1&amp;c=2\">a guide</a>");
  }

  @Test
  void linksThatAreNotHttpStayPlainText() {
    assertThat(TelegramHtml.markdown("[tap](tg://user?id=1) [js](javascript:alert(1))"))
        .isEqualTo("[tap](tg://user?id=1) [js](javascript:alert(1))");
  }

  @Test
  void markupInsideBoldOrLinkTitlesIsEscaped() {
    assertThat(TelegramHtml.markdown("**<i>x</i>** [<b>t</b>](https://e.org)"))
        .isEqualTo("<b>&lt;i&gt;x&lt;/i&gt;</b> <a href=\"https://e.org\">&lt;b&gt;t&lt;/b&gt;</a>");
  }

  @Test
  void sourcesAndFooterAreListedUnderTheAnswer() {
    Reply reply = new Reply("Answer", List.of(new SourceLink("Guide <1>", "Org & Co", "https://e.org/g")),
        "Reviewed 2026-01-10", List.of(), Audience.SAME_CONVERSATION);

    assertThat(html.render(reply)).containsExactly(
        "Answer\n\n<b>Sources</b>\n• <a href=\"https://e.org/g\">Guide &lt;1&gt;</a> (Org &amp; Co)\n\n<i>Reviewed 2026-01-10</i>");
  }

  @Test
  void tenThousandCharactersSplitIntoMessagesWithinTheLimitWithoutLosingText() {
    StringBuilder text = new StringBuilder();
    while (text.length() < 10_000) {
      text.append("Symptoms & questions <for> your team, written down each day. ");
    }
    String body = text.substring(0, 10_000);

    List<String> parts = html.render(Reply.text(body));

    assertThat(parts).hasSizeGreaterThanOrEqualTo(3).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(4096));
    assertThat(String.join("", parts.stream().map(TelegramHtmlTest::unescape).toList()).replace(" ", ""))
        .isEqualTo(body.replace(" ", ""));
    assertThat(parts).allSatisfy(p -> assertThat(p).doesNotContain("<for>").doesNotEndWith("&amp"));
  }

  @Test
  void aSingleHugeWordIsCutBetweenCharactersNeverInsideAnEntity() {
    String word = "&".repeat(5000);

    List<String> parts = html.render(Reply.text(word));

    assertThat(parts).allSatisfy(p -> {
      assertThat(p.length()).isLessThanOrEqualTo(4096);
      assertThat(p.replace("&amp;", "")).isEmpty();
    });
    assertThat(String.join("", parts).length()).isEqualTo(5000 * "&amp;".length());
  }

  @Test
  void anEmptyReplyGivesNoMessage() {
    assertThat(html.render(Reply.text("  \n "))).isEmpty();
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&").replace("\n", "");
  }
}
