package org.carecircle.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./bot} command line: one entry point for people, curators, moderators and CI. */
@Command(
    name = "bot",
    mixinStandardHelpOptions = true,
    version = "carecircle-bot 0.1.0",
    description = "A support bot for cancer communities on Discord and Telegram.",
    subcommands = {
      ChatCli.class,
      RunCli.class,
      AskCli.class,
      KbCli.class,
      EvalCli.class,
      BenchCli.class
    })
public final class BotMain implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code: 0 ok, 1 failure, 2 usage error. */
  public static int execute(String... args) {
    if (args.length == 0 || !args[0].equals("run")) {
      LogLevels.quiet();
    }
    CommandLine cli = new CommandLine(new BotMain());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          // People get a sentence, not a stack trace; the cause stays in the debug log.
          commandLine.getErr().println("error: " + UserFacingError.describe(e));
          org.slf4j.LoggerFactory.getLogger(BotMain.class).debug("command failed", e);
          return 1;
        });
    cli.setParameterExceptionHandler(
        (e, arguments) -> {
          // Always the message and then the usage, also when picocli has a "did you mean" for it.
          CommandLine failed = e.getCommandLine();
          failed.getErr().println("error: " + e.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(e, failed.getErr());
          failed.usage(failed.getErr());
          return 2;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }
}
