package org.carecircle.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The domain projection: shipped for the bundled model only, and stored without loss. */
class DomainProjectionTest {

  @Test
  void theBundledModelGetsTheFittedProjectionAndOtherModelsTheIdentity() {
    float[] v = SharedEmbedder.EMBEDDER.embed("can I have visitors while neutropenic");
    assertThat(DomainProjection.forModel(SharedEmbedder.EMBEDDER).apply(v)).isNotEqualTo(v);

    LetterCountEmbedder other = new LetterCountEmbedder();
    float[] w = other.embed("can I have visitors while neutropenic");
    assertThat(DomainProjection.forModel(other).apply(w)).containsExactly(w);
  }

  @Test
  void aProjectionReadsBackAsItWasWritten() throws IOException {
    DomainProjection bundled = DomainProjection.bundled();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    bundled.write(out);
    DomainProjection read = DomainProjection.read(new ByteArrayInputStream(out.toByteArray()));

    float[] v = SharedEmbedder.EMBEDDER.embed("what is a port");
    assertThat(read.apply(v)).containsExactly(bundled.apply(v));
  }
}
