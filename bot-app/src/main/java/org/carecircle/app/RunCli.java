package org.carecircle.app;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ./bot run}: every configured adapter, moderator routing, health and metrics. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run the bot on every configured platform.")
final class RunCli implements Callable<Integer> {
  @Mixin SharedOptions options;

  @Override
  public Integer call() throws Exception {
    BotSettings settings = options.settings();
    if (!settings.discordEnabled() && !settings.telegramEnabled()) {
      System.err.println(
          "No platform is configured, so there is nothing to run.\n"
              + "Set DISCORD_TOKEN and/or TELEGRAM_TOKEN (in the environment or in bot.yaml) and run again;"
              + " the README explains how to create the bots.\n"
              + "To try the bot without any platform: ./bot chat");
      return 1;
    }
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    try (RunningBot bot = RunningBot.start(settings, options.kbDirectory(settings), registry)) {
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        bot.close();
        stopped.countDown();
      }, "shutdown"));
      stopped.await();
    }
    return 0;
  }
}
