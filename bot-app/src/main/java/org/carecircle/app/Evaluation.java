package org.carecircle.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.carecircle.core.conversation.MessageHandler;
import org.carecircle.core.message.InboundMessage;
import org.carecircle.core.message.Platform;
import org.carecircle.core.message.Response;
import org.carecircle.core.message.ResponseTrace;

/**
 * Scores the conversation core on labelled cases, each through the whole core (safety check,
 * retrieval, reply) as a first message from a new person. Produces the JSON of cli.md.
 */
final class Evaluation {
  private static final int MAX_FAILURES = 500;
  private final MessageHandler engine;

  Evaluation(MessageHandler engine) {
    this.engine = engine;
  }

  ObjectNode run(List<EvaluationCase> cases) {
    Tally faq = new Tally();
    Tally faqTop3 = new Tally();
    Tally abstain = new Tally();
    Tally noEscalate = new Tally();
    Tally[] recall = {new Tally(), new Tally(), new Tally()};
    Tally[] caught = {new Tally(), new Tally(), new Tally()};
    List<String> levels = List.of("crisis", "medical", "distress");
    double[] latencies = new double[cases.size()];
    ObjectMapper json = new ObjectMapper();
    ArrayNode failures = json.createArrayNode();
    int n = 0;
    for (EvaluationCase c : cases) {
      String person = "eval-" + n;
      long start = System.nanoTime();
      Response response =
          engine.handle(InboundMessage.direct(Platform.TERMINAL, person, c.text(), "eval-" + n));
      latencies[n++] = (System.nanoTime() - start) / 1e6;
      ResponseTrace t = response.trace();
      String level = t.safetyLevel().toLowerCase();
      boolean passed;
      String got;
      if (c.expectsFaq()) {
        boolean top1 = c.expect().equals(t.answeredFaqId());
        faq.add(top1);
        faqTop3.add(firstThree(t).contains(c.expect()));
        passed = top1;
        got = describe(t);
      } else if (c.expectsAbstain()) {
        passed = t.answeredFaqId() == null;
        abstain.add(passed);
        got = describe(t);
      } else if (c.expectsNoEscalation()) {
        passed = level.equals("none");
        noEscalate.add(passed);
        got = "escalate:" + level;
      } else {
        int i = levels.indexOf(c.expectedLevel());
        passed = level.equals(c.expectedLevel());
        recall[i].add(passed);
        caught[i].add(!level.equals("none"));
        got = level.equals("none") ? "no-escalate" : "escalate:" + level;
      }
      if (!passed && failures.size() < MAX_FAILURES) {
        failures.addObject().put("text", c.text()).put("expect", c.expect()).put("got", got);
      }
    }
    ObjectNode out = json.createObjectNode();
    out.put("cases", cases.size());
    ObjectNode faqNode = out.putObject("faq");
    faqNode.put("cases", faq.total);
    putRate(faqNode, "top1", faq);
    putRate(faqNode, "top3", faqTop3);
    ObjectNode abstainNode = out.putObject("abstain");
    abstainNode.put("cases", abstain.total);
    putRate(abstainNode, "correct", abstain);
    ObjectNode safety = out.putObject("safety");
    for (int i = 0; i < levels.size(); i++) {
      ObjectNode level = safety.putObject(levels.get(i));
      level.put("cases", recall[i].total);
      putRate(level, "recall", recall[i]);
      putRate(level, "caught", caught[i]);
    }
    ObjectNode no = safety.putObject("no_escalate");
    no.put("cases", noEscalate.total);
    if (noEscalate.total == 0) {
      no.putNull("false_escalation_rate");
    } else {
      no.put("false_escalation_rate", round(1.0 - noEscalate.rate()));
    }
    ObjectNode latency = out.putObject("latency_ms");
    Arrays.sort(latencies);
    latency.put("p50", round(Percentiles.of(latencies, 50)));
    latency.put("p99", round(Percentiles.of(latencies, 99)));
    out.set("failures", failures);
    return out;
  }

  private static List<String> firstThree(ResponseTrace t) {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    if (t.answeredFaqId() != null) {
      ids.add(t.answeredFaqId());
    }
    ids.addAll(t.consideredFaqIds());
    return new ArrayList<>(ids).subList(0, Math.min(3, ids.size()));
  }

  private static String describe(ResponseTrace t) {
    if (!t.safetyLevel().equals("NONE")) {
      return "escalate:" + t.safetyLevel().toLowerCase();
    }
    if (t.answeredFaqId() != null) {
      return t.answeredFaqId();
    }
    if (t.stage().equals("faq-clarify")) {
      return "clarify:" + String.join("|", t.consideredFaqIds().subList(0, Math.min(3, t.consideredFaqIds().size())));
    }
    return "abstain";
  }

  private static void putRate(ObjectNode node, String key, Tally tally) {
    if (tally.total == 0) {
      node.putNull(key);
    } else {
      node.put(key, round(tally.rate()));
    }
  }

  static double round(double value) {
    return Math.round(value * 1000.0) / 1000.0;
  }

  /** Passed and total counts of one measure. */
  private static final class Tally {
    private int passed;
    private int total;

    void add(boolean ok) {
      total++;
      if (ok) {
        passed++;
      }
    }

    double rate() {
      return total == 0 ? 0 : (double) passed / total;
    }
  }
}
