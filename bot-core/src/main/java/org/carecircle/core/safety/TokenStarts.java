package org.carecircle.core.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the tokens of a word stream start. Rules are tried only there, which keeps a long message
 * cheap: a pattern is attempted once per word instead of once per character.
 */
final class TokenStarts {
  private final String words;
  private final int[] starts;

  TokenStarts(String words) {
    this.words = words;
    int count = 0;
    int[] found = new int[Math.max(1, words.length() / 2 + 1)];
    for (int i = 0; i < words.length(); i++) {
      if ((i == 0 || words.charAt(i - 1) == ' ') && words.charAt(i) != ' ') {
        found[count++] = i;
      }
    }
    this.starts = java.util.Arrays.copyOf(found, count);
  }

  /** Every match of the pattern that starts at a token, up to {@code limit}; [start, end] pairs. */
  List<int[]> matches(Pattern pattern, int limit) {
    List<int[]> result = new ArrayList<>();
    Matcher m = pattern.matcher(words);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    int lastEnd = -1;
    for (int start : starts) {
      if (start < lastEnd) {
        continue;
      }
      m.region(start, words.length());
      if (m.lookingAt()) {
        result.add(new int[] {start, m.end()});
        lastEnd = m.end();
        if (result.size() >= limit) {
          break;
        }
      }
    }
    return result;
  }
}
