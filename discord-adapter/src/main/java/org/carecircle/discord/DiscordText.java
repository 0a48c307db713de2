package org.carecircle.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;

/**
 * Discord's text rules in one place: escaping of user and knowledge-base strings, defusing of
 * mention syntax (allowed mentions already stop pings; this keeps the text from even looking like
 * one), and splitting at Discord's length limits on line or word boundaries.
 */
final class DiscordText {
  /** Discord's limit for a message's content. */
  static final int CONTENT_LIMIT = 2000;
  /** Discord's limit for an embed's description. */
  static final int DESCRIPTION_LIMIT = 4096;
  /** Discord's limit for an embed field's value. */
  static final int FIELD_LIMIT = 1024;
  /** Discord's limit for an embed title. */
  static final int TITLE_LIMIT = 256;

  private static final char ZERO_WIDTH_SPACE = '\u200b';
  private static final Pattern MASS_MENTION = Pattern.compile("@(everyone|here)");
  private static final Pattern LINE_MARK = Pattern.compile("(?m)^(\\s*)([#>-])");
  private static final Pattern ENTITY_MENTION = Pattern.compile("<(@[!&]?|#)(\\d+)>");

  private DiscordText() {}

  /** Text someone else wrote, shown verbatim: no Markdown, no links, no mentions. */
  static String escapeUserText(String text) {
    if (text == null) {
      return "";
    }
    String escaped = MarkdownSanitizer.escape(text).replace("[", "\\[").replace("]", "\\]");
    // headings, quotes and list marks at a line start are Markdown the sanitizer leaves alone
    escaped = LINE_MARK.matcher(escaped).replaceAll("$1\\\\$2");
    return defuseMentions(escaped);
  }

  /** Bot text with intended light Markdown: kept, but no mention can be formed from it. */
  static String defuseMentions(String text) {
    if (text == null) {
      return "";
    }
    String defused = MASS_MENTION.matcher(text).replaceAll("@" + ZERO_WIDTH_SPACE + "$1");
    return ENTITY_MENTION.matcher(defused).replaceAll("<$1" + ZERO_WIDTH_SPACE + "$2>");
  }

  /** A link title for {@code [title](url)}: brackets and Markdown escaped. */
  static String linkTitle(String title) {
    return escapeUserText(title);
  }

  /** The url if it is an absolute http(s) link safe inside {@code (...)}, else null. */
  static String safeLinkUrl(String url) {
    if (url == null) {
      return null;
    }
    String trimmed = url.strip();
    if (!(trimmed.startsWith("https://") || trimmed.startsWith("http://"))
        || trimmed.chars().anyMatch(c -> Character.isWhitespace(c) || c == '<' || c == '>')) {
      return null;
    }
    return trimmed.replace("(", "%28").replace(")", "%29");
  }

  static String truncate(String text, int limit) {
    if (text.length() <= limit) {
      return text;
    }
    int end = limit - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  /**
   * Splits text into parts of at most {@code limit} characters, preferring paragraph, then line,
   * then word boundaries, and never cutting a surrogate pair.
   */
  static List<String> split(String text, int limit) {
    List<String> parts = new ArrayList<>();
    String rest = text == null ? "" : text.strip();
    while (rest.length() > limit) {
      int cut = lastBreak(rest, limit, "\n\n");
      if (cut < limit / 2) {
        cut = Math.max(cut, lastBreak(rest, limit, "\n"));
      }
      if (cut < limit / 2) {
        cut = Math.max(cut, lastBreak(rest, limit, " "));
      }
      if (cut <= 0) {
        cut = limit;
        if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
          cut--;
        }
      }
      parts.add(rest.substring(0, cut).stripTrailing());
      rest = rest.substring(cut).stripLeading();
    }
    if (!rest.isEmpty() || parts.isEmpty()) {
      parts.add(rest);
    }
    return parts;
  }

  private static int lastBreak(String text, int limit, String separator) {
    int at = text.lastIndexOf(separator, limit - separator.length());
    return at < 0 ? -1 : at + separator.length();
  }
}
