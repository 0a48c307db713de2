package org.carecircle.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * English analysis for faq text: lower case, possessives and stop words removed, Porter stems. The
 * query side also expands {@link LayTerms} (a graph, so multi-word terms work). Thread-safe.
 */
final class FaqAnalyzer extends Analyzer {
  /**
   * Lucene's English stop words plus the function words of questions ("how do I ..."), which say
   * nothing about which entry is meant.
   */
  static final CharArraySet STOP_WORDS = stopWords();

  private final SynonymMap synonyms;

  private FaqAnalyzer(SynonymMap synonyms) {
    this.synonyms = synonyms;
  }

  /** For indexing the knowledge base: no expansion, so term statistics stay honest. */
  static FaqAnalyzer forIndex() {
    return new FaqAnalyzer(null);
  }

  /** For messages: lay terms expanded to their equivalents. */
  static FaqAnalyzer forQuery() {
    return new FaqAnalyzer(layTermSynonyms());
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = new EnglishPossessiveFilter(source);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    if (synonyms != null) {
      stream = new SynonymGraphFilter(stream, synonyms, true);
    }
    stream = new StopFilter(stream, STOP_WORDS);
    stream = new PorterStemFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  private static SynonymMap layTermSynonyms() {
    try {
      SynonymMap.Builder builder = new SynonymMap.Builder(true);
      for (List<String> group : LayTerms.GROUPS) {
        for (String from : group) {
          for (String to : group) {
            if (!from.equals(to)) {
              builder.add(phrase(from), phrase(to), true);
            }
          }
        }
      }
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CharsRef phrase(String words) {
    return SynonymMap.Builder.join(words.split(" "), new CharsRefBuilder());
  }

  private static CharArraySet stopWords() {
    CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    set.addAll(
        List.of(
            "i", "im", "i'm", "me", "my", "mine", "myself", "you", "your", "we", "our", "us", "he",
            "she", "him", "her", "his", "hers", "they", "them", "their", "its", "what", "whats",
            "how", "why", "when", "where", "which", "who", "whom", "do", "does", "did", "doing",
            "done", "can", "could", "should", "would", "will", "shall", "may", "might", "must", "am",
            "been", "being", "has", "have", "had", "having", "get", "got", "getting", "so", "just",
            "about", "any", "anyone", "anything", "some", "someone", "something", "really", "very",
            "from", "up", "out", "all", "also", "than", "too", "more", "much", "like", "im", "ive",
            "dont", "know", "want", "need", "anybody", "everyone", "hi", "hello", "hey", "thanks",
            "please", "ok", "okay", "yeah", "u", "ur", "pls", "plz", "it's", "i've", "don't", "is",
            "are", "was", "were", "be", "there", "here", "these", "those", "this", "that", "one",
            "now", "still", "ever", "because", "cos", "if", "then", "only", "own", "same", "other",
            "again", "while", "over", "into", "onto", "off", "down",
            "going", "go", "gonna", "wanna", "lot", "lots", "thing", "things", "way", "bit", "kind",
            "sort", "tell", "say", "said", "mean", "means", "normal", "ok?", "anyway", "guys",
            "everybody"));
    return CharArraySet.unmodifiableSet(set);
  }
}
