package org.carecircle.app;


import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.carecircle.core.conversation.ConversationEngine;
import org.carecircle.core.message.InboundMessage;
import org.carecircle.core.message.Platform;
import org.carecircle.kb.search.TextEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./bot bench}: loads the conversation core in process with patients' kind of messages and
 * reports throughput and latency, next to the bare embedding call measured the same way.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure the conversation core's throughput and latency.")
final class BenchCli implements Callable<Integer> {
  @Mixin SharedOptions options;

  @Option(names = "--messages", defaultValue = "5000", paramLabel = "N", description = "messages to send (default 5000)")
  int messages;

  @Option(names = "--threads", defaultValue = "2", paramLabel = "T", description = "concurrent senders (default 2)")
  int threads;

  @Option(names = "--json", description = "print the JSON report of cli.md")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (messages < 1 || threads < 1 || threads > 256) {
      throw new ConfigurationException("--messages must be at least 1 and --threads between 1 and 256");
    }
    BotSettings settings = options.settings();
    CoreServices core = options.loadCore(settings);
    ConversationEngine engine = SharedOptions.detachedEngine(core, settings, settings.defaultRegion());
    List<String> corpus = corpus();
    AtomicInteger person = new AtomicInteger();
    IntConsumer throughCore =
        i ->
            engine.handle(
                InboundMessage.direct(
                    Platform.TERMINAL, "bench-" + person.incrementAndGet(), corpus.get(i % corpus.size()), null));
    TextEmbedder embedder = core.embedder();
    IntConsumer bareEmbedding = i -> embedder.embed(corpus.get(i % corpus.size()));

    int warmup = Math.min(messages, 300);
    measure(throughCore, warmup, threads);
    double[] embedding = measure(bareEmbedding, Math.min(messages, 2000), threads).latencies;
    resetPeakHeap();
    Run measured = measure(throughCore, messages, threads);

    ObjectNode report = new ObjectMapper().createObjectNode();
    report.put("messages", messages);
    report.put("threads", threads);
    report.put("throughput_per_s", Evaluation.round(messages / measured.seconds));
    ObjectNode latency = report.putObject("latency_ms");
    latency.put("p50", Evaluation.round(Percentiles.of(measured.latencies, 50)));
    latency.put("p99", Evaluation.round(Percentiles.of(measured.latencies, 99)));
    report.put("embedding_ms_p50", Evaluation.round(Percentiles.of(embedding, 50)));
    report.put("heap_mb_peak", peakHeapMb());
    if (json) {
      System.out.println(new ObjectMapper().writeValueAsString(report));
    } else {
      System.out.printf(
          "%d messages on %d threads: %.1f messages/s, latency p50 %.2f ms, p99 %.2f ms;"
              + " bare embedding p50 %.2f ms; peak heap %d MB%n",
          messages, threads, report.get("throughput_per_s").asDouble(), latency.get("p50").asDouble(),
          latency.get("p99").asDouble(), report.get("embedding_ms_p50").asDouble(), report.get("heap_mb_peak").asLong());
    }
    return 0;
  }

  /** Timings of one measured run. */
  private record Run(double[] latencies, double seconds) {}

  private static Run measure(IntConsumer work, int count, int threads) throws Exception {
    double[] latencies = new double[count];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    try {
      Future<?>[] senders = new Future<?>[threads];
      for (int t = 0; t < threads; t++) {
        senders[t] =
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long s = System.nanoTime();
                    work.accept(i);
                    latencies[i] = (System.nanoTime() - s) / 1e6;
                  }
                });
      }
      for (Future<?> f : senders) {
        f.get();
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Arrays.sort(latencies);
    return new Run(latencies, seconds);
  }

  static List<String> corpus() throws IOException {
    try (InputStream in = BenchCli.class.getResourceAsStream("/bench/messages.txt")) {
      if (in == null) {
        throw new IllegalStateException("bench/messages.txt is missing from the application");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    }
  }

  private static void resetPeakHeap() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024 * 1024);
  }
}
