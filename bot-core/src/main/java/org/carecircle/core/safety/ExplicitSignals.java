package org.carecircle.core.safety;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Second layer: explicit phrases and temperature readings, each weighed against its context
 * (negation, hypotheticals, the past, idioms and jokes, questions asked for information, whose
 * danger it is). Stateless and thread-safe.
 */
final class ExplicitSignals {

  /** Enough matches of one rule to decide; a flood of repeats adds nothing. */
  private static final int MAX_MATCHES_PER_RULE = 8;
  private static final int MAX_QUOTE = 60;

  private static final Pattern TREATMENT =
      Pattern.compile("(?<![a-z])(?:chemo\\w*|infusions?|immuno\\w*|treatments?|cycles?|rounds?"
          + "|nadir|neutropeni\\w*|neutrophils?|white (?:blood )?(?:cells?|counts?)|counts?|low count|picc|post chemo|mets|metastatic|port"
          + "|radiotherapy|radiation|rads|transplant|stem cells?|day \\d+|taxol|taxotere|docetaxel"
          + "|bmt|sct|car t|cart|car-t|hickman|line site|portacath|port a cath|platelets|post op"
          + "|paclitaxel|carboplatin|cisplatin|folfox|folfiri\\w*|herceptin|keytruda|capecitabine"
          + "|xeloda|oncolog\\w*|onc|leuka?emia|lymphoma|myeloma|tumou?rs?|cancer|session|dose"
          + "|targeted therapy|ac|ec|fec|abvd|r chop|hospital|ward|oncologist|chemotherapy|tamoxifen"
          + "|letrozole|zoladex|steroids?|dex|dexamethasone|neulasta|filgrastim|injections?|jabs?)"
          + "(?![a-z])");
  private static final Pattern PANIC =
      Pattern.compile("(?<![a-z])(?:panic\\w*|anxiety attack|anxious|anxiety|scanxiety|terrified"
          + "|petrified|scared|frightened|afraid|fear|nervous|dread\\w*)(?![a-z])");
  private static final Pattern FEVER_COMPANION =
      Pattern.compile("(?<![a-z])(?:shiver\\w*|shak\\w*|chills?|rigou?rs|unwell|awful|terrible"
          + "|poorly|achy|aching|sweat\\w*|clammy|flushed|hot|burning up|feverish|fever)(?![a-z])");
  private static final Pattern ACCIDENT =
      Pattern.compile("(?<![a-z])(?:accident\\w*|fell|fall|falling|slipped|gym|cooking|shaving|kitchen"
          + "|lifting|gardening|tripped|knife while|chopping|by mistake|workout|exercise|run"
          + "|running|walk|stairs|moving|carrying)(?![a-z])");
  private static final Pattern FACTUAL_TOPIC =
      Pattern.compile("(?<![a-z])(?:side effects?|leaflet|warnings?|risk|rates?|prevention|awareness"
          + "|documentary|film|movie|book|article|study|research|podcast|statistics?|novel|episode"
          + "|show|series|character|training|course|campaign|charity|fundraiser)(?![a-z])");
  private static final Pattern WEATHER =
      Pattern.compile("(?<![a-z])(?:weather|outside|heatwave|heat wave|forecast|sunny|the sun"
          + "|room|oven|bath|shower|summer|degrees out|hot day|car(?![- ]?t(?![a-z]))|pool|sea|water|fridge|freezer"
          + "|thermostat|heating|aircon|air con|bake|baking|celsius outside|climate)(?![a-z])");
  private static final Pattern TEMPERATURE_NEGATED =
      Pattern.compile("(?:below|under|less than|lower than|not above|not over|not|no|never|normal"
          + "|max|at most|<|≤|down to|back to|dropped to|came down to|settled at|settled to"
          + "|only|just under)\\s*(?:a |an |of |is |was |at |to )?(?:temp\\w* (?:of )?)?$");
  private static final Pattern TEMPERATURE_THRESHOLD_BEFORE =
      Pattern.compile("(?:above|over|more than|higher than|greater than|exceeds?|exceeding|>|≥"
          + "|>=|hits?|reach\\w*|goes|gets to|of|is|at)\\s*(?:a |an |the )?$");
  private static final Pattern TEMPERATURE_THRESHOLD_AFTER =
      Pattern.compile("^\\s*(?:°\\s*[cf]|[cf]|degrees?)?\\s*(?:or (?:above|higher|more|over|greater)"
          + "|\\+|and (?:above|over|up)|threshold|cut ?off|is (?:a|the) (?:fever|cut)|counts?"
          + "|is the (?:number|line|limit|temp\\w*) (?:to|they|we|you|for)|to watch for"
          + "|is considered|a fever\\s*\\?|considered)");
  private static final Pattern TEMPERATURE_HYPOTHETICAL =
      Pattern.compile("(?<![a-z])(?:if|whether|in case|what if|suppose|supposing|should it|when it"
          + "|once it|unless|what temp\\w*|what counts|counts as|at what)(?![a-z])");
  private static final Pattern AGAIN = Pattern.compile("(?<![a-z])(?:again|still)(?![a-z])");
  /** Events of the last hours: someone else's act then is a danger now, not a memory. */
  private static final Pattern JUST_HAPPENED =
      Pattern.compile("(?<![a-z])(?:last night|tonight|today|yesterday|this (?:morning|afternoon"
          + "|evening)|just now|right now|an hour ago|again|earlier)(?![a-z])");
  private static final Pattern SPEAKER_STATE =
      Pattern.compile("(?<![a-z])(?:i am|i feel|i have been|me)(?![a-z])");
  private static final Pattern PERSON =
      Pattern.compile("(?<![a-z])(?:my|i|i'm|he|she|his|her)(?![a-z])");
  private static final Pattern RELIEF =
      Pattern.compile("^(?:(?:is|has|have|had|was) )?(?:now )?(?:free|gone|went away|settled|resolved"
          + "|broken|broke|eased|easing|stopped|cleared|come down|came down|is down|back to normal"
          + "|normal now|better now|under control|controlled|passed)(?![a-z])");
  private static final Pattern FICTION =
      Pattern.compile("(?<![a-z])(?:book|film|movie|character|villain|hero|show|series|episode|novel"
          + "|documentary|story|game|song|play|musical|soap|drama|plot|ending|author|actor|actress)"
          + "(?![a-z])");

  private final ExplicitRules rules;
  private final ContextCues cues;

  ExplicitSignals(ExplicitRules rules, ContextCues cues) {
    this.rules = rules;
    this.cues = cues;
  }

  /** What the explicit layer found, and the levels whose phrases context explained away. */
  record Findings(List<Signal> signals, Set<SafetyLevel> explainedAway, boolean feverReading) {}

  Findings find(NormalisedText text) {
    String words = text.words();
    List<Signal> signals = new ArrayList<>();
    EnumSet<SafetyLevel> explained = EnumSet.noneOf(SafetyLevel.class);
    if (words.isEmpty()) {
      return new Findings(signals, explained, false);
    }
    TokenStarts tokens = new TokenStarts(words);
    List<int[]> idioms = tokens.matches(rules.idioms(), 500);
    if (!idioms.isEmpty()) {
      // "dying to know", "killing me": death words used lightly mislead similarity as well
      explained.add(SafetyLevel.CRISIS);
      explained.add(SafetyLevel.DISTRESS);
    }
    boolean treatment = TREATMENT.matcher(words).find();
    boolean panic = PANIC.matcher(words).find();
    boolean distanced = cues.distanced(words);
    boolean again = AGAIN.matcher(words).find();
    for (SignalRule rule : rules.all()) {
      for (int[] match : tokens.matches(rule.pattern(), MAX_MATCHES_PER_RULE)) {
        Outcome outcome =
            weigh(rule, text, words, match[0], match[1], idioms, treatment, panic, distanced, again);
        if (outcome.signal != null) {
          signals.add(outcome.signal);
        } else if (outcome.explained) {
          explained.add(rule.level());
        }
      }
    }
    boolean fever = temperatures(text, words, treatment, distanced, signals, explained);
    return new Findings(List.copyOf(signals), explained, fever);
  }

  /**
   * Whether {@link #find} would read a temperature as someone's fever now, without weighing every
   * phrase rule: the temperature reading depends only on the treatment and distance cues.
   */
  boolean readsFever(NormalisedText text) {
    String words = text.words();
    return !words.isEmpty()
        && temperatures(text, words, TREATMENT.matcher(words).find(), cues.distanced(words),
            new ArrayList<>(), EnumSet.noneOf(SafetyLevel.class));
  }

  private record Outcome(Signal signal, boolean explained) {
    static final Outcome NOTHING = new Outcome(null, false);
    static final Outcome EXPLAINED = new Outcome(null, true);
  }

  private Outcome weigh(
      SignalRule rule,
      NormalisedText text,
      String words,
      int start,
      int end,
      List<int[]> idioms,
      boolean treatment,
      boolean panic,
      boolean distanced,
      boolean again) {
    String matched = words.substring(start, end);
    SafetyLevel level = rule.level();
    if (level != SafetyLevel.MEDICAL && overlaps(idioms, start, end)) {
      return Outcome.EXPLAINED;
    }
    if (rule.hyperboleProne() && text.laughing()) {
      return Outcome.EXPLAINED;
    }
    List<String> before = cues.before(words, start, 16);
    if (cues.negated(before)) {
      return Outcome.EXPLAINED;
    }
    String sentence = cues.sentence(words, start, end);
    boolean question = cues.isQuestionLike(sentence);
    if (cues.hypothetical(before) && (level == SafetyLevel.MEDICAL || question)) {
      return Outcome.EXPLAINED;
    }
    if (level == SafetyLevel.DISTRESS && cues.informationQuestion(sentence)
        && !SPEAKER_STATE.matcher(sentence).find()) {
      return Outcome.EXPLAINED; // "how do you tell a panic attack from a heart problem?"
    }
    if (level == SafetyLevel.MEDICAL) {
      if (cues.informationQuestion(sentence) || relievedAfter(words, end)) {
        return Outcome.EXPLAINED;
      }
      if (rule.needsTreatmentContext() && !treatment) {
        return Outcome.NOTHING;
      }
      if (rule.panicSensitive() && panic) {
        return Outcome.EXPLAINED;
      }
    }
    if (rule.companion() != null) {
      String rest = sentence.replace(matched, " ");
      if (!rule.companion().matcher(rest).find()) {
        return Outcome.NOTHING;
      }
    }
    if (rule.label().equals("self-harm") && ACCIDENT.matcher(sentence).find()) {
      return Outcome.EXPLAINED;
    }
    if ((rule.label().equals("suicidal thoughts") || rule.label().equals("suicide")
            || rule.label().equals("thinking about suicide"))
        && FACTUAL_TOPIC.matcher(sentence).find()
        && !SPEAKER_STATE.matcher(sentence).find()) {
      return Outcome.EXPLAINED;
    }
    Subject subject =
        rule.subject() == Subject.INFERRED ? cues.subject(before, matched) : rule.subject();
    if (level == SafetyLevel.CRISIS && subject == Subject.SOMEONE_ELSE
        && FICTION.matcher(sentence).find()) {
      return Outcome.EXPLAINED;
    }
    if (rule.panicSensitive() && figurative(before)) {
      return Outcome.EXPLAINED;
    }
    boolean past = cues.pastForm(before, matched);
    boolean recentHere = cues.recent(sentence) || again;
    boolean justHappened = JUST_HAPPENED.matcher(sentence).find();
    if (past && level == SafetyLevel.CRISIS && subject == Subject.SOMEONE_ELSE
        && !cues.reported(before) && !justHappened && !matched.startsWith("tried")
        && !before.contains("tried") && !before.contains("attempted")) {
      return Outcome.EXPLAINED;
    }
    if (past && distanced && !recentHere) {
      return Outcome.EXPLAINED;
    }
    return new Outcome(
        new Signal(level, reason(rule, matched, subject), subject == Subject.SOMEONE_ELSE,
            rule.weak()),
        false);
  }

  /** Adds a fever signal, or explains MEDICAL away; true when a fever signal was added. */
  private boolean temperatures(
      NormalisedText text,
      String words,
      boolean treatment,
      boolean distanced,
      List<Signal> signals,
      EnumSet<SafetyLevel> explained) {
    String folded = text.folded();
    List<TemperatureReading> readings = TemperatureReading.readAll(folded);
    boolean normalReading = false;
    for (TemperatureReading reading : readings) {
      if (!reading.isFever()) {
        normalReading |= reading.celsius() < 38.0;
        continue;
      }
      int sentenceStart = sentenceStart(folded, reading.start());
      int sentenceEnd = sentenceEnd(folded, reading.end());
      String sentence = folded.substring(sentenceStart, sentenceEnd);
      String beforeInSentence = folded.substring(sentenceStart, reading.start());
      String before = beforeInSentence.substring(Math.max(0, beforeInSentence.length() - 30));
      String after = folded.substring(reading.end(), Math.min(folded.length(), reading.end() + 30));
      boolean question = sentence.contains("?");
      if (TEMPERATURE_NEGATED.matcher(before).find()
          || TEMPERATURE_HYPOTHETICAL.matcher(beforeInSentence).find()
          || TEMPERATURE_THRESHOLD_AFTER.matcher(after).find()
          || question && TEMPERATURE_THRESHOLD_BEFORE.matcher(before).find()
              && !PERSON.matcher(sentence).find()
          || WEATHER.matcher(sentence).find()
          || distanced && !cues.recent(sentence)) {
        explained.add(SafetyLevel.MEDICAL);
        continue;
      }
      boolean feverish = FEVER_COMPANION.matcher(folded).find();
      if (!treatment && !feverish && reading.celsius() < 39.0) {
        continue;
      }
      List<String> tokensBefore = tokensBefore(beforeInSentence);
      Subject subject = cues.subject(tokensBefore, "");
      String context =
          words.contains("chemo") ? "during chemotherapy" : treatment ? "during treatment" : "";
      String reason =
          ("fever " + reading.describe() + " " + context).trim()
              + (subject == Subject.SOMEONE_ELSE ? " (someone else)" : "");
      signals.add(new Signal(SafetyLevel.MEDICAL, reason, subject == Subject.SOMEONE_ELSE, false));
      return true;
    }
    if (normalReading) {
      // A temperature read below the fever line answers the worry a fever-like message raises;
      // explicit symptoms still count, similarity to fever messages alone does not.
      explained.add(SafetyLevel.MEDICAL);
    }
    return false;
  }

  private static List<String> tokensBefore(String text) {
    String[] tokens = text.toLowerCase(Locale.ROOT).split("[^a-z']+");
    List<String> result = new ArrayList<>();
    for (int i = tokens.length - 1; i >= 0 && result.size() < 14; i--) {
      if (!tokens[i].isEmpty()) {
        result.add(tokens[i].replace("'", ""));
      }
    }
    return result;
  }

  private static int sentenceStart(String text, int from) {
    int floor = Math.max(0, from - 200);
    for (int i = from - 1; i >= floor; i--) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == '\n')
          && !(c == '.' && i > 0 && Character.isDigit(text.charAt(i - 1))
              && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
        return i + 1;
      }
    }
    return floor;
  }

  private static int sentenceEnd(String text, int from) {
    int ceiling = Math.min(text.length(), from + 200);
    for (int i = from; i < ceiling; i++) {
      char c = text.charAt(i);
      if (c == '?' ) {
        return i + 1;
      }
      if ((c == '.' || c == '!' || c == '\n')
          && !(c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
        return i;
      }
    }
    return ceiling;
  }

  /** "I feel like I can't breathe" after bad news is a figure of speech more often than a symptom. */
  private static boolean figurative(List<String> before) {
    for (int i = 0; i < Math.min(before.size(), 3); i++) {
      if (before.get(i).equals("like") || before.get(i).equals("though")) {
        return true;
      }
    }
    return false;
  }

  private static boolean relievedAfter(String words, int end) {
    String after = words.substring(end, Math.min(words.length(), end + 40)).trim();
    return RELIEF.matcher(after).find();
  }

  private static String reason(SignalRule rule, String matched, Subject subject) {
    String who = subject == Subject.SOMEONE_ELSE ? "someone else" : "first person";
    String what;
    if (rule.quotable()) {
      String quote = matched.length() > MAX_QUOTE ? matched.substring(0, MAX_QUOTE) + "…" : matched;
      what = "\"" + quote + "\"";
    } else {
      what = rule.label();
    }
    switch (rule.level()) {
      case CRISIS:
        return (rule.weak() ? "goodbye-like or passive words: " : "explicit crisis: ") + what
            + " (" + who + ")";
      case MEDICAL:
        return "urgent symptom: " + rule.label()
            + (rule.quotable() ? " (\"" + trim(matched) + "\")" : "")
            + (subject == Subject.SOMEONE_ELSE ? " (someone else)" : "");
      case DISTRESS:
        return "distress: " + what + (subject == Subject.SOMEONE_ELSE ? " (someone else)" : "");
      default:
        return what;
    }
  }

  private static String trim(String matched) {
    return matched.length() > MAX_QUOTE ? matched.substring(0, MAX_QUOTE) + "…" : matched;
  }

  private static boolean overlaps(List<int[]> ranges, int start, int end) {
    for (int[] r : ranges) {
      if (r[0] < end && start < r[1]) {
        return true;
      }
    }
    return false;
  }
}
