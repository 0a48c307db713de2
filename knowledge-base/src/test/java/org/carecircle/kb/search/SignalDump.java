package org.carecircle.kb.search;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.carecircle.kb.FaqEntry;
import org.carecircle.kb.KnowledgeBase;
import org.carecircle.kb.KnowledgeBaseLoader;
import org.carecircle.kb.eval.EvalCase;

/**
 * A developer's tool, not a test: writes every retrieval signal of every evaluation case against
 * every entry, so that fusion formulas can be compared offline.
 */
public final class SignalDump {
  private SignalDump() {}

  public static void main(String[] args) throws IOException {
    KnowledgeBase kb = new KnowledgeBaseLoader().load(Path.of(args[0]));
    Path evalDir = Path.of(args[1]);
    EmbeddingCache cache = new EmbeddingCache(Path.of(args[2]), SharedMiniLm.EMBEDDER);
    Path out = Path.of(args[3]);
    List<EvalCase> cases = new ArrayList<>();
    for (String name : List.of("faq-a.jsonl", "faq-b.jsonl", "abstain.jsonl")) {
      cases.addAll(EvalCase.read(evalDir.resolve(name)));
    }
    List<FaqEntry> entries = kb.faqs();
    List<float[]> messages = cache.embedAll(cases.stream().map(EvalCase::text).toList());
    List<String> texts = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    List<String> answers = new ArrayList<>();
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      for (String t : HybridFaqSearch.embeddedTexts(entries.get(i))) {
        texts.add(t);
        owner.add(i);
      }
      answers.add(entries.get(i).answer());
      vocabulary.addAll(HybridFaqSearch.embeddedTexts(entries.get(i)));
      vocabulary.addAll(entries.get(i).tags());
      vocabulary.add(entries.get(i).answer());
    }
    List<float[]> textVectors = cache.embedAll(texts);
    List<float[]> answerVectors = cache.embedAll(answers);
    Set<String> layWords = new HashSet<>();
    LayTerms.GROUPS.forEach(g -> g.forEach(t -> layWords.addAll(List.of(t.split(" ")))));
    SpellingCorrector speller = new SpellingCorrector(vocabulary, layWords);
    LexicalIndex[] fields = {
      new LexicalIndex(entries, new float[] {1, 0, 0, 0}),
      new LexicalIndex(entries, new float[] {0, 1, 0, 0}),
      new LexicalIndex(entries, new float[] {0, 0, 1, 0}),
      new LexicalIndex(entries, new float[] {0, 0, 0, 1})
    };
    Files.createDirectories(out);
    try (DataOutputStream data = new DataOutputStream(Files.newOutputStream(out.resolve("signals.bin")))) {
      for (int c = 0; c < cases.size(); c++) {
        String corrected = speller.correct(cases.get(c).text());
        String focus = HybridFaqSearch.focusOf(corrected);
        for (LexicalIndex field : fields) {
          write(data, field.scores(corrected, null, 0f));
          write(data, focus == null ? new float[entries.size()] : field.scores(focus, null, 0f));
        }
        float[] m = messages.get(c);
        float[] perText = new float[texts.size()];
        for (int t = 0; t < texts.size(); t++) {
          perText[t] = cosine(m, textVectors.get(t));
        }
        write(data, perText);
        float[] perAnswer = new float[entries.size()];
        for (int e = 0; e < entries.size(); e++) {
          perAnswer[e] = cosine(m, answerVectors.get(e));
        }
        write(data, perAnswer);
      }
    }
    List<String> meta = new ArrayList<>();
    meta.add(entries.size() + " " + texts.size() + " " + cases.size());
    entries.forEach(e -> meta.add(e.id()));
    owner.forEach(o -> meta.add(String.valueOf(o)));
    cases.forEach(c -> meta.add(c.expect() + "\t" + c.text().replace('\n', ' ')));
    Files.write(out.resolve("meta.txt"), meta);
  }

  private static void write(DataOutputStream data, float[] values) throws IOException {
    for (float v : values) {
      data.writeFloat(v);
    }
  }

  private static float cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return (float) (dot / Math.sqrt(na * nb));
  }
}
