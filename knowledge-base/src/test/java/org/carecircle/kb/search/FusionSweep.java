package org.carecircle.kb.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.carecircle.kb.FaqEntry;
import org.carecircle.kb.KnowledgeBase;
import org.carecircle.kb.KnowledgeBaseLoader;
import org.carecircle.kb.eval.EvalCase;

/**
 * A developer's tool, not a test: precomputes every case's raw signals (BM25 per entry, cosine per
 * entry text) once, then sweeps fusion formulas and ANSWER/CLARIFY/ABSTAIN rules in memory, scoring
 * answered top-1 (CLARIFY is a miss), top-3 and abstain on a 60/40 split and on half knowledge
 * bases. Run with the test classpath: {@code java -cp ... FusionSweep KB_DIR EVAL_DIR CACHE_DIR}.
 */
public final class FusionSweep {
  private FusionSweep() {}

  record Case(EvalCase source, float[] bm25, float[] textCos, float[] answerCos, boolean tune) {}

  /** One fusion and decision configuration. */
  record Config(float w, float k, float top2, float answerMix, float t, float m, float alpha) {}

  record Score(double top1, double top3, double abstain, int faq, int abst) {
    @Override
    public String toString() {
      return String.format("top1 %.3f top3 %.3f abstain %.3f (%d/%d)", top1, top3, abstain, faq, abst);
    }
  }

  static List<FaqEntry> entries;
  static int[] owner;
  static int[] firstText;
  static int[] textCount;

  public static void main(String[] args) {
    KnowledgeBase kb = new KnowledgeBaseLoader().load(Path.of(args[0]));
    entries = kb.faqs();
    List<EvalCase> all = new ArrayList<>();
    for (String name : List.of("faq-a.jsonl", "faq-b.jsonl", "abstain.jsonl")) {
      all.addAll(EvalCase.read(Path.of(args[1]).resolve(name)));
    }
    EmbeddingCache cache = new EmbeddingCache(Path.of(args[2]), SharedMiniLm.EMBEDDER);
    List<float[]> caseVectors = cache.embedAll(all.stream().map(EvalCase::text).toList());
    SearchCalibration base = SearchCalibration.defaults(RetrievalMode.HYBRID);
    String[] b = System.getProperty("boosts", "2,1.6,1,1").split(",");
    LexicalIndex lexical =
        new LexicalIndex(entries, new float[] {Float.parseFloat(b[0]), Float.parseFloat(b[1]), Float.parseFloat(b[2]), Float.parseFloat(b[3])});
    List<String> texts = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    List<String> vocabulary = new ArrayList<>();
    firstText = new int[entries.size()];
    textCount = new int[entries.size()];
    List<String> answerLeads = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      FaqEntry e = entries.get(i);
      List<String> embedded = HybridFaqSearch.embeddedTexts(e);
      firstText[i] = texts.size();
      textCount[i] = embedded.size();
      texts.addAll(embedded);
      embedded.forEach(x -> owners.add(owner(e)));
      vocabulary.addAll(embedded);
      vocabulary.addAll(e.tags());
      vocabulary.add(e.answer());
      answerLeads.add(lead(e.answer()));
    }
    owner = owners.stream().mapToInt(Integer::intValue).toArray();
    Set<String> layWords = new HashSet<>();
    LayTerms.GROUPS.forEach(g -> g.forEach(t -> layWords.addAll(List.of(t.split(" ")))));
    SpellingCorrector speller = new SpellingCorrector(vocabulary, layWords);
    List<float[]> textVectors = unit(cache.embedAll(texts));
    String extraSignal = System.getProperty("extra", "answer");
    List<float[]> answerVectors;
    if (extraSignal.equals("centroid")) {
      List<float[]> tv = unit(cache.embedAll(texts));
      List<float[]> centroids = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        float[] c = new float[tv.get(0).length];
        for (int t = firstText[i]; t < firstText[i] + textCount[i]; t++) {
          for (int d = 0; d < c.length; d++) {
            c[d] += tv.get(t)[d];
          }
        }
        centroids.add(c);
      }
      answerVectors = unit(centroids);
    } else if (extraSignal.equals("tags")) {
      answerVectors = unit(cache.embedAll(entries.stream().map(e -> String.join(", ", e.tags()).replace('-', ' ')).toList()));
    } else if (extraSignal.equals("answer2")) {
      answerVectors = unit(cache.embedAll(entries.stream().map(e -> e.question() + " " + lead(e.answer())).toList()));
    } else {
      answerVectors = unit(cache.embedAll(answerLeads));
    }
    List<Case> cases = new ArrayList<>();
    for (int c = 0; c < all.size(); c++) {
      EvalCase ec = all.get(c);
      String corrected = speller.correct(ec.text());
      float[] bm25 = lexical.scores(corrected, HybridFaqSearch.focusOf(corrected), base.focusWeight());
      float[] q = unit(List.of(caseVectors.get(c))).get(0);
      float[] cos = new float[texts.size()];
      for (int t = 0; t < texts.size(); t++) {
        cos[t] = dot(q, textVectors.get(t));
      }
      float[] ans = new float[entries.size()];
      for (int i = 0; i < entries.size(); i++) {
        ans[i] = dot(q, answerVectors.get(i));
      }
      cases.add(new Case(ec, bm25, cos, ans, Math.floorMod(ec.text().hashCode(), 5) < 3));
    }
    Set<String> allIds = new HashSet<>();
    entries.forEach(e -> allIds.add(e.id()));

    Config current = new Config(0.30f, 20f, 0f, 0f, 0.45f, 0.02f, 0f);
    report("current", current, cases, allIds);
    report("current lexical", new Config(1f, 20f, 0f, 0f, 0.35f, 0.02f, 0f), cases, allIds);
    report("current semantic", new Config(0f, 20f, 0f, 0f, 0.50f, 0.02f, 0f), cases, allIds);

    // sweep fusion on the tune split; thresholds chosen for max answered top1 with abstain >= floor
    double floor = Double.parseDouble(System.getProperty("abstainFloor", "0.88"));
    Config best = null;
    double bestObj = -1;
    for (float w : new float[] {0.25f}) {
      for (float k : new float[] {12f}) {
        for (float top2 : new float[] {0.3f}) {
          for (float am : new float[] {0f}) {
            Config fusion = new Config(w, k, top2, am, 0, 0, 0);
            Config chosen = thresholds(fusion, cases, allIds, true, floor);
            double obj = score(chosen, cases, allIds, true, false).top1;
            Config onAll = thresholds(fusion, cases, allIds, null, floor);
            System.out.printf("  %s tune %.3f | all-thresholds %s all %s%n", chosen, obj, onAll,
                score(onAll, cases, allIds, null, false));
            if (obj > bestObj) {
              bestObj = obj;
              best = chosen;
            }
          }
        }
      }
    }
    System.out.println("best on tune: " + best + " -> " + bestObj);
    if (best != null) {
      report("best", best, cases, allIds);
    }
    String[] extra = System.getProperty("configs", "").split(";");
    for (String spec : extra) {
      if (spec.isBlank()) {
        continue;
      }
      float[] v = new float[7];
      String[] parts = spec.split(",");
      for (int i = 0; i < 7; i++) {
        v[i] = Float.parseFloat(parts[i]);
      }
      Config given = new Config(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
      report("given", given, cases, allIds);
      if (Boolean.getBoolean("retune")) {
        report("given retuned", thresholds(given, cases, allIds, true, floor), cases, allIds);
      }
      if (Boolean.getBoolean("failures")) {
        failures(given, cases, allIds);
      }
    }
  }

  private static int owner(FaqEntry e) {
    return entries.indexOf(e);
  }

  static String lead(String answer) {
    String plain = answer.replace("**", "").strip();
    int end = plain.indexOf(". ");
    int nl = plain.indexOf('\n');
    int cut = plain.length();
    if (end > 0) {
      cut = end + 1;
    }
    if (nl > 0 && nl < cut) {
      cut = nl;
    }
    return plain.substring(0, cut);
  }

  static void report(String name, Config c, List<Case> cases, Set<String> allIds) {
    System.out.printf("%-16s %s%n", name, c);
    System.out.printf("   all   %s%n", score(c, cases, allIds, null, false));
    System.out.printf("   rank-only top1 %.3f%n", score(new Config(c.w(), c.k(), c.top2(), c.answerMix(), -9f, -9f, 0f), cases, allIds, null, false).top1);
    System.out.printf("   tune  %s%n", score(c, cases, allIds, true, false));
    System.out.printf("   check %s%n", score(c, cases, allIds, false, false));
    for (int h = 0; h < 2; h++) {
      Set<String> kept = new HashSet<>();
      for (FaqEntry e : entries) {
        if (Math.floorMod(e.id().hashCode(), 2) == h) {
          kept.add(e.id());
        }
      }
      System.out.printf("   half%d %s%n", h, score(c, cases, kept, null, false));
    }
  }

  record Ranked(boolean faq, boolean first, boolean inTop3, float best, float second, boolean tune, boolean agree) {}

  static List<Ranked> rank(Config c, List<Case> cases, Set<String> ids) {
    List<Ranked> out = new ArrayList<>();
    for (Case cs : cases) {
      float[] s = fused(c, cs, ids);
      int[] order = top(s, 3);
      String expect = cs.source().expect();
      boolean faq = !cs.source().expectsAbstain() && ids.contains(expect);
      boolean in3 = false;
      for (int o : order) {
        in3 |= entries.get(o).id().equals(expect);
      }
      float[] lexOnly = fused(new Config(1f, c.k(), 0, 0, 0, 0, 0), cs, ids);
      float[] semOnly = fused(new Config(0f, c.k(), c.top2(), c.answerMix(), 0, 0, 0), cs, ids);
      boolean agree = argmax(lexOnly) == order[0] && argmax(semOnly) == order[0];
      out.add(new Ranked(faq, entries.get(order[0]).id().equals(expect), in3, s[order[0]], s[order[1]], cs.tune(), agree));
    }
    return out;
  }

  /** The threshold and margin with the best answered top-1 whose abstain rate stays over floor. */
  static Config thresholds(Config f, List<Case> cases, Set<String> ids, Boolean split, double floor) {
    List<Ranked> ranked = rank(f, cases, ids);
    Config best = null;
    double bestTop1 = -1;
    for (float t = 0.30f; t < 0.85f; t += 0.005f) {
      for (float m : new float[] {0f, 0.005f, 0.01f, 0.02f}) {
        for (float a : new float[] {0f, 0.5f, 1f, 2f, 3f}) {
          Config c = new Config(f.w(), f.k(), f.top2(), f.answerMix(), t, m, a);
          Score s = decide(c, ranked, split);
          if (s.abstain >= floor && s.top1 > bestTop1 + 1e-9) {
            bestTop1 = s.top1;
            best = c;
          }
        }
      }
    }
    return best == null ? f : best;
  }

  static Score score(Config c, List<Case> cases, Set<String> ids, Boolean split, boolean unused) {
    return decide(c, rank(c, cases, ids), split);
  }

  static Score decide(Config c, List<Ranked> ranked, Boolean split) {
    int faq = 0;
    int hit = 0;
    int top3 = 0;
    int abst = 0;
    int abstOk = 0;
    for (Ranked r : ranked) {
      if (split != null && r.tune() != split) {
        continue;
      }
      boolean answer = r.best() + c.alpha() * (r.best() - r.second()) + (r.agree() ? AGREE : 0f) >= c.t() && r.best() - r.second() >= c.m();
      if (!r.faq()) {
        abst++;
        if (!answer) {
          abstOk++;
        }
        continue;
      }
      faq++;
      if (answer && r.first()) {
        hit++;
      }
      if (r.inTop3()) {
        top3++;
      }
    }
    return new Score((double) hit / faq, (double) top3 / faq, (double) abstOk / abst, faq, abst);
  }

  static float[] fused(Config c, Case cs, Set<String> ids) {
    float[] out = new float[entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      if (!ids.contains(entries.get(i).id())) {
        out[i] = -9f;
        continue;
      }
      float max1 = -1f;
      float max2 = -1f;
      for (int t = firstText[i]; t < firstText[i] + textCount[i]; t++) {
        float v = cs.textCos()[t];
        if (v > max1) {
          max2 = max1;
          max1 = v;
        } else if (v > max2) {
          max2 = v;
        }
      }
      if (max2 < -0.5f) {
        max2 = max1;
      }
      float sem = (1 - c.top2()) * max1 + c.top2() * (max1 + max2) / 2f;
      sem = (1 - c.answerMix()) * sem + c.answerMix() * cs.answerCos()[i];
      float b = cs.bm25()[i];
      out[i] = c.w() * b / (b + c.k()) + (1 - c.w()) * sem;
    }
    return out;
  }

  static void failures(Config c, List<Case> cases, Set<String> ids) {
    for (Case cs : cases) {
      float[] s = fused(c, cs, ids);
      int[] o = top(s, 3);
      boolean answer = s[o[0]] + c.alpha() * (s[o[0]] - s[o[1]]) >= c.t() && s[o[0]] - s[o[1]] >= c.m();
      boolean faq = !cs.source().expectsAbstain();
      boolean ok = faq ? answer && entries.get(o[0]).id().equals(cs.source().expect()) : !answer;
      if (!ok) {
        System.out.printf("   %s %-28s <- %s | %s %.3f %s %.3f %s %.3f%n", answer ? "A" : "-",
            cs.source().expect(), cs.source().text().length() > 90 ? cs.source().text().substring(0, 90) : cs.source().text(),
            entries.get(o[0]).id(), s[o[0]], entries.get(o[1]).id(), s[o[1]], entries.get(o[2]).id(), s[o[2]]);
      }
    }
  }

  static int argmax(float[] s) {
    int a = 0;
    for (int i = 1; i < s.length; i++) {
      if (s[i] > s[a]) {
        a = i;
      }
    }
    return a;
  }

  static final float AGREE = Float.parseFloat(System.getProperty("agree", "0"));

  static int[] top(float[] s, int n) {
    Integer[] idx = new Integer[s.length];
    for (int i = 0; i < s.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Float.compare(s[b], s[a]));
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = idx[i];
    }
    return out;
  }

  static List<float[]> unit(List<float[]> vs) {
    List<float[]> out = new ArrayList<>();
    for (float[] v : vs) {
      double sum = 0;
      for (float x : v) {
        sum += x * x;
      }
      float n = (float) Math.sqrt(sum);
      float[] u = new float[v.length];
      for (int i = 0; i < v.length; i++) {
        u[i] = v[i] / n;
      }
      out.add(u);
    }
    return out;
  }

  static float dot(float[] a, float[] b) {
    float s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
