package org.carecircle.kb.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.carecircle.kb.FaqEntry;
import org.carecircle.kb.KnowledgeBase;

/**
 * Finds faq entries by blending BM25 over their words (with lay-term synonyms and spelling
 * correction) and the cosine between sentence embeddings, then calibrates one score into ANSWER,
 * CLARIFY or ABSTAIN. The message's embedding comes from the caller; this class never embeds a
 * message. A search costs well under a millisecond. Immutable after construction and thread-safe.
 */
public final class HybridFaqSearch implements FaqSearch {
  /** How many candidates a result lists, best first (answer plus suggestions, or the choices). */
  public static final int CANDIDATES = 3;

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\s*\\n+\\s*");

  private final List<FaqEntry> entries;
  private final RetrievalMode mode;
  private final SearchCalibration calibration;
  private final LexicalIndex lexical;
  private final SemanticIndex semantic;
  private final SpellingCorrector speller;

  /** Hybrid search with measured defaults; knowledge-base embeddings come from the disk cache. */
  public HybridFaqSearch(KnowledgeBase knowledgeBase, EmbeddingCache cache) {
    this(knowledgeBase, cache, RetrievalMode.HYBRID, SearchCalibration.defaults(RetrievalMode.HYBRID));
  }

  public HybridFaqSearch(
      KnowledgeBase knowledgeBase,
      EmbeddingCache cache,
      RetrievalMode mode,
      SearchCalibration calibration) {
    this(knowledgeBase, cache::embedAll, mode, calibration);
  }

  /** Embeds the knowledge base's texts with {@code embedder} directly, without a cache. */
  public HybridFaqSearch(
      KnowledgeBase knowledgeBase,
      TextEmbedder embedder,
      RetrievalMode mode,
      SearchCalibration calibration) {
    this(knowledgeBase, embedder::embedAll, mode, calibration);
  }

  private HybridFaqSearch(
      KnowledgeBase knowledgeBase,
      Function<List<String>, List<float[]>> embedAll,
      RetrievalMode mode,
      SearchCalibration calibration) {
    this.entries = knowledgeBase.faqs();
    this.mode = mode;
    this.calibration = calibration;
    this.lexical =
        new LexicalIndex(
            entries, calibration.questionBoost(), calibration.variantBoost(), calibration.tagBoost());
    List<String> texts = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      FaqEntry entry = entries.get(i);
      List<String> embedded = embeddedTexts(entry);
      texts.addAll(embedded);
      owners.addAll(Collections.nCopies(embedded.size(), i));
      vocabulary.addAll(embedded);
      vocabulary.addAll(entry.tags());
      vocabulary.add(entry.answer());
    }
    this.semantic =
        new SemanticIndex(
            mode == RetrievalMode.LEXICAL || texts.isEmpty() ? List.of() : embedAll.apply(texts),
            owners.stream().mapToInt(Integer::intValue).toArray(),
            entries.size());
    Set<String> layWords = new HashSet<>();
    LayTerms.GROUPS.forEach(g -> g.forEach(t -> layWords.addAll(List.of(t.split(" ")))));
    this.speller = new SpellingCorrector(vocabulary, layWords);
  }

  private HybridFaqSearch(
      HybridFaqSearch built, RetrievalMode mode, SearchCalibration calibration) {
    this.entries = built.entries;
    this.mode = mode;
    this.calibration = calibration;
    this.lexical = built.lexical;
    this.semantic = built.semantic;
    this.speller = built.speller;
  }

  /**
   * The same indexes in another mode or with other fusion and outcome numbers (no re-embedding, no
   * re-indexing): for evaluation and tuning. Field boosts are fixed at construction, and a search
   * built in LEXICAL mode has no embeddings to switch to another mode.
   */
  public HybridFaqSearch recalibrated(RetrievalMode newMode, SearchCalibration newCalibration) {
    if (mode == RetrievalMode.LEXICAL && newMode != RetrievalMode.LEXICAL) {
      throw new IllegalArgumentException("A lexical-only search holds no embeddings");
    }
    if (newCalibration.questionBoost() != calibration.questionBoost()
        || newCalibration.variantBoost() != calibration.variantBoost()
        || newCalibration.tagBoost() != calibration.tagBoost()) {
      throw new IllegalArgumentException("Field boosts need a new index, not a recalibration");
    }
    return new HybridFaqSearch(this, newMode, newCalibration);
  }

  /** The texts of an entry whose embeddings represent it: its question and each variant. */
  public static List<String> embeddedTexts(FaqEntry entry) {
    List<String> texts = new ArrayList<>(1 + entry.variants().size());
    texts.add(entry.question());
    texts.addAll(entry.variants());
    return texts;
  }

  List<FaqEntry> entries() {
    return entries;
  }

  public RetrievalMode mode() {
    return mode;
  }

  public SearchCalibration calibration() {
    return calibration;
  }

  @Override
  public FaqSearchResult search(String text, float[] embedding) {
    if (entries.isEmpty()) {
      return new FaqSearchResult(MatchOutcome.ABSTAIN, List.of());
    }
    float[] scores = scores(text, embedding);
    int[] order = topOrdinals(scores, CANDIDATES);
    float best = scores[order[0]];
    float gap = order.length > 1 ? best - scores[order[1]] : 1f;
    float lead = best + calibration.gapWeight() * gap;
    MatchOutcome outcome;
    if (lead < calibration.answerThreshold() - calibration.clarifyBand()) {
      outcome = MatchOutcome.ABSTAIN;
    } else if (lead < calibration.answerThreshold() || gap < calibration.clarifyMargin()) {
      outcome = MatchOutcome.CLARIFY;
    } else {
      outcome = MatchOutcome.ANSWER;
    }
    List<FaqMatch> candidates = new ArrayList<>(order.length);
    for (int ordinal : order) {
      candidates.add(new FaqMatch(entries.get(ordinal), confidence(scores[ordinal])));
    }
    return new FaqSearchResult(outcome, candidates);
  }

  /** The calibrated score of every entry for the message, by entry ordinal. */
  float[] scores(String text, float[] embedding) {
    float[] fused = new float[entries.size()];
    float lexicalWeight =
        switch (mode) {
          case LEXICAL -> 1f;
          case SEMANTIC -> 0f;
          case HYBRID -> calibration.lexicalWeight();
        };
    if (lexicalWeight > 0f) {
      String corrected = speller.correct(text);
      float[] bm25 = lexical.scores(corrected, focusOf(corrected), calibration.focusWeight());
      float k = calibration.lexicalSaturation();
      for (int i = 0; i < fused.length; i++) {
        fused[i] = lexicalWeight * bm25[i] / (bm25[i] + k);
      }
    }
    if (lexicalWeight < 1f) {
      float[] cosine = semantic.scores(embedding, calibration.pairWeight());
      for (int i = 0; i < fused.length; i++) {
        fused[i] += (1f - lexicalWeight) * cosine[i];
      }
    }
    return fused;
  }

  /**
   * The sentence of a long message that asks: the last one with a question mark, else the last one.
   * People often tell their story first and ask at the end; null for a one-sentence message.
   */
  static String focusOf(String text) {
    String[] sentences = SENTENCE_END.split(text.strip());
    if (sentences.length < 2) {
      return null;
    }
    for (int i = sentences.length - 1; i >= 0; i--) {
      if (sentences[i].contains("?")) {
        return withShortPredecessor(sentences, i);
      }
    }
    return withShortPredecessor(sentences, sentences.length - 1);
  }

  // "Is that normal?" says little alone: the sentence before it carries the topic.
  private static String withShortPredecessor(String[] sentences, int i) {
    if (i > 0 && sentences[i].split("\\s+").length < 5) {
      return sentences[i - 1] + " " + sentences[i];
    }
    return sentences[i];
  }

  private float confidence(float score) {
    double x = calibration.confidenceSlope() * (score - calibration.answerThreshold());
    return (float) (1.0 / (1.0 + Math.exp(-x)));
  }

  private static int[] topOrdinals(float[] scores, int n) {
    int count = Math.min(n, scores.length);
    int[] top = new int[count];
    int filled = 0;
    for (int i = 0; i < scores.length; i++) {
      int pos = filled;
      while (pos > 0 && scores[top[pos - 1]] < scores[i]) {
        pos--;
      }
      if (pos < count) {
        int end = Math.min(filled, count - 1);
        System.arraycopy(top, pos, top, pos + 1, end - pos);
        top[pos] = i;
        if (filled < count) {
          filled++;
        }
      }
    }
    return top;
  }
}
