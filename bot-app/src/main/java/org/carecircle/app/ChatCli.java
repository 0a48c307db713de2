package org.carecircle.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./bot chat}: the terminal chat, with the embedded database and a moderator view. */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "Talk to the bot in the terminal (no tokens needed).")
final class ChatCli implements Callable<Integer> {
  @Mixin SharedOptions options;

  @Option(names = "--region", paramLabel = "CC", description = "your country for contacts, e.g. GB")
  String region;

  @Override
  public Integer call() throws Exception {
    BotSettings settings = options.settings();
    String where = AskCli.regionOr(region, settings.defaultRegion());
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println("Loading the knowledge base and models...");
    CoreServices core = options.loadCore(settings);
    TerminalRenderer renderer = new TerminalRenderer(90);
    try (BotRuntime bot =
        BotRuntime.start(
            settings,
            core,
            List.of(new TerminalModeratorChannel(out)),
            List.of(new TerminalUserChannel(out, renderer)),
            List.of(),
            Clock.systemUTC())) {
      new TerminalChat(bot.engine(), bot.escalations(), renderer, out, "en-" + where)
          .run(
              new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
              settings.communityName());
    }
    return 0;
  }
}
