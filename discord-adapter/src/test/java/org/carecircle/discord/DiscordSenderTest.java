package org.carecircle.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.carecircle.core.message.Audience;
import org.carecircle.core.message.Button;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.SourceLink;
import org.junit.jupiter.api.Test;

class DiscordSenderTest {
  private final DiscordSender sender = DiscordSender.withDefaults();

  @Test
  void anAnswerWithSourcesIsAnEmbedWithLinksAndTheReviewedFooter() {
    Reply answer =
        new Reply(
            "**Fatigue** is common.",
            List.of(new SourceLink("Fatigue [guide]", "Some *Org*", "https://example.org/fatigue")),
            "Reviewed 2026-01-10",
            List.of(),
            Audience.SAME_CONVERSATION);
    DataObject json = json(sender.render(answer).get(0));
    DataObject embed = json.getArray("embeds").getObject(0);
    assertThat(embed.getString("description")).isEqualTo("**Fatigue** is common.");
    assertThat(embed.getArray("fields").getObject(0).getString("value"))
        .isEqualTo("- [Fatigue \\[guide\\]](https://example.org/fatigue) — Some \\*Org\\*");
    assertThat(embed.getObject("footer").getString("text")).isEqualTo("Reviewed 2026-01-10");
  }

  @Test
  void plainTextLongerThanAMessageIsSplitAtTwoThousand() {
    List<MessageCreateData> messages = sender.render(Reply.text("line of words\n".repeat(400)));
    assertThat(messages).hasSizeGreaterThan(2);
    assertThat(messages).allMatch(m -> m.getContent().length() <= 2000);
  }

  @Test
  void anEmbedDescriptionLongerThanDiscordAllowsIsSplitAndSourcesStayOnTheLast() {
    Reply answer =
        new Reply(
            "a sentence of text. ".repeat(500),
            List.of(new SourceLink("Source", "Org", "https://example.org")),
            "Reviewed",
            List.of(new Button("Helpful", "fb:up")),
            Audience.SAME_CONVERSATION);
    List<MessageCreateData> messages = sender.render(answer);
    assertThat(messages).hasSizeGreaterThan(1);
    for (MessageCreateData message : messages) {
      assertThat(message.getEmbeds().get(0).getDescription()).hasSizeLessThanOrEqualTo(4096);
    }
    MessageCreateData last = messages.get(messages.size() - 1);
    assertThat(last.getEmbeds().get(0).getFields()).hasSize(1);
    assertThat(last.getComponents()).hasSize(1);
    assertThat(messages.get(0).getComponents()).isEmpty();
  }

  @Test
  void buttonsGoFiveToARowAndNoMoreThanTwentyFive() {
    List<Button> buttons = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      buttons.add(new Button("Option " + i, "pick:" + i));
    }
    MessageCreateData message = sender.render(Reply.text("Choose").withButtons(buttons)).get(0);
    DataObject json = json(message);
    assertThat(json.getArray("components").length()).isEqualTo(5);
    for (int row = 0; row < 5; row++) {
      assertThat(json.getArray("components").getObject(row).getArray("components").length()).isEqualTo(5);
    }
    assertThat(json.getArray("components").getObject(0).getArray("components").getObject(0).getString("custom_id"))
        .isEqualTo("u:pick:0");
  }

  @Test
  void everyRenderedMessageAllowsNoMentions() {
    MessageCreateData message = sender.render(Reply.text("hello @everyone <@&1> <@2>")).get(0);
    DataObject allowed = json(message).getObject("allowed_mentions");
    assertThat(allowed.getArray("parse").length()).isZero();
    assertThat(allowed.getBoolean("replied_user")).isFalse();
    assertThat(message.getContent()).doesNotContain("@everyone").doesNotContain("<@&1>");
  }

  private static DataObject json(MessageCreateData message) {
    return message.toData();
  }
}
