package org.carecircle.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.carecircle.kb.FixtureKnowledgeBase;
import org.carecircle.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {
  @TempDir Path dataDir;

  @Test
  void aWarmStartBuildsTheSearchWithoutEmbeddingAnything() {
    KnowledgeBase kb = FixtureKnowledgeBase.load();
    CountingEmbedder cold = new CountingEmbedder(new LetterCountEmbedder());
    new HybridFaqSearch(kb, new EmbeddingCache(dataDir, cold));
    // 5 questions + 13 variants + 13 opening sentences of the 5 answers
    assertThat(cold.textsEmbedded()).isEqualTo(31);

    CountingEmbedder warm = new CountingEmbedder(new LetterCountEmbedder());
    HybridFaqSearch search = new HybridFaqSearch(kb, new EmbeddingCache(dataDir, warm));

    assertThat(warm.textsEmbedded()).isZero();
    String question = "does radiotherapy hurt";
    assertThat(search.search(question, new LetterCountEmbedder().embed(question)).best())
        .hasValueSatisfying(m -> assertThat(m.entry().id()).isEqualTo("radiotherapy-pain"));
  }

  @Test
  void returnsTheSameVectorsFromDiskAsFromTheModel() {
    List<String> texts = List.of("first text", "second text", "first text");
    List<float[]> fresh = new EmbeddingCache(dataDir, new LetterCountEmbedder()).embedAll(texts);

    CountingEmbedder warm = new CountingEmbedder(new LetterCountEmbedder());
    List<float[]> cached = new EmbeddingCache(dataDir, warm).embedAll(texts);

    assertThat(warm.textsEmbedded()).isZero();
    for (int i = 0; i < texts.size(); i++) {
      assertThat(cached.get(i)).containsExactly(fresh.get(i));
    }
  }

  @Test
  void anEditedTextIsTheOnlyOneEmbeddedAgain() {
    new EmbeddingCache(dataDir, new LetterCountEmbedder()).embedAll(List.of("a", "b", "c"));

    CountingEmbedder counting = new CountingEmbedder(new LetterCountEmbedder());
    new EmbeddingCache(dataDir, counting).embedAll(List.of("a", "b", "c edited"));

    assertThat(counting.textsEmbedded()).isEqualTo(1);
  }

  @Test
  void anotherModelNeverReadsTheseVectors() {
    new EmbeddingCache(dataDir, new LetterCountEmbedder()).embedAll(List.of("a", "b"));

    CountingEmbedder other =
        new CountingEmbedder(new LetterCountEmbedder("another-model"));
    new EmbeddingCache(dataDir, other).embedAll(List.of("a", "b"));

    assertThat(other.textsEmbedded()).isEqualTo(2);
  }

  @Test
  void aDamagedCacheFileIsIgnoredAndRewritten() throws IOException {
    EmbeddingCache cache = new EmbeddingCache(dataDir, new LetterCountEmbedder());
    cache.embedAll(List.of("a", "b"));
    byte[] bytes = Files.readAllBytes(cache.file());
    Files.write(cache.file(), java.util.Arrays.copyOf(bytes, bytes.length / 2));

    CountingEmbedder counting = new CountingEmbedder(new LetterCountEmbedder());
    new EmbeddingCache(dataDir, counting).embedAll(List.of("a", "b"));
    CountingEmbedder after = new CountingEmbedder(new LetterCountEmbedder());
    new EmbeddingCache(dataDir, after).embedAll(List.of("a", "b"));

    assertThat(counting.textsEmbedded()).isEqualTo(2);
    assertThat(after.textsEmbedded()).isZero();
  }
}
