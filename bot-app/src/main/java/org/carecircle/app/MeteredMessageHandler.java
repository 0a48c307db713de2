package org.carecircle.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.carecircle.core.conversation.MessageHandler;
import org.carecircle.core.message.InboundMessage;
import org.carecircle.core.message.Response;

/** Counts and times every message through the core, by platform, answering stage and safety level. */
final class MeteredMessageHandler implements MessageHandler {
  private final MessageHandler inner;
  private final MeterRegistry registry;

  MeteredMessageHandler(MessageHandler inner, MeterRegistry registry) {
    this.inner = inner;
    this.registry = registry;
  }

  @Override
  public Response handle(InboundMessage message) {
    Timer.Sample sample = Timer.start(registry);
    Response response = inner.handle(message);
    String platform = message.platform().name().toLowerCase();
    sample.stop(
        Timer.builder("bot.messages.latency")
            .description("Time the conversation core takes for one message")
            .tag("platform", platform)
            .register(registry));
    Counter.builder("bot.messages")
        .description("Messages handled by the conversation core")
        .tag("platform", platform)
        .tag("stage", response.trace().stage().isEmpty() ? "none" : response.trace().stage())
        .tag("safety_level", response.trace().safetyLevel().toLowerCase())
        .register(registry)
        .increment();
    return response;
  }
}
