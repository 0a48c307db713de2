package org.carecircle.app;

import java.time.Clock;
import org.carecircle.core.assembly.ConversationAssembly;
import org.carecircle.core.assembly.ConversationParts;
import org.carecircle.core.conversation.ConversationEngine;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options most commands share: the configuration file and the knowledge-base directory. */
final class SharedOptions {
  @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration (default: ./bot.yaml if present)")
  Path config;

  @Option(names = "--kb", paramLabel = "DIR", description = "knowledge-base directory (default: BOT_KB_PATH or the bundled one)")
  Path kb;

  BotSettings settings() {
    boolean explicit = config != null;
    Path file = explicit ? config : Path.of("bot.yaml");
    return BotSettings.from(ConfigSource.load(file, explicit, System.getenv()));
  }

  Optional<Path> kbDirectory(BotSettings settings) {
    return kb != null ? Optional.of(kb) : settings.kbPath();
  }

  /** The knowledge base and models these options and settings name. */
  CoreServices loadCore(BotSettings settings) {
    return CoreServices.load(kbDirectory(settings), settings.dataDir(), settings.communityName());
  }

  /** The engine over the core, in memory only: for commands that answer and exit. */
  static ConversationEngine detachedEngine(CoreServices core, BotSettings settings, String region) {
    return ConversationAssembly.build(detachedParts(core, settings, region), Clock.systemUTC());
  }

  private static ConversationParts detachedParts(CoreServices core, BotSettings settings, String region) {
    return new ConversationParts(
        core.knowledgeBase(),
        core.embedder(),
        core.search(),
        core.safety(),
        core.safeReplies(),
        new UnattendedEscalations(),
        who -> false,
        (platform, who, replyTo, group) -> {
          throw new IllegalStateException("applications need the running bot");
        },
        new org.carecircle.core.conversation.InMemorySessionStore(),
        new org.carecircle.core.feedback.InMemoryFeedbackStore(),
        new org.carecircle.core.conversation.InMemoryEventLedger(10_000),
        new org.carecircle.core.privacy.Pseudonymizer(
            "detached-run-key-not-stored".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        region,
        settings.communityName(),
        settings.retentionDays());
  }
}
