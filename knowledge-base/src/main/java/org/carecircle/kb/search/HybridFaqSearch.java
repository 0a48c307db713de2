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
 * Finds faq entries by BM25 over their words (with lay-term synonyms and spelling correction) and
 * the cosine between sentence embeddings of the message and of the entries' phrasings and answer
 * openings. In HYBRID mode a {@link RankingModel} ranks the entries on these signals and gives the
 * probability that the best one is right, which decides ANSWER, CLARIFY or ABSTAIN; the single-signal
 * modes, kept for comparison, threshold one fused score. The message's embedding comes from the
 * caller; this class never embeds a message. A search costs well under a millisecond. Immutable
 * after construction and thread-safe.
 */
public final class HybridFaqSearch implements FaqSearch {
  /** How many candidates a result lists, best first (answer plus suggestions, or the choices). */
  public static final int CANDIDATES = 3;

  /** How many opening sentences of an answer are embedded: the first ones say what it is about. */
  static final int ANSWER_OPENING = 3;

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\s*\\n+\\s*");
  private static final Pattern BULLET = Pattern.compile("^[-*]\\s+");

  private final List<FaqEntry> entries;
  private final RetrievalMode mode;
  private final SearchCalibration calibration;
  private final LexicalIndex lexical;
  private final SemanticIndex semantic;
  private final SemanticIndex answers;
  private final RankingModel model = RankingModel.fitted();
  private final SpellingCorrector speller;
  private final DomainProjection projection;
  private final CancerTopic topic;

  /** Hybrid search with measured defaults; knowledge-base embeddings come from the disk cache. */
  public HybridFaqSearch(KnowledgeBase knowledgeBase, EmbeddingCache cache) {
    this(knowledgeBase, cache, RetrievalMode.HYBRID, SearchCalibration.defaults(RetrievalMode.HYBRID));
  }

  public HybridFaqSearch(
      KnowledgeBase knowledgeBase,
      EmbeddingCache cache,
      RetrievalMode mode,
      SearchCalibration calibration) {
    this(knowledgeBase, cache::embedAll, DomainProjection.forModel(cache.embedder()),
        CancerTopic.forModel(cache.embedder()), mode, calibration);
  }

  /** As the hybrid default, comparing embeddings through {@code projection}: for fitting it. */
  HybridFaqSearch(KnowledgeBase knowledgeBase, EmbeddingCache cache, DomainProjection projection) {
    this(knowledgeBase, cache::embedAll, projection, CancerTopic.forModel(cache.embedder()),
        RetrievalMode.HYBRID, SearchCalibration.defaults(RetrievalMode.HYBRID));
  }

  /** Embeds the knowledge base's texts with {@code embedder} directly, without a cache. */
  public HybridFaqSearch(
      KnowledgeBase knowledgeBase,
      TextEmbedder embedder,
      RetrievalMode mode,
      SearchCalibration calibration) {
    this(knowledgeBase, embedder::embedAll, DomainProjection.forModel(embedder),
        CancerTopic.forModel(embedder), mode, calibration);
  }

  private HybridFaqSearch(
      KnowledgeBase knowledgeBase,
      Function<List<String>, List<float[]>> embedAll,
      DomainProjection projection,
      CancerTopic topic,
      RetrievalMode mode,
      SearchCalibration calibration) {
    this.entries = knowledgeBase.faqs();
    this.projection = projection;
    this.topic = topic;
    this.mode = mode;
    this.calibration = calibration;
    this.lexical =
        new LexicalIndex(
            entries, calibration.questionBoost(), calibration.variantBoost(), calibration.tagBoost());
    List<String> texts = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    List<String> openings = new ArrayList<>();
    List<Integer> openingOwners = new ArrayList<>();
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      FaqEntry entry = entries.get(i);
      List<String> embedded = embeddedTexts(entry);
      texts.addAll(embedded);
      owners.addAll(Collections.nCopies(embedded.size(), i));
      List<String> opening = answerOpening(entry);
      openings.addAll(opening);
      openingOwners.addAll(Collections.nCopies(opening.size(), i));
      vocabulary.addAll(embedded);
      vocabulary.addAll(entry.tags());
      vocabulary.add(entry.answer());
    }
    List<float[]> raw = List.of();
    if (mode != RetrievalMode.LEXICAL && !texts.isEmpty()) {
      List<String> all = new ArrayList<>(texts);
      all.addAll(openings);
      raw = embedAll.apply(all); // one call: one batch for the model, one read of the cache
    }
    List<float[]> vectors = projection.applyAll(raw);
    int[] textOwners = owners.stream().mapToInt(Integer::intValue).toArray();
    this.semantic =
        new SemanticIndex(
            vectors.isEmpty() ? List.of() : vectors.subList(0, texts.size()), textOwners, entries.size());
    this.answers =
        new SemanticIndex(
            vectors.isEmpty() ? List.of() : vectors.subList(texts.size(), vectors.size()),
            openingOwners.stream().mapToInt(Integer::intValue).toArray(),
            entries.size());
    Set<String> layWords = new HashSet<>();
    LayTerms.GROUPS.forEach(g -> g.forEach(t -> layWords.addAll(List.of(t.split(" ")))));
    this.speller = new SpellingCorrector(vocabulary, layWords);
  }

  private HybridFaqSearch(
      HybridFaqSearch built, RetrievalMode mode, SearchCalibration calibration) {
    this.entries = built.entries;
    this.projection = built.projection;
    this.topic = built.topic;
    this.mode = mode;
    this.calibration = calibration;
    this.lexical = built.lexical;
    this.semantic = built.semantic;
    this.answers = built.answers;
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

  /**
   * The opening sentences of an entry's answer, without Markdown emphasis or list bullets: what the
   * answer is about, in the reviewed wording, which often meets a message the phrasings miss.
   */
  public static List<String> answerOpening(FaqEntry entry) {
    List<String> sentences = new ArrayList<>(ANSWER_OPENING);
    for (String sentence : SENTENCE_END.split(entry.answer().replace("**", "").strip())) {
      String plain = BULLET.matcher(sentence).replaceFirst("").strip();
      if (plain.length() > 3 && sentences.size() < ANSWER_OPENING) {
        sentences.add(plain);
      }
    }
    return sentences;
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
    return mode == RetrievalMode.HYBRID
        ? rankedSearch(text, embedding)
        : singleSignalSearch(text, embedding);
  }

  private FaqSearchResult rankedSearch(String text, float[] embedding) {
    MessageSignals signals = signals(text, embedding);
    float[] scores = model.scores(signals);
    int[] order = topOrdinals(scores, CANDIDATES);
    int rival = order.length > 1 ? order[1] : -1;
    double probability = model.confidence(signals, scores, order[0], rival);
    float gap = rival < 0 ? Float.MAX_VALUE : scores[order[0]] - scores[rival];
    MatchOutcome outcome = outcome((float) probability, gap);
    List<FaqMatch> candidates = new ArrayList<>(order.length);
    candidates.add(new FaqMatch(entries.get(order[0]), probability));
    for (int i = 1; i < order.length; i++) {
      // judged against the best entry, and never above it: the ranking already put it lower
      double confidence = model.confidence(signals, scores, order[i], order[0]);
      candidates.add(new FaqMatch(entries.get(order[i]), Math.min(confidence, probability)));
    }
    return new FaqSearchResult(outcome, candidates);
  }

  private FaqSearchResult singleSignalSearch(String text, float[] embedding) {
    float[] scores = scores(text, embedding);
    int[] order = topOrdinals(scores, CANDIDATES);
    float best = scores[order[0]];
    float gap = order.length > 1 ? best - scores[order[1]] : 1f;
    MatchOutcome outcome = outcome(best + calibration.gapWeight() * gap, gap);
    List<FaqMatch> candidates = new ArrayList<>(order.length);
    for (int ordinal : order) {
      candidates.add(new FaqMatch(entries.get(ordinal), confidence(scores[ordinal])));
    }
    return new FaqSearchResult(outcome, candidates);
  }

  /**
   * ANSWER when {@code lead} (the best entry's probability, or its fused score in a single-signal
   * mode) reaches the threshold and no runner-up is within the margin, CLARIFY just under it, else
   * ABSTAIN.
   */
  private MatchOutcome outcome(float lead, float gap) {
    if (lead < calibration.answerThreshold() - calibration.clarifyBand()) {
      return MatchOutcome.ABSTAIN;
    }
    if (lead < calibration.answerThreshold() || gap < calibration.clarifyMargin()) {
      return MatchOutcome.CLARIFY;
    }
    return MatchOutcome.ANSWER;
  }

  /** Every signal of every entry for the message: what the ranking model is fitted on. */
  MessageSignals signals(String text, float[] embedding) {
    String corrected = speller.correct(text);
    float[] projected = projection.apply(embedding);
    SemanticIndex.Closeness closeness = semantic.closeness(projected);
    return new MessageSignals(
        closeness.best(),
        closeness.pair(),
        closeness.centroid(),
        saturatedBm25(corrected),
        answers.closeness(projected).best(),
        lexical.coverage(corrected),
        topic.probability(embedding));
  }

  /** BM25 per entry as s / (s + k): in [0, 1), so that one rare word cannot swamp the cosines. */
  private float[] saturatedBm25(String corrected) {
    float[] bm25 = lexical.scores(corrected, focusOf(corrected), calibration.focusWeight());
    float k = calibration.lexicalSaturation();
    for (int i = 0; i < bm25.length; i++) {
      bm25[i] = bm25[i] / (bm25[i] + k);
    }
    return bm25;
  }

  /** The ranking score of every entry for the message, by entry ordinal. */
  float[] scores(String text, float[] embedding) {
    if (mode == RetrievalMode.HYBRID) {
      return model.scores(signals(text, embedding));
    }
    if (mode == RetrievalMode.SEMANTIC) {
      return semantic.scores(projection.apply(embedding), calibration.pairWeight());
    }
    return saturatedBm25(speller.correct(text));
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
