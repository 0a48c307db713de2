package org.carecircle.core.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the words around a matched phrase: is it negated, hypothetical, in the past, a question
 * for information, and whose danger is it. Works on the normalised word stream; stateless.
 */
final class ContextCues {

  private static final int WINDOW_CHARS = 160;

  private static final Set<String> NEGATORS =
      Set.of("not", "never", "no", "nor", "without", "hardly", "none", "zero", "nothing", "denies",
          "deny", "wouldnt", "nope", "neither");
  /** Words that may stand between a negator and the phrase it negates. */
  private static final Set<String> FILLERS =
      Set.of("i", "am", "is", "are", "was", "really", "ever", "even", "actually", "going", "to",
          "want", "wanting", "thinking", "about", "of", "planning", "feel", "feeling", "like", "be",
          "being", "have", "having", "any", "the", "that", "would", "will", "do", "does", "did",
          "could", "should", "try", "trying", "intend", "intending", "plan", "mean", "saying", "say",
          "it", "a", "an", "had", "thoughts", "thought", "urge", "urges", "desire", "intention",
          "plans", "with", "at", "all", "my", "signs", "sign", "longer", "more", "been", "sure",
          "seriously", "currently", "experiencing", "getting", "got", "get", "real",
          "remotely", "in", "danger", "and", "or", "has", "he", "she", "they", "just", "anymore",
          "one", "bit", "slightest", "kind", "sort", "so", "too", "very");
  private static final Set<String> HYPOTHETICAL_MARKERS =
      Set.of("if", "whether", "suppose", "supposing", "hypothetically", "case", "unless", "when",
          "whenever", "incase", "imagine");
  private static final Set<String> THIRD_PERSON =
      Set.of("he", "she", "they", "him", "her", "them", "his", "their", "hers", "theirs", "someone",
          "somebody", "anyone", "anybody", "friend", "friends", "member", "members", "person",
          "people", "himself", "herself", "themselves");
  private static final Set<String> RELATIONS =
      Set.of("sister", "brother", "mum", "mom", "mother", "dad", "father", "husband", "wife",
          "partner", "son", "daughter", "friend", "bf", "gf", "boyfriend", "girlfriend", "uncle",
          "aunt", "auntie", "grandma", "grandmother", "grandad", "granddad", "grandpa", "grandfather",
          "nan", "nana", "cousin", "niece", "nephew", "kid", "child", "teen", "teenager", "colleague",
          "neighbour", "neighbor", "mate", "bestie", "fiance", "fiancee", "stepdad", "stepmum",
          "stepmom", "sis", "bro", "mummy", "mommy", "daddy", "papa", "mama", "patient", "roommate",
          "flatmate", "buddy", "pal", "classmate", "he", "she", "spouse", "parent", "parents", "sibling",
          "grandson", "granddaughter", "inlaw", "mil", "fil", "carer", "caregiver", "client");
  private static final Set<String> FIRST_PERSON = Set.of("i", "me", "myself", "im", "my", "mine");
  private static final Set<String> REPORTING =
      Set.of("says", "said", "saying", "told", "tells", "texted", "texting", "messaged", "posted",
          "mentioned", "keeps", "keep", "talking", "talked", "talks", "admitted", "confessed", "wrote",
          "writes", "threatened", "threatening", "threatens", "screamed", "yelled", "cried", "sobbed",
          "sent", "whispered", "announced", "confided", "claims", "claimed", "insists", "insisted");
  private static final Set<String> QUESTION_STARTS =
      Set.of("what", "how", "who", "when", "where", "why", "which", "should", "can", "could", "is",
          "are", "do", "does", "would", "will", "any", "anyone", "has", "have", "did");
  private static final Set<String> PAST_FORMS =
      Set.of("was", "were", "had", "used", "wanted", "felt", "thought", "tried", "attempted", "took",
          "ended", "killed", "considered", "planned", "fainted", "collapsed", "passed", "blacked",
          "bled", "vomited", "went", "became", "did", "once", "harmed", "hurt", "cut", "died",
          "struggled", "survived", "got", "experienced", "suffered", "spent", "remember",
          "remembered");

  private static final Pattern DISTANCE =
      Pattern.compile("(?<![a-z])(?:(?:years?|months?|decades?|\\d+ weeks|many weeks|weeks) ago|used to|back (?:then|when|in)|at the time|in (?:19|20)\\d\\d"
          + "|last (?:year|summer|winter|spring|autumn|fall|time|cycle|round|month|course|decade)"
          + "|years? (?:back|before|earlier)|when i was (?:first |initially |originally )?"
          + "(?:diagnosed|younger|a teen|a teenager|a kid|a child|little|in|on|having|going)"
          + "|as a (?:teen|teenager|kid|child)|in my (?:teens|twenties|20s|thirties|30s)"
          + "|(?:all|totally|completely|much|so much) (?:fine|ok|okay|good|better) now"
          + "|(?:doing|feel|feeling|am) (?:much |so |a lot |way )?better now|now i am (?:fine|ok|okay"
          + "|good|doing|better|in remission|well|stable|happy|thriving)|in remission|previously"
          + "|before my diagnosis|during my (?:first|previous|last) (?:round|treatment|course|cycle"
          + "|diagnosis)|first time round|years later|looking back|(?:this|that) time last year"
          + "|(?:19|20)\\d\\d|my first (?:cancer|diagnosis|round)|i remember|remember when"
          + "|(?:good|better|much better|great) place now|(?:ok|okay|fine|well|good) now"
          + "|it gets (?:easier|better)|with therapy|got through it|came through it)(?![a-z])");
  private static final Pattern RECENT =
      Pattern.compile("(?<![a-z])(?:again|still|tonight|right now|today|this (?:morning|afternoon"
          + "|evening|week)|last night|yesterday|just now|currently|at the moment|lately|recently"
          + "|these days|every day|since|for (?:hours|days)|keep|keeps|this time|2 am|3 am"
          + "|tomorrow)(?![a-z])");
  private static final Pattern INFO_FRAME =
      Pattern.compile("(?<![a-z])(?:what should|what do|who do|who should|how do|how can|what can"
          + "|is it normal|any advice|any tips|what are|what counts|how would|how will|when should"
          + "|when do|what happens|is that a sign|signs of|symptoms of|how to|what to do|should i"
          + "|who to call|what would|asked if|ask if|asks if|asking if|asked whether|asked me if"
          + "|ask me if|asked me whether)(?![a-z])");
  private static final Pattern PRESENT_STATE =
      Pattern.compile("(?<![a-z])(?:i am|i have|i feel|i got|i have got|i keep|i just|i cannot"
          + "|i can not|my|me|he is|she is|he has|she has|they are|they have|his|her|their|right now"
          + "|currently|today|tonight|this morning|since|at the moment|just now|started|woke up"
          + "|been)(?![a-z])");

  /** The tokens before a match, nearest first, up to the last sentence end. */
  List<String> before(String words, int start, int limit) {
    int from = Math.max(0, start - WINDOW_CHARS);
    String[] tokens = words.substring(from, start).trim().split(" ");
    List<String> result = new ArrayList<>();
    int first = from > 0 ? 1 : 0;
    for (int i = tokens.length - 1; i >= first && result.size() < limit; i--) {
      String t = tokens[i];
      if (t.equals(".") || t.equals("?")) {
        break;
      }
      if (!t.isEmpty()) {
        result.add(t);
      }
    }
    return result;
  }

  /** The sentence around a match: from the previous sentence end to the next one. */
  String sentence(String words, int start, int end) {
    int from = Math.max(0, start - WINDOW_CHARS);
    int lo = from;
    for (int i = start - 1; i >= from; i--) {
      char c = words.charAt(i);
      if ((c == '.' || c == '?') && (i == 0 || words.charAt(i - 1) == ' ')
          && (i + 1 == words.length() || words.charAt(i + 1) == ' ')) {
        lo = i + 1;
        break;
      }
    }
    int to = Math.min(words.length(), end + WINDOW_CHARS);
    int hi = to;
    for (int i = end; i < to; i++) {
      char c = words.charAt(i);
      if ((c == '.' || c == '?') && words.charAt(i - 1) == ' '
          && (i + 1 == words.length() || words.charAt(i + 1) == ' ')) {
        hi = c == '?' ? i + 1 : i;
        break;
      }
    }
    return words.substring(lo, Math.max(hi, end));
  }

  /** A negator ("not", "never", "no") attached to the phrase through filler words only. */
  boolean negated(List<String> before) {
    int steps = 0;
    for (String t : before) {
      if (t.equals(",") || steps++ > 6) {
        return false;
      }
      if (NEGATORS.contains(t)) {
        return true;
      }
      if (!FILLERS.contains(t)) {
        return false;
      }
    }
    return false;
  }

  /** The phrase sits in an if-clause or a supposition earlier in its sentence. */
  boolean hypothetical(List<String> before) {
    for (int i = 0; i < Math.min(before.size(), 12); i++) {
      String t = before.get(i);
      if (HYPOTHETICAL_MARKERS.contains(t)) {
        String previous = i + 1 < before.size() ? before.get(i + 1) : "";
        if (t.equals("if") && (previous.equals("as") || previous.equals("even"))) {
          return false;
        }
        if (t.equals("case") && !previous.equals("in")) {
          continue;
        }
        if (t.equals("when") && !isQuestionLike(String.join(" ", reversed(before)))) {
          continue;
        }
        return true;
      }
    }
    return false;
  }

  /** A question or a request for information ("what should I do", "any advice"). */
  boolean isQuestionLike(String sentence) {
    String s = sentence.trim();
    if (s.endsWith("?") || s.contains(" ? ")) {
      return true;
    }
    int space = s.indexOf(' ');
    String first = space < 0 ? s : s.substring(0, space);
    return QUESTION_STARTS.contains(first) || INFO_FRAME.matcher(s).find();
  }

  /** A question about a symptom in general, with nothing saying it is happening to anyone now. */
  boolean informationQuestion(String sentence) {
    return isQuestionLike(sentence) && !PRESENT_STATE.matcher(sentence).find();
  }

  /** Whose danger: the nearest person word before the phrase, or the phrase's own pronoun. */
  Subject subject(List<String> before, String matched) {
    for (String t : matched.split(" ")) {
      if (t.equals("himself") || t.equals("herself") || t.equals("themselves") || t.equals("his")
          || t.equals("her") || t.equals("their") || t.equals("wants") || t.equals("needs")) {
        return Subject.SOMEONE_ELSE;
      }
      if (t.equals("myself") || t.equals("my") || t.equals("me") || t.equals("i")) {
        return Subject.WRITER;
      }
    }
    for (int i = 0; i < Math.min(before.size(), 14); i++) {
      String t = before.get(i);
      if (FIRST_PERSON.contains(t) && !t.equals("my")) {
        return Subject.WRITER;
      }
      if (THIRD_PERSON.contains(t) || RELATIONS.contains(t) || t.endsWith("s") && i == 0
          && RELATIONS.contains(t.substring(0, t.length() - 1))) {
        return Subject.SOMEONE_ELSE;
      }
      if (t.equals("my")) {
        return Subject.WRITER;
      }
    }
    return Subject.WRITER;
  }

  /** Someone's words are being reported ("she said she wanted to die"): not a past event. */
  boolean reported(List<String> before) {
    for (int i = 0; i < Math.min(before.size(), 10); i++) {
      if (REPORTING.contains(before.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** The phrase or the words just before it are in a past form. */
  boolean pastForm(List<String> before, String matched) {
    String[] tokens = matched.split(" ");
    for (int i = 0; i < tokens.length; i++) {
      // "if i was gone" and "if i were dead" are wishes about now, not memories
      boolean counterfactual = (tokens[i].equals("was") || tokens[i].equals("were")) && i >= 2
          && tokens[i - 2].equals("if");
      if (PAST_FORMS.contains(tokens[i]) && !counterfactual) {
        return true;
      }
    }
    for (int i = 0; i < Math.min(before.size(), 4); i++) {
      if (PAST_FORMS.contains(before.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** The message places events at a distance ("two years ago", "all fine now"). */
  boolean distanced(String text) {
    return DISTANCE.matcher(text).find();
  }

  /** The message says it is happening now or again ("tonight", "again", "still"). */
  boolean recent(String text) {
    return RECENT.matcher(text).find();
  }

  private static List<String> reversed(List<String> before) {
    String[] copy = before.toArray(new String[0]);
    List<String> list = Arrays.asList(copy);
    java.util.Collections.reverse(list);
    return list;
  }
}
