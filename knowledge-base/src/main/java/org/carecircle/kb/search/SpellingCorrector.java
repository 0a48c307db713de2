package org.carecircle.kb.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects misspelt words of a message to words of the knowledge base ("chemo hiar loss" becomes
 * "chemo hair loss") before lexical search. Symmetric-delete lookup (as in SymSpell): every word of
 * the vocabulary is stored under its one- and two-letter deletions, so a lookup costs a few hash
 * probes instead of a scan. Immutable and thread-safe.
 */
final class SpellingCorrector {
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}']*");
  private static final int MIN_LENGTH = 4;
  private static final int LONG_WORD = 8;

  private final Map<String, Integer> frequency;
  private final Map<String, List<String>> byDeletion = new HashMap<>();

  SpellingCorrector(List<String> texts, Set<String> extraWords) {
    Map<String, Integer> counts = new HashMap<>();
    for (String text : texts) {
      Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
      while (m.find()) {
        counts.merge(m.group(), 1, Integer::sum);
      }
    }
    extraWords.forEach(w -> counts.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum));
    this.frequency = Map.copyOf(counts);
    for (String word : frequency.keySet()) {
      if (word.length() >= MIN_LENGTH - 1) {
        for (String deletion : deletions(word, maxEdits(word.length() + 1))) {
          byDeletion.computeIfAbsent(deletion, k -> new ArrayList<>(2)).add(word);
        }
      }
    }
  }

  /** The text with each unknown word replaced by its closest vocabulary word, if one is close. */
  String correct(String text) {
    Matcher m = WORD.matcher(text);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      String fixed = correctWord(word);
      if (fixed != null) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8);
        }
        out.append(text, last, m.start()).append(fixed);
        last = m.end();
      }
    }
    if (out == null) {
      return text;
    }
    return out.append(text, last, text.length()).toString();
  }

  /** The correction of one lower-case word, or null when it is known, too short or has no match. */
  String correctWord(String word) {
    if (word.length() < MIN_LENGTH
        || frequency.containsKey(word)
        || FaqAnalyzer.STOP_WORDS.contains(word)) {
      return null;
    }
    int maxEdits = maxEdits(word.length());
    Set<String> seen = new HashSet<>();
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int bestFrequency = 0;
    List<String> keys = new ArrayList<>(deletions(word, maxEdits));
    keys.add(word);
    for (String key : keys) {
      for (String candidate : byDeletion.getOrDefault(key, List.of())) {
        if (!seen.add(candidate)) {
          continue;
        }
        int distance = distance(word, candidate, maxEdits);
        if (distance > maxEdits || (distance > 1 && candidate.charAt(0) != word.charAt(0))) {
          continue;
        }
        int freq = frequency.get(candidate);
        if (distance < bestDistance || (distance == bestDistance && freq > bestFrequency)) {
          best = candidate;
          bestDistance = distance;
          bestFrequency = freq;
        }
      }
      // A vocabulary word that is itself a deletion of the typed word ("hairr" -> "hair").
      if (!key.equals(word) && frequency.containsKey(key) && seen.add(key)) {
        int distance = word.length() - key.length();
        int freq = frequency.get(key);
        if (key.length() >= MIN_LENGTH - 1
            && (distance < bestDistance || (distance == bestDistance && freq > bestFrequency))) {
          best = key;
          bestDistance = distance;
          bestFrequency = freq;
        }
      }
    }
    return best;
  }

  private static int maxEdits(int length) {
    return length >= LONG_WORD ? 2 : 1;
  }

  private static Set<String> deletions(String word, int edits) {
    Set<String> result = new HashSet<>();
    List<String> frontier = List.of(word);
    for (int e = 0; e < edits; e++) {
      List<String> next = new ArrayList<>();
      for (String w : frontier) {
        for (int i = 0; i < w.length(); i++) {
          String deleted = w.substring(0, i) + w.substring(i + 1);
          if (result.add(deleted)) {
            next.add(deleted);
          }
        }
      }
      frontier = next;
    }
    return result;
  }

  /** Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped. */
  static int distance(String a, String b, int cap) {
    if (Math.abs(a.length() - b.length()) > cap) {
      return cap + 1;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
