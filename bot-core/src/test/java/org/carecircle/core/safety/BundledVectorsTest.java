package org.carecircle.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped corpus vectors cover the whole corpus and match the model. After editing the corpus,
 * regenerate them: {@code mvn -pl bot-core test -Dtest=BundledVectorsTest -Dsafety.vectors.regenerate=true}.
 */
class BundledVectorsTest {
  private static final Path SOURCE = Path.of("src", "main", "resources", BundledVectors.RESOURCE);

  @Test
  void everyCorpusTextHasAShippedVectorCloseToTheModelsOwn() throws Exception {
    List<String> texts = SafetyCorpus.bundled(List.of()).stream().map(Exemplar::text).toList();
    if (Boolean.getBoolean("safety.vectors.regenerate")) {
      try (OutputStream out = Files.newOutputStream(SOURCE)) {
        BundledVectors.write(SharedEmbedder.embedder(), texts, out);
      }
      return;
    }
    BundledVectors shipped = new BundledVectors(SharedEmbedder.embedder());

    assertThat(shipped.coverage(texts))
        .as("texts with a shipped vector; regenerate them after editing the corpus")
        .isEqualTo(texts.size());
    List<String> sample = List.of(texts.get(0), texts.get(texts.size() / 2), texts.get(texts.size() - 1));
    List<float[]> stored = shipped.embedAll(sample);
    for (int i = 0; i < sample.size(); i++) {
      assertThat(cosine(stored.get(i), SharedEmbedder.embedder().embed(sample.get(i))))
          .isGreaterThan(0.995);
    }
  }

  @Test
  void aTextWithoutAShippedVectorIsEmbeddedByTheModel() {
    BundledVectors shipped = new BundledVectors(SharedEmbedder.embedder());
    String unseen = "a sentence written only for this test about a yellow umbrella";

    assertThat(shipped.coverage(List.of(unseen))).isZero();
    assertThat(cosine(shipped.embedAll(List.of(unseen)).get(0), SharedEmbedder.embedder().embed(unseen)))
        .isGreaterThan(0.9999);
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return dot / Math.sqrt(na * nb);
  }
}
