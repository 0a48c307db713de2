package org.carecircle.core.safety;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First layer of the detector: undoes the ways people (and people who try to slip past a filter)
 * disguise words: case, accents, look-alike letters from other alphabets, Markdown and spoilers,
 * leetspeak, letters spaced apart, stretched letters, contractions and common misspellings.
 * Stateless and thread-safe.
 */
final class TextNormaliser {

  /** Longest input read; beyond it the tail is ignored so a flood cannot stall the check. */
  static final int MAX_CHARS = 200_000;
  private static final int LONG_MESSAGE = 4_000;
  private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]*(?:[.!?\\n]+|$)");

  private static final Pattern INVISIBLE =
      Pattern.compile("[\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180E"
          + "\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\uFE00-\\uFE0F\\uFEFF\\p{Cc}&&[^\\n\\t]]");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]{0,200})\\]\\([^)]{0,500}\\)");
  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final Pattern PLATFORM_TAG = Pattern.compile("<(?:@[!&]?|#|a?:\\w+:)\\d+>");
  private static final Pattern MARKDOWN = Pattern.compile("\\|\\||[*~`#]+|^\\s*>+", Pattern.MULTILINE);
  private static final Pattern LAUGHTER =
      Pattern.compile("(?<![a-z])(?:lol+|lmf?ao+|rofl|ha(?:ha)+h?|he(?:he)+|jk|just kidding|just joking)"
          + "(?![a-z])|\\x{1F602}|\\x{1F923}|\\x{1F480}|\\x{1F606}|\\x{1F605}|/s(?![a-z])");
  /** Words that take a joke back: "lol no but actually i do", "haha not joking though". */
  private static final Pattern RETRACTED_JOKE =
      Pattern.compile("(?<![a-z])(?:but (?:actually|seriously|for real|really|honestly|truly)|not (?:joking|kidding)"
          + "|no joke|(?:i am |i'm |im )?(?:serious|being serious)|for real though|seriously though)(?![a-z])");
  /** Letters written one by one with spaces or dots between them: "k i l l", "s.u.i.c.i.d.e". */
  private static final Pattern SPACED_LETTERS =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}(?:[\\s.\\-_·•*/+,|]{1,3}\\p{L}(?![\\p{L}\\p{N}])){2,}");
  private static final Pattern LEET_SYMBOL_INSIDE = Pattern.compile("(?<=\\p{L})[!|](?=\\p{L})");
  private static final Pattern AT_BEFORE_LETTER = Pattern.compile("@(?=\\p{L})");
  private static final Pattern DOLLAR_NEXT_TO_LETTER =
      Pattern.compile("\\$(?=\\p{L})|(?<=\\p{L})\\$");
  private static final Pattern DECIMAL_POINT = Pattern.compile("(?<=\\d)[.,](?=\\d)");
  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}']+|\\?+|[.!;:\\n]+|,");
  /** Numbers with units or ordinals are not leetspeak: "38c", "101f", "2nd", "10mg". */
  private static final Pattern NUMBER_WITH_UNIT =
      Pattern.compile("\\d+(?:c|f|st|nd|rd|th|mg|ml|kg|lb|lbs|cm|mm|am|pm|h|hr|hrs|k|x|s|min|mins|yo|yrs?)?");
  private static final Pattern STRETCHED = Pattern.compile("(\\p{L})\\1{2,}");

  private static final Map<Character, Character> HOMOGLYPHS = homoglyphs();
  private static final Map<Character, Character> LEET =
      Map.of('0', 'o', '1', 'i', '3', 'e', '4', 'a', '5', 's', '7', 't');

  /** Whole-token replacements: slang, contractions without apostrophes, frequent misspellings. */
  private static final Map<String, String> TOKEN_FIXES =
      Map.ofEntries(
          Map.entry("dont", "do not"), Map.entry("don't", "do not"), Map.entry("doesnt", "does not"),
          Map.entry("didnt", "did not"), Map.entry("cant", "cannot"), Map.entry("can't", "cannot"),
          Map.entry("cnt", "cannot"), Map.entry("wont", "will not"), Map.entry("won't", "will not"),
          Map.entry("isnt", "is not"), Map.entry("arent", "are not"), Map.entry("wasnt", "was not"),
          Map.entry("werent", "were not"), Map.entry("wouldnt", "would not"),
          Map.entry("couldnt", "could not"), Map.entry("shouldnt", "should not"),
          Map.entry("havent", "have not"), Map.entry("hasnt", "has not"), Map.entry("hadnt", "had not"),
          Map.entry("aint", "am not"), Map.entry("im", "i am"), Map.entry("ive", "i have"),
          Map.entry("idk", "i do not know"), Map.entry("wanna", "want to"),
          Map.entry("wana", "want to"), Map.entry("gonna", "going to"), Map.entry("gunna", "going to"),
          Map.entry("gotta", "got to"), Map.entry("tryna", "trying to"), Map.entry("u", "you"),
          Map.entry("ur", "your"), Map.entry("r", "are"), Map.entry("pls", "please"),
          Map.entry("plz", "please"), Map.entry("rn", "right now"), Map.entry("tmrw", "tomorrow"),
          Map.entry("tmr", "tomorrow"), Map.entry("tomorow", "tomorrow"),
          Map.entry("tommorow", "tomorrow"), Map.entry("tommorrow", "tomorrow"),
          Map.entry("2nite", "tonight"), Map.entry("tonite", "tonight"), Map.entry("bc", "because"),
          Map.entry("cuz", "because"), Map.entry("coz", "because"), Map.entry("cos", "because"),
          Map.entry("anymore", "anymore"), Map.entry("nomore", "no more"),
          Map.entry("myslef", "myself"), Map.entry("mysef", "myself"), Map.entry("myselfe", "myself"),
          Map.entry("meself", "myself"), Map.entry("mself", "myself"), Map.entry("myslf", "myself"),
          Map.entry("kil", "kill"), Map.entry("kll", "kill"), Map.entry("kiil", "kill"),
          Map.entry("sucide", "suicide"), Map.entry("suicde", "suicide"),
          Map.entry("suiside", "suicide"), Map.entry("suicid", "suicide"),
          Map.entry("suacide", "suicide"), Map.entry("sucidal", "suicidal"),
          Map.entry("suicdal", "suicidal"), Map.entry("suicidial", "suicidal"),
          Map.entry("suisidal", "suicidal"), Map.entry("sucicidal", "suicidal"),
          Map.entry("suicidle", "suicidal"), Map.entry("sewerslide", "suicide"),
          Map.entry("unalived", "unalive"), Map.entry("unaliving", "unalive"),
          Map.entry("hopless", "hopeless"), Map.entry("overwelmed", "overwhelmed"),
          Map.entry("overwhelmd", "overwhelmed"), Map.entry("breath", "breathe"),
          Map.entry("breathin", "breathing"), Map.entry("brething", "breathing"),
          Map.entry("temprature", "temperature"), Map.entry("tempreture", "temperature"),
          Map.entry("temperture", "temperature"), Map.entry("feaver", "fever"),
          Map.entry("fevre", "fever"), Map.entry("chemotheraphy", "chemotherapy"),
          Map.entry("keemo", "chemo"), Map.entry("kemo", "chemo"), Map.entry("cheemo", "chemo"),
          Map.entry("feverish", "feverish"), Map.entry("goodby", "goodbye"),
          Map.entry("goodbye", "goodbye"), Map.entry("bye", "bye"), Map.entry("evryone", "everyone"),
          Map.entry("everone", "everyone"), Map.entry("crys", "cries"),
          Map.entry("cryin", "crying"), Map.entry("dyin", "dying"), Map.entry("livin", "living"),
          Map.entry("nothin", "nothing"), Map.entry("somthing", "something"),
          Map.entry("alot", "a lot"), Map.entry("cope", "cope"), Map.entry("copeing", "coping"),
          Map.entry("panicing", "panicking"), Map.entry("panicked", "panicked"),
          Map.entry("unconcious", "unconscious"), Map.entry("conscience", "conscience"),
          Map.entry("bleading", "bleeding"), Map.entry("excruciting", "excruciating"),
          Map.entry("unbearible", "unbearable"), Map.entry("unberable", "unbearable"),
          Map.entry("wth", "with"), Map.entry("w", "with"), Map.entry("b4", "before"),
          Map.entry("ppl", "people"), Map.entry("every1", "everyone"), Map.entry("some1", "someone"),
          Map.entry("no1", "no one"), Map.entry("any1", "anyone"), Map.entry("abt", "about"),
          Map.entry("bout", "about"), Map.entry("ngl", "not going to lie"), Map.entry("tbh", "honestly"),
          Map.entry("imo", "in my opinion"), Map.entry("wiv", "with"), Map.entry("cud", "could"),
          Map.entry("wud", "would"), Map.entry("shud", "should"), Map.entry("thx", "thanks"),
          Map.entry("ty", "thank you"), Map.entry("srsly", "seriously"), Map.entry("prob", "probably"),
          Map.entry("yday", "yesterday"), Map.entry("2day", "today"), Map.entry("2moro", "tomorrow"));

  /** Words a run of spaced letters may be split into ("killmyself" -> "kill myself"). */
  private static final Set<String> SPLIT_VOCABULARY =
      Set.of("i", "a", "am", "me", "my", "myself", "self", "kill", "killing", "die", "dying", "dead",
          "want", "wanna", "to", "end", "it", "all", "life", "going", "gonna", "suicide",
          "suicidal", "unalive", "hurt", "harm", "cut", "cutting", "be", "wish", "was", "not", "live",
          "alive", "do", "dont", "no", "more", "goodbye", "everyone", "take", "own", "just", "help",
          "death", "im", "the", "of", "can", "cant", "anymore", "here", "gone", "need", "kms", "better",
          "off", "without", "would", "keep", "thinking", "about", "wanted");

  /** Known words for stretched letters ("diiiie" -> "die", "killlll" -> "kill"). */
  private static final Set<String> STRETCH_VOCABULARY =
      Set.of("die", "kill", "dead", "help", "please", "so", "no", "sad", "scared", "alone", "myself",
          "suicidal", "done", "tired", "hurt", "pain", "bad", "cry", "crying", "sick", "cold", "hot",
          "too", "good", "sorry", "hate", "fever", "end", "me", "god", "omg", "yes", "ok", "soo");

  /**
   * A flood repeats itself; every distinct sentence is still read once, so nothing new in a long
   * message is skipped while copies cost nothing.
   */
  static String withoutRepeatedSentences(String text) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    StringBuilder out = new StringBuilder();
    Matcher m = SENTENCE.matcher(text);
    while (m.find()) {
      String sentence = m.group();
      if (seen.add(sentence.strip())) {
        out.append(sentence);
      }
    }
    return out.toString();
  }

  /** Normalises one message; never throws, never returns null. */
  NormalisedText normalise(String text) {
    if (text == null || text.isEmpty()) {
      return new NormalisedText("", "", false);
    }
    String s = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    if (s.length() > LONG_MESSAGE) {
      s = withoutRepeatedSentences(s);
    }
    s = INVISIBLE.matcher(s).replaceAll("");
    s = Normalizer.normalize(s, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.toLowerCase(Locale.ROOT);
    s = foldHomoglyphs(s);
    s = LINK.matcher(s).replaceAll("$1");
    s = URL.matcher(s).replaceAll(" ");
    s = PLATFORM_TAG.matcher(s).replaceAll(" ");
    s = MARKDOWN.matcher(s).replaceAll("");
    s = s.replace('_', ' ');
    s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'').replace('\u00B4', '\'');
    String folded = s;
    // a laugh that the writer then takes back does not make the rest light-hearted
    boolean laughing = LAUGHTER.matcher(folded).find() && !RETRACTED_JOKE.matcher(folded).find();
    return new NormalisedText(folded, words(folded), laughing);
  }

  private String words(String folded) {
    String s = joinSpacedLetters(folded);
    s = LEET_SYMBOL_INSIDE.matcher(s).replaceAll(m -> m.group().equals("!") ? "i" : "l");
    s = AT_BEFORE_LETTER.matcher(s).replaceAll("a");
    s = DOLLAR_NEXT_TO_LETTER.matcher(s).replaceAll("s");
    s = DECIMAL_POINT.matcher(s).replaceAll("");
    StringBuilder out = new StringBuilder(s.length());
    Matcher m = TOKEN.matcher(s);
    String last = "";
    while (m.find()) {
      String token = m.group();
      char first = token.charAt(0);
      String emitted;
      if (first == '?') {
        emitted = "?";
      } else if (first == ',') {
        emitted = ",";
      } else if (first == '.' || first == '!' || first == ';' || first == ':' || first == '\n') {
        emitted = ".";
      } else {
        emitted = fixWord(token);
        if (emitted.isEmpty()) {
          continue;
        }
      }
      boolean punctuation = emitted.length() == 1 && ".,?".indexOf(emitted.charAt(0)) >= 0;
      if (punctuation && (last.equals(emitted) || last.isEmpty())) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(emitted);
      last = emitted;
    }
    return out.toString();
  }

  private String fixWord(String raw) {
    String token = raw;
    while (token.startsWith("'")) {
      token = token.substring(1);
    }
    while (token.endsWith("'")) {
      token = token.substring(0, token.length() - 1);
    }
    if (token.isEmpty()) {
      return "";
    }
    String known = TOKEN_FIXES.get(token);
    if (known != null) {
      return known;
    }
    token = decodeLeet(token);
    token = unstretch(token);
    String fixed = TOKEN_FIXES.get(token);
    if (fixed != null) {
      return fixed;
    }
    int apostrophe = token.indexOf('\'');
    if (apostrophe > 0) {
      return expandContraction(token, apostrophe);
    }
    return token;
  }

  private static String expandContraction(String token, int apostrophe) {
    String head = token.substring(0, apostrophe);
    String tail = token.substring(apostrophe + 1);
    switch (tail) {
      case "t":
        if (head.endsWith("n")) {
          String verb = head.substring(0, head.length() - 1);
          if (verb.equals("ca")) {
            return "cannot";
          }
          if (verb.equals("wo")) {
            return "will not";
          }
          if (verb.equals("ai")) {
            return "am not";
          }
          return verb + " not";
        }
        return head + tail;
      case "m":
        return head + " am";
      case "re":
        return head + " are";
      case "ve":
        return head + " have";
      case "ll":
        return head + " will";
      case "d":
        return head + " would";
      case "s":
        if (Set.of("he", "she", "it", "that", "what", "there", "who", "this", "everything",
            "nothing", "life").contains(head)) {
          return head + " is";
        }
        return head;
      default:
        return head + tail;
    }
  }

  private static String decodeLeet(String token) {
    boolean hasLetter = false;
    boolean hasDigit = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isLetter(c)) {
        hasLetter = true;
      } else if (Character.isDigit(c)) {
        hasDigit = true;
      }
    }
    if (!hasLetter || !hasDigit || NUMBER_WITH_UNIT.matcher(token).matches()) {
      return token;
    }
    StringBuilder b = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      Character letter = LEET.get(c);
      b.append(letter == null ? c : letter);
    }
    return b.toString();
  }

  private static String unstretch(String token) {
    if (!STRETCHED.matcher(token).find()) {
      return token;
    }
    String doubled = STRETCHED.matcher(token).replaceAll("$1$1");
    if (STRETCH_VOCABULARY.contains(doubled) || TOKEN_FIXES.containsKey(doubled)) {
      return doubled;
    }
    String single = STRETCHED.matcher(token).replaceAll("$1");
    if (STRETCH_VOCABULARY.contains(single) || TOKEN_FIXES.containsKey(single)) {
      return single;
    }
    return doubled;
  }

  private static String joinSpacedLetters(String s) {
    Matcher m = SPACED_LETTERS.matcher(s);
    if (!m.find()) {
      return s;
    }
    m.reset();
    return m.replaceAll(
        r -> {
          StringBuilder letters = new StringBuilder();
          String run = r.group();
          for (int i = 0; i < run.length(); i++) {
            if (Character.isLetter(run.charAt(i))) {
              letters.append(run.charAt(i));
            }
          }
          return Matcher.quoteReplacement(" " + splitIntoWords(letters.toString()) + " ");
        });
  }

  /** Splits a run of letters into known words when it can be split completely; else keeps it. */
  static String splitIntoWords(String run) {
    if (run.length() > 80) {
      return run;
    }
    int n = run.length();
    int[] previous = new int[n + 1];
    java.util.Arrays.fill(previous, -1);
    previous[0] = 0;
    for (int end = 1; end <= n; end++) {
      // prefer the longest last word so "myself" wins over "my" + "self"
      for (int start = 0; start < end; start++) {
        if (previous[start] >= 0 && SPLIT_VOCABULARY.contains(run.substring(start, end))) {
          previous[end] = start;
          break;
        }
      }
    }
    if (previous[n] < 0) {
      return run;
    }
    List<String> parts = new ArrayList<>();
    int end = n;
    while (end > 0) {
      int start = previous[end];
      parts.add(0, run.substring(start, end));
      end = start;
    }
    return String.join(" ", parts);
  }

  private static String foldHomoglyphs(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      Character latin = c < 0x80 ? null : HOMOGLYPHS.get(c);
      if (latin != null) {
        if (b == null) {
          b = new StringBuilder(s);
        }
        b.setCharAt(i, latin);
      }
    }
    return b == null ? s : b.toString();
  }

  private static Map<Character, Character> homoglyphs() {
    // Cyrillic and Greek letters that look like Latin ones, lower case (input is lower-cased first)
    String[] pairs = {
      "аa", "еe", "оo", "рp", "сc", "уy", "хx", "іi", "јj", "ѕs", "кk", "мm", "тt", "нh", "вb",
      "ԁd", "ӏl", "ɡg", "ԛq", "ԝw", "ъb", "ьb", "ёe", "їi", "αa", "οo", "εe", "ρp", "τt", "υu",
      "χx", "ιi", "κk", "νv", "βb", "γy", "δd", "ηn", "μu", "ωw", "ѵv", "ℓl", "ı" + "i"
    };
    java.util.HashMap<Character, Character> map = new java.util.HashMap<>();
    for (String pair : pairs) {
      map.put(pair.charAt(0), pair.charAt(1));
    }
    return Map.copyOf(map);
  }
}
