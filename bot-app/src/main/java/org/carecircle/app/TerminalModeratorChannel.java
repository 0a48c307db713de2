package org.carecircle.app;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import org.carecircle.core.escalation.ModeratorChannel;
import org.carecircle.core.escalation.ModeratorPost;
import org.carecircle.core.escalation.PostKind;

/** The terminal's moderator pane: escalations printed on clearly marked lines. Thread-safe. */
final class TerminalModeratorChannel implements ModeratorChannel {
  static final String DESTINATION = "terminal";
  private final PrintStream out;
  private final AtomicLong posts = new AtomicLong();

  TerminalModeratorChannel(PrintStream out) {
    this.out = out;
  }

  @Override
  public String destination() {
    return DESTINATION;
  }

  @Override
  public String post(ModeratorPost post) {
    StringBuilder line = new StringBuilder("\n[MODERATOR] ");
    if (post.kind() == PostKind.APPLICATION) {
      line.append("application #").append(post.escalationId()).append(": ").append(post.excerpt())
          .append("\n[MODERATOR]   /mod approve ").append(post.escalationId())
          .append(" | /mod decline ").append(post.escalationId());
    } else {
      line.append(post.loud() ? "STILL UNCLAIMED " : "").append(post.kind()).append(" escalation #")
          .append(post.escalationId()).append(" ").append(post.level()).append(" from ")
          .append(post.userPlatform()).append(" (").append(post.state())
          .append(post.actor().isEmpty() ? "" : " by " + post.actor()).append(")");
      if (!post.excerpt().isEmpty()) {
        line.append("\n[MODERATOR]   \"").append(post.excerpt().replace("\n", " ")).append('"');
      }
      if (!post.reasons().isEmpty()) {
        line.append("\n[MODERATOR]   reasons: ").append(String.join("; ", post.reasons()));
      }
      line.append("\n[MODERATOR]   /mod claim ").append(post.escalationId())
          .append(" | /mod reply ").append(post.escalationId()).append(" TEXT | /mod resolve ")
          .append(post.escalationId());
    }
    synchronized (out) {
      out.println(line);
      out.flush();
    }
    return "terminal-" + posts.incrementAndGet();
  }
}
