package org.carecircle.app;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.carecircle.core.conversation.ConversationEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./bot eval}: scores the engine on labelled cases, as text or as the JSON of cli.md. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score the engine on evaluation cases.")
final class EvalCli implements Callable<Integer> {
  @Mixin SharedOptions options;

  @Option(names = "--cases", required = true, paramLabel = "FILE", description = "JSON Lines cases (kb-format.md)")
  Path cases;

  @Option(names = "--json", description = "print the JSON report of cli.md")
  boolean json;

  @Override
  public Integer call() throws Exception {
    BotSettings settings = options.settings();
    List<EvaluationCase> loaded = EvaluationCases.read(cases);
    CoreServices core = options.loadCore(settings);
    ConversationEngine engine = SharedOptions.detachedEngine(core, settings, settings.defaultRegion());
    ObjectNode report = new Evaluation(engine).run(loaded);
    ObjectMapper mapper = new ObjectMapper();
    if (json) {
      System.out.println(mapper.writeValueAsString(report));
    } else {
      printReadable(report);
    }
    return 0;
  }

  private static void printReadable(ObjectNode r) {
    System.out.printf("cases: %d%n", r.get("cases").asInt());
    JsonNode faq = r.get("faq");
    System.out.printf("faq:      %4d cases  top1 %s  top3 %s%n", faq.get("cases").asInt(), faq.get("top1"), faq.get("top3"));
    JsonNode abstain = r.get("abstain");
    System.out.printf("abstain:  %4d cases  correct %s%n", abstain.get("cases").asInt(), abstain.get("correct"));
    JsonNode safety = r.get("safety");
    for (String level : List.of("crisis", "medical", "distress")) {
      JsonNode l = safety.get(level);
      System.out.printf("%-9s %4d cases  recall %s  caught %s%n", level + ":", l.get("cases").asInt(), l.get("recall"), l.get("caught"));
    }
    JsonNode no = safety.get("no_escalate");
    System.out.printf("no-escalate: %d cases  false escalation rate %s%n", no.get("cases").asInt(), no.get("false_escalation_rate"));
    JsonNode latency = r.get("latency_ms");
    System.out.printf("latency ms: p50 %s  p99 %s%n", latency.get("p50"), latency.get("p99"));
    JsonNode failures = r.get("failures");
    if (failures.size() > 0) {
      System.out.println("\nfailures:");
      for (JsonNode f : failures) {
        System.out.printf("  expect %-28s got %-28s %s%n", f.get("expect").asText(), f.get("got").asText(), f.get("text").asText());
      }
    }
  }
}
