package org.carecircle.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.SourceLink;

/**
 * Renders the core's light Markdown as Telegram HTML and cuts it into messages of at most 4,096
 * characters. Every piece of text is escaped; only {@code **bold**}, {@code - } list items and
 * {@code [title](https://...)} links become markup, so nothing a person or the knowledge base wrote
 * can inject tags, entities or {@code tg://} mentions. Stateless and thread-safe.
 */
public final class TelegramHtml {
  /** Telegram's limit for one message's text. */
  public static final int MAX_MESSAGE_LENGTH = 4096;

  private static final Pattern MARKUP =
      Pattern.compile("\\*\\*(.+?)\\*\\*|\\[([^\\]\\n]+)]\\((https?://[^)\\s]+)\\)");
  private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)[-*] ");

  private final int limit;
  private final String sourcesHeading;

  public TelegramHtml(TelegramTexts texts) {
    this(texts, MAX_MESSAGE_LENGTH);
  }

  TelegramHtml(TelegramTexts texts, int limit) {
    this.limit = limit;
    this.sourcesHeading = texts.get("sources.heading");
  }

  /** Escapes text for HTML parse mode (also safe inside a double-quoted attribute). */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** One line of light Markdown as HTML. */
  public static String markdownLine(String line) {
    StringBuilder out = new StringBuilder(line.length() + 16);
    Matcher item = LIST_ITEM.matcher(line);
    if (item.find()) {
      out.append(item.group(1)).append("• ");
      line = line.substring(item.end());
    }
    Matcher m = MARKUP.matcher(line);
    int at = 0;
    while (m.find()) {
      out.append(escape(line.substring(at, m.start())));
      if (m.group(1) != null) {
        out.append("<b>").append(escape(m.group(1))).append("</b>");
      } else {
        out.append("<a href=\"").append(escape(m.group(3))).append("\">")
            .append(escape(m.group(2))).append("</a>");
      }
      at = m.end();
    }
    out.append(escape(line.substring(at)));
    return out.toString();
  }

  /** Light Markdown text (several lines) as HTML. */
  public static String markdown(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      lines.add(markdownLine(line));
    }
    return String.join("\n", lines);
  }

  /**
   * The reply as one or more HTML messages, each at most the limit long, cut between lines where
   * possible, else between words, else between characters; never inside a tag or an entity.
   */
  public List<String> render(Reply reply) {
    List<String> raw = new ArrayList<>(List.of(reply.text().split("\n", -1)));
    List<String> blocks = new ArrayList<>();
    for (String line : raw) {
      blocks.addAll(fit(line));
    }
    if (!reply.sources().isEmpty()) {
      blocks.add("");
      blocks.add("<b>" + escape(sourcesHeading) + "</b>");
      for (SourceLink source : reply.sources()) {
        blocks.add(fitRendered(sourceLine(source)));
      }
    }
    if (!reply.footer().isBlank()) {
      blocks.add("");
      blocks.add(fitRendered("<i>" + escape(reply.footer()) + "</i>"));
    }
    return pack(blocks);
  }

  private static String sourceLine(SourceLink source) {
    String title = escape(source.title());
    String url = source.url() == null ? "" : source.url();
    String link =
        url.startsWith("https://") || url.startsWith("http://")
            ? "<a href=\"" + escape(url) + "\">" + title + "</a>"
            : title;
    String publisher =
        source.publisher() == null || source.publisher().isBlank()
            ? ""
            : " (" + escape(source.publisher()) + ")";
    return "• " + link + publisher;
  }

  // A rendered line longer than a message is only possible with absurd source titles: cut it plainly.
  private String fitRendered(String html) {
    return html.length() <= limit ? html : escape(html.substring(0, limit / 2)) + "…";
  }

  /** One raw line as rendered pieces, each within the limit. */
  private List<String> fit(String line) {
    String whole = markdownLine(line);
    if (whole.length() <= limit) {
      return List.of(whole);
    }
    List<String> pieces = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : line.split("(?<= )")) {
      String candidate = current + word;
      if (markdownLine(candidate).length() <= limit) {
        current.append(word);
        continue;
      }
      if (current.length() > 0) {
        pieces.add(markdownLine(current.toString()));
        current.setLength(0);
      }
      if (markdownLine(word).length() <= limit) {
        current.append(word);
      } else {
        pieces.addAll(cutWord(word));
      }
    }
    if (current.length() > 0) {
      pieces.add(markdownLine(current.toString()));
    }
    return pieces;
  }

  private List<String> cutWord(String word) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    while (start < word.length()) {
      // escaping grows a character to at most 6 ("&quot;"), so limit/6 characters always fit
      int end = Math.min(word.length(), start + Math.max(1, limit / 6));
      if (end < word.length() && Character.isHighSurrogate(word.charAt(end - 1))) {
        end--;
      }
      pieces.add(escape(word.substring(start, end)));
      start = end;
    }
    return pieces;
  }

  private List<String> pack(List<String> blocks) {
    List<String> messages = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String block : blocks) {
      int needed = current.length() == 0 ? block.length() : current.length() + 1 + block.length();
      if (needed > limit && current.length() > 0) {
        messages.add(current.toString());
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append('\n');
      }
      current.append(block);
    }
    if (!current.toString().isBlank()) {
      messages.add(current.toString());
    }
    // a message of only blank lines would be refused by Telegram ("message text is empty")
    messages.replaceAll(String::strip);
    messages.removeIf(String::isEmpty);
    return messages;
  }
}
