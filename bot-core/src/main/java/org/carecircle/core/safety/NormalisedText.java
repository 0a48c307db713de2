package org.carecircle.core.safety;

/**
 * A message in the two forms the detector reads.
 *
 * @param folded case-folded, Unicode-folded text without Markdown; digits and punctuation kept, so
 *     temperatures can still be read
 * @param words one space-separated token stream: leetspeak decoded, spacing tricks joined,
 *     contractions expanded and common misspellings fixed; punctuation kept as its own tokens
 *     ({@code .} {@code ,} {@code ?}) so that context cues can see clause boundaries
 * @param laughing true when the message laughs (lol, haha, a crying-laughing emoji), a cue for
 *     hyperbole
 */
record NormalisedText(String folded, String words, boolean laughing) {

  /** The word stream padded with one space on each side, so patterns can anchor on spaces. */
  String paddedWords() {
    return " " + words + " ";
  }
}
