package org.carecircle.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.carecircle.core.feedback.AbstainedTopic;
import org.carecircle.core.feedback.FaqVotes;
import org.carecircle.core.feedback.JdbcFeedbackStore;
import org.carecircle.core.persistence.Database;
import org.carecircle.kb.KnowledgeBaseReader;
import org.carecircle.kb.KnowledgeBaseValidator;
import org.carecircle.kb.ValidationProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ./bot kb ...}: curators' tools. */
@Command(
    name = "kb",
    mixinStandardHelpOptions = true,
    description = "Curators' tools for the knowledge base.",
    subcommands = {KbCli.Check.class, KbCli.Feedback.class})
final class KbCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "kb needs a command: check or feedback");
  }

  /** Validates a knowledge-base tree: one line per problem, exit 1 on any error. */
  @Command(name = "check", mixinStandardHelpOptions = true, description = "Validate a knowledge-base tree.")
  static final class Check implements Callable<Integer> {
    @Mixin SharedOptions options;

    @Override
    public Integer call() {
      KnowledgeBaseValidator validator = new KnowledgeBaseValidator();
      Path dir = options.kb != null ? options.kb : options.settings().kbPath().orElse(null);
      List<ValidationProblem> problems =
          dir == null
              ? validator.validate(new KnowledgeBaseReader().readBundled(KbCli.class.getClassLoader()))
              : validator.check(dir);
      problems.forEach(p -> (p.isError() ? System.err : System.out).println(p));
      long errors = problems.stream().filter(ValidationProblem::isError).count();
      if (errors > 0) {
        System.err.println(errors + " error(s): the knowledge base would be refused.");
        return 1;
      }
      System.out.println(
          "Knowledge base is valid" + (problems.isEmpty() ? "." : " (" + problems.size() + " warning(s))."));
      return 0;
    }
  }

  /** Entries by votes and the most frequent unanswered topics, pseudonymous and aggregated. */
  @Command(name = "feedback", mixinStandardHelpOptions = true, description = "Show votes on answers and unanswered topics.")
  static final class Feedback implements Callable<Integer> {
    @Mixin SharedOptions options;

    @CommandLine.Option(names = "--top", defaultValue = "20", description = "how many topics to list")
    int top;

    @Override
    public Integer call() {
      BotSettings settings = options.settings();
      try (Database database = Database.open(settings.jdbcUrl())) {
        JdbcFeedbackStore store = new JdbcFeedbackStore(database.dataSource(), java.time.Clock.systemUTC());
        List<FaqVotes> votes = store.votes();
        System.out.println("Answers by votes (most unhelpful first):");
        if (votes.isEmpty()) {
          System.out.println("  no votes yet");
        }
        for (FaqVotes v : votes) {
          System.out.printf("  %-40s helpful %4d   not helpful %4d%n", v.faqId(), v.helpful(), v.unhelpful());
        }
        System.out.println();
        System.out.println("Most frequent questions without a reviewed answer (topic words):");
        List<AbstainedTopic> topics = store.abstainedTopics(top);
        if (topics.isEmpty()) {
          System.out.println("  none yet");
        }
        for (AbstainedTopic t : topics) {
          System.out.printf("  %4d  %s%n", t.asked(), t.topic());
        }
      }
      return 0;
    }
  }
}
