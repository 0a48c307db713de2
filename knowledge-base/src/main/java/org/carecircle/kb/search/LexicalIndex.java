package org.carecircle.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.carecircle.kb.FaqEntry;

/**
 * BM25 over the faq entries' question, variants, tags and answer, in memory. A message's words are
 * searched in every field, with field boosts that favour the question and its variants, and lay
 * terms expanded. Thread-safe: the searcher is shared, nothing is written after construction.
 */
final class LexicalIndex {
  private static final String ORDINAL = "ordinal";
  private static final String[] FIELDS = {"question", "variants", "tags", "answer"};

  private final float[] boosts;
  private final IndexSearcher searcher;
  private final QueryBuilder queries = new QueryBuilder(FaqAnalyzer.forQuery());
  private final int[] ordinalOfDoc;

  LexicalIndex(List<FaqEntry> entries, float questionBoost, float variantBoost, float tagBoost) {
    this.boosts = new float[] {questionBoost, variantBoost, tagBoost, 1f};
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
      this.ordinalOfDoc = new int[reader.maxDoc()];
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        ordinalOfDoc[doc] =
            searcher.storedFields().document(doc).getField(ORDINAL).numericValue().intValue();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot build the in-memory faq index", e);
    }
  }

  /**
   * BM25 scores by entry ordinal (0 where nothing matched) for the message, with {@code focus} (the
   * sentence that asks, in a long message) searched again with weight {@code focusWeight}.
   */
  float[] scores(String text, String focus, float focusWeight) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int clauses = addFields(all, text, 1f);
    if (focus != null && focusWeight > 0f) {
      clauses += addFields(all, focus, focusWeight);
    }
    float[] scores = new float[ordinalOfDoc.length];
    if (clauses == 0) {
      return scores;
    }
    try {
      TopDocs top = searcher.search(all.build(), Math.max(1, ordinalOfDoc.length));
      for (ScoreDoc hit : top.scoreDocs) {
        scores[ordinalOfDoc[hit.doc]] = hit.score;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("In-memory faq search failed", e);
    }
    return scores;
  }

  private int addFields(BooleanQuery.Builder all, String text, float weight) {
    int added = 0;
    for (int f = 0; f < FIELDS.length; f++) {
      Query query = queries.createBooleanQuery(FIELDS[f], text, BooleanClause.Occur.SHOULD);
      if (query != null) {
        all.add(new BoostQuery(query, boosts[f] * weight), BooleanClause.Occur.SHOULD);
        added++;
      }
    }
    return added;
  }
}
