package org.carecircle.app;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carecircle.core.message.Button;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.SourceLink;

/**
 * Renders replies for a terminal: light Markdown flattened, text wrapped, sources listed with their
 * links, buttons as numbered choices.
 */
final class TerminalRenderer {
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((https?://[^)\\s]+|tel:[^)\\s]+)\\)");
  private final int width;

  TerminalRenderer(int width) {
    this.width = width;
  }

  String render(Reply reply, List<Button> numberedButtons) {
    StringBuilder out = new StringBuilder();
    for (String line : flatten(reply.text()).split("\n", -1)) {
      out.append(wrap(line)).append('\n');
    }
    List<SourceLink> sources = reply.sources();
    if (!sources.isEmpty()) {
      out.append("\nSources:\n");
      for (SourceLink s : sources) {
        out.append("  - ").append(s.title()).append(" (").append(s.publisher()).append(") ")
            .append(s.url()).append('\n');
      }
    }
    if (!reply.footer().isEmpty()) {
      out.append(reply.footer()).append('\n');
    }
    if (!reply.buttons().isEmpty()) {
      out.append('\n');
      for (Button b : reply.buttons()) {
        numberedButtons.add(b);
        out.append("  [").append(numberedButtons.size()).append("] ").append(b.label()).append('\n');
      }
    }
    return out.toString();
  }

  static String flatten(String markdown) {
    Matcher m = LINK.matcher(markdown);
    String text = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + " <" + r.group(2) + ">"));
    return text.replace("**", "").replace("__", "");
  }

  String wrap(String line) {
    if (line.length() <= width) {
      return line;
    }
    String indent = line.startsWith("- ") ? "  " : "";
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : line.split(" ")) {
      if (current.length() > 0 && current.length() + 1 + word.length() > width) {
        lines.add(current.toString());
        current = new StringBuilder(indent);
      }
      if (current.length() > 0 && !current.toString().equals(indent)) {
        current.append(' ');
      }
      current.append(word);
    }
    lines.add(current.toString());
    return String.join("\n", lines);
  }
}
