package org.carecircle.app;


import java.util.List;
import java.util.concurrent.Callable;
import org.carecircle.core.conversation.ConversationEngine;
import org.carecircle.core.conversation.RegionResolver;
import org.carecircle.core.message.InboundMessage;
import org.carecircle.core.message.Platform;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.Response;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./bot ask TEXT}: one answer to one message, printed. */
@Command(name = "ask", mixinStandardHelpOptions = true, description = "Print one answer to one message, then exit.")
final class AskCli implements Callable<Integer> {
  @Mixin SharedOptions options;

  @Option(names = "--region", paramLabel = "CC", description = "country for contacts, e.g. GB")
  String region;

  @Option(names = "--explain", description = "also print why: the safety check's level and reasons, and the answers considered")
  boolean explain;

  @Parameters(arity = "1..*", paramLabel = "TEXT", description = "the message")
  List<String> words;

  @Override
  public Integer call() {
    BotSettings settings = options.settings();
    String where = regionOr(region, settings.defaultRegion());
    CoreServices core = options.loadCore(settings);
    ConversationEngine engine = SharedOptions.detachedEngine(core, settings, where);
    String text = String.join(" ", words);
    Response response = engine.handle(InboundMessage.direct(Platform.TERMINAL, "ask", text, null));
    TerminalRenderer renderer = new TerminalRenderer(100);
    for (Reply reply : response.replies()) {
      System.out.println(renderer.render(reply, new java.util.ArrayList<>()).strip());
      System.out.println();
    }
    if (explain) {
      System.out.println("[why] safety: " + response.trace().safetyLevel());
      response.trace().safetyReasons().forEach(r -> System.out.println("[why]   " + r));
      System.out.println("[why] stage: " + response.trace().stage() + ", considered: "
          + String.join(", ", response.trace().consideredFaqIds()));
    }
    return 0;
  }

  static String regionOr(String region, String fallback) {
    if (region == null) {
      return fallback;
    }
    return RegionResolver.normalise(region)
        .orElseThrow(
            () -> new ConfigurationException("--region must be a two-letter country code, got '" + region + "'"));
  }
}
