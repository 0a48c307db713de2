package org.carecircle.kb;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The small hand-written knowledge base under src/test/resources/fixture-kb, and a fixed clock. */
public final class FixtureKnowledgeBase {
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);

  private FixtureKnowledgeBase() {}

  public static Path directory() {
    try {
      return Path.of(FixtureKnowledgeBase.class.getResource("/fixture-kb").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static KnowledgeBase load() {
    return new KnowledgeBaseLoader(new KnowledgeBaseValidator(CLOCK)).load(directory());
  }
}
