package org.carecircle.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.carecircle.kb.FaqEntry;

/**
 * Lucene BM25 over the faq entries' question, variants, tags and answer. A message's terms are
 * searched in every field, with field boosts that favour the question and its variants, and lay
 * terms expanded at a lower weight.
 *
 * <p>The index is built by Lucene and every posting's BM25 score is computed once, by Lucene's own
 * {@link BM25Similarity} from the index's statistics and norms. A search then only adds up those
 * scores: the same sum a Lucene query of boosted term clauses gives (a test holds the two equal),
 * without the per-clause set-up that costs a Lucene query most of a millisecond. Immutable and
 * thread-safe.
 */
final class LexicalIndex {
  private static final String ORDINAL = "ordinal";
  private static final String[] FIELDS = {"question", "variants", "tags", "answer"};
  private static final int QUESTION = 0;
  private static final int VARIANTS = 1;
  private static final int ANSWER = 3;
  private static final float SYNONYM_WEIGHT = 0.6f;

  private final float[] boosts;
  private final FaqAnalyzer analyzer = FaqAnalyzer.forQuery();
  private final FaqAnalyzer plainAnalyzer = FaqAnalyzer.forIndex();
  private final int entries;
  /** Per field: term to its postings, each an entry ordinal and the unit-boost BM25 score. */
  private final List<Map<String, Postings>> postingsOfField = new ArrayList<>();
  private final IndexSearcher searcher;
  private final int[] ordinalOfDoc;

  private record Postings(int[] ordinals, float[] scores) {}

  LexicalIndex(List<FaqEntry> entries, float questionBoost, float variantBoost, float tagBoost) {
    this(entries, new float[] {questionBoost, variantBoost, tagBoost, 1f});
  }

  /** Boosts of question, variants, tags and answer; a zero boost leaves the field out. */
  LexicalIndex(List<FaqEntry> entries, float[] boosts) {
    this.boosts = boosts.clone();
    this.entries = entries.size();
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(FaqAnalyzer.forIndex());
    config.setSimilarity(new BM25Similarity());
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (int i = 0; i < entries.size(); i++) {
        FaqEntry entry = entries.get(i);
        Document doc = new Document();
        doc.add(new StoredField(ORDINAL, i));
        doc.add(new TextField("question", entry.question(), Field.Store.NO));
        for (String variant : entry.variants()) {
          doc.add(new TextField("variants", variant, Field.Store.NO));
        }
        for (String tag : entry.tags()) {
          doc.add(new TextField("tags", tag.replace('-', ' '), Field.Store.NO));
        }
        doc.add(new TextField("answer", entry.answer(), Field.Store.NO));
        writer.addDocument(doc);
      }
      writer.forceMerge(1);
      writer.commit();
      DirectoryReader reader = DirectoryReader.open(directory);
      this.searcher = new IndexSearcher(reader);
      this.searcher.setSimilarity(new BM25Similarity());
      this.searcher.setQueryCache(null);
      this.ordinalOfDoc = new int[reader.maxDoc()];
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        ordinalOfDoc[doc] =
            searcher.storedFields().document(doc).getField(ORDINAL).numericValue().intValue();
      }
      for (String field : FIELDS) {
        postingsOfField.add(readPostings(reader, field));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot build the in-memory faq index", e);
    }
  }

  private Map<String, Postings> readPostings(DirectoryReader reader, String field)
      throws IOException {
    Map<String, Postings> byTerm = new HashMap<>();
    CollectionStatistics collection = searcher.collectionStatistics(field);
    if (collection == null || reader.leaves().isEmpty()) {
      return byTerm;
    }
    LeafReader leaf = reader.leaves().get(0).reader(); // force-merged: one segment
    Terms terms = leaf.terms(field);
    BM25Similarity similarity = new BM25Similarity();
    TermsEnum each = terms.iterator();
    for (BytesRef bytes = each.next(); bytes != null; bytes = each.next()) {
      Term term = new Term(field, BytesRef.deepCopyOf(bytes));
      TermStatistics stats = searcher.termStatistics(term, each.docFreq(), each.totalTermFreq());
      SimScorer scorer = similarity.scorer(1f, collection, stats);
      NumericDocValues norms = leaf.getNormValues(field);
      PostingsEnum postings = each.postings(null, PostingsEnum.FREQS);
      int[] ordinals = new int[each.docFreq()];
      float[] scores = new float[each.docFreq()];
      int n = 0;
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
        ordinals[n] = ordinalOfDoc[doc];
        scores[n] = scorer.score(postings.freq(), norm);
        n++;
      }
      byTerm.put(term.text(), new Postings(ordinals, scores));
    }
    return byTerm;
  }

  /**
   * BM25 scores by entry ordinal (0 where nothing matched) for the message, with {@code focus} (the
   * sentence that asks, in a long message) weighted {@code focusWeight} more.
   */
  float[] scores(String text, String focus, float focusWeight) {
    float[] scores = new float[entries];
    for (Map.Entry<String, Float> term : terms(text, focus, focusWeight).entrySet()) {
      for (int f = 0; f < FIELDS.length; f++) {
        Postings postings = postingsOfField.get(f).get(term.getKey());
        if (postings == null || boosts[f] == 0f) {
          continue;
        }
        float weight = boosts[f] * term.getValue();
        for (int p = 0; p < postings.ordinals().length; p++) {
          scores[postings.ordinals()[p]] += weight * postings.scores()[p];
        }
      }
    }
    return scores;
  }

  /**
   * Which share of the message's distinct words (analysed as the entries are, without lay-term
   * expansion) each entry's question or variants contain, which share its answer contains, and
   * which share no entry contains at all.
   */
  TermCoverage coverage(String text) {
    Set<String> words = new HashSet<>();
    try (TokenStream stream = plainAnalyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        words.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Analysing a message failed", e);
    }
    float[] asked = new float[entries];
    float[] answered = new float[entries];
    int unknown = 0;
    float share = words.isEmpty() ? 0f : 1f / words.size();
    boolean[] inQuestion = new boolean[entries];
    for (String word : words) {
      Arrays.fill(inQuestion, false);
      boolean known = false;
      for (int f : new int[] {QUESTION, VARIANTS}) {
        Postings postings = postingsOfField.get(f).get(word);
        if (postings != null) {
          known = true;
          for (int ordinal : postings.ordinals()) {
            inQuestion[ordinal] = true;
          }
        }
      }
      for (int e = 0; e < entries; e++) {
        if (inQuestion[e]) {
          asked[e] += share;
        }
      }
      Postings inAnswer = postingsOfField.get(ANSWER).get(word);
      if (inAnswer != null) {
        known = true;
        for (int ordinal : inAnswer.ordinals()) {
          answered[ordinal] += share;
        }
      }
      if (!known) {
        unknown++;
      }
    }
    return new TermCoverage(asked, answered, unknown * share, words.size());
  }

  /** The same scores through a Lucene query of boosted term clauses: the reference for tests. */
  float[] scoresByLuceneQuery(String text, String focus, float focusWeight) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (Map.Entry<String, Float> term : terms(text, focus, focusWeight).entrySet()) {
      for (int f = 0; f < FIELDS.length; f++) {
        if (boosts[f] > 0f) {
          query.add(
              new BoostQuery(
                  new TermQuery(new Term(FIELDS[f], term.getKey())), boosts[f] * term.getValue()),
              BooleanClause.Occur.SHOULD);
        }
      }
    }
    float[] scores = new float[entries];
    try {
      TopDocs top = searcher.search(query.build(), Math.max(1, entries));
      for (ScoreDoc hit : top.scoreDocs) {
        scores[ordinalOfDoc[hit.doc]] = hit.score;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return scores;
  }

  private Map<String, Float> terms(String text, String focus, float focusWeight) {
    Map<String, Float> terms = new LinkedHashMap<>();
    addTerms(terms, text, 1f);
    if (focus != null && focusWeight > 0f) {
      addTerms(terms, focus, focusWeight);
    }
    return terms;
  }

  /**
   * Adds the analysed terms of {@code text} with {@code weight}; a lay-term expansion counts less
   * than a word the person wrote, so that an expanded word never outweighs it.
   */
  private void addTerms(Map<String, Float> terms, String text, float weight) {
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        boolean expanded = SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
        terms.merge(term.toString(), expanded ? weight * SYNONYM_WEIGHT : weight, Float::sum);
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Analysing a message failed", e);
    }
  }
}
