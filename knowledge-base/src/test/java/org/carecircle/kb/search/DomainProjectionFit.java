package org.carecircle.kb.search;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.carecircle.kb.FaqEntry;
import org.carecircle.kb.KnowledgeBase;
import org.carecircle.kb.KnowledgeBaseLoader;
import org.carecircle.kb.eval.EvalCase;

/**
 * A developer's tool, not a test: fits {@link DomainProjection}. A message is scored against each
 * entry by the cosine between its projected embedding and the mean of the entry's projected
 * phrasings; the map W (started at the identity) minimises the cross-entropy of the expected entry
 * over all entries, with {@value #LAMBDA} x |W - I|^2 keeping it near the identity, by full-batch
 * Adam. Run with the test classpath: {@code java -cp ... DomainProjectionFit KB_DIR CACHE_DIR
 * CASES.jsonl,... OUTPUT.bin}.
 */
public final class DomainProjectionFit {
  static final double LAMBDA = 0.01;
  static final int ITERATIONS = 150;
  private static final double TEMPERATURE = 0.05;
  private static final double LEARNING_RATE = 1e-3;

  private DomainProjectionFit() {}

  public static void main(String[] args) throws IOException {
    KnowledgeBase kb = new KnowledgeBaseLoader().load(Path.of(args[0]));
    EmbeddingCache cache = new EmbeddingCache(Path.of(args[1]), SharedEmbedder.EMBEDDER);
    List<EvalCase> cases = new ArrayList<>();
    for (String file : args[2].split(",")) {
      cases.addAll(EvalCase.read(Path.of(file)));
    }
    List<float[]> vectors = cache.embedAll(cases.stream().map(EvalCase::text).toList());
    DomainProjection projection = fit(kb.faqs(), cache, cases, vectors);
    try (OutputStream out = Files.newOutputStream(Path.of(args[3]))) {
      projection.write(out);
    }
    System.out.println("wrote " + args[3]);
  }

  /** The projection fitted on the faq cases among {@code cases} (abstain cases are skipped). */
  static DomainProjection fit(
      List<FaqEntry> entries, EmbeddingCache cache, List<EvalCase> cases, List<float[]> vectors) {
    Map<String, Integer> ordinal = new HashMap<>();
    List<String> texts = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int e = 0; e < entries.size(); e++) {
      ordinal.put(entries.get(e).id(), e);
      for (String text : HybridFaqSearch.embeddedTexts(entries.get(e))) {
        texts.add(text);
        owners.add(e);
      }
    }
    List<double[]> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    for (int c = 0; c < cases.size(); c++) {
      Integer expected = ordinal.get(cases.get(c).expect());
      if (expected != null) {
        x.add(unit(vectors.get(c)));
        y.add(expected);
      }
    }
    List<double[]> p = cache.embedAll(texts).stream().map(DomainProjectionFit::unit).toList();
    double[][] w =
        train(p.toArray(double[][]::new), owners.stream().mapToInt(Integer::intValue).toArray(),
            entries.size(), x.toArray(double[][]::new), y.stream().mapToInt(Integer::intValue).toArray());
    int d = w.length;
    float[] matrix = new float[d * d];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        matrix[i * d + j] = (float) w[i][j];
      }
    }
    return new DomainProjection(d, matrix);
  }

  private static double[][] train(double[][] p, int[] owner, int entries, double[][] x, int[] y) {
    int d = p[0].length;
    double[][] w = identity(d);
    double[][] m = new double[d][d];
    double[][] v = new double[d][d];
    for (int it = 1; it <= ITERATIONS; it++) {
      // forward: projected, normalised phrasings; their per-entry means, normalised; messages
      double[][] pw = multiplyTransposed(p, w);
      double[] pNorm = norms(pw);
      double[][] pn = scaled(pw, pNorm);
      double[][] c = new double[entries][d];
      for (int t = 0; t < pn.length; t++) {
        add(c[owner[t]], pn[t], 1);
      }
      double[] cNorm = norms(c);
      double[][] cn = scaled(c, cNorm);
      double[][] q = multiplyTransposed(x, w);
      double[] qNorm = norms(q);
      double[][] qn = scaled(q, qNorm);
      // softmax over entries; gradient of the mean cross-entropy with respect to the scores
      double[][] g = multiplyTransposed(qn, cn);
      for (int i = 0; i < g.length; i++) {
        double max = Double.NEGATIVE_INFINITY;
        for (int e = 0; e < entries; e++) {
          g[i][e] /= TEMPERATURE;
          max = Math.max(max, g[i][e]);
        }
        double sum = 0;
        for (int e = 0; e < entries; e++) {
          g[i][e] = Math.exp(g[i][e] - max);
          sum += g[i][e];
        }
        for (int e = 0; e < entries; e++) {
          g[i][e] = (g[i][e] / sum - (e == y[i] ? 1 : 0)) / (x.length * TEMPERATURE);
        }
      }
      // back through the cosines and the normalisations to W
      double[][] dqn = multiply(g, cn);
      double[][] dcn = multiply(transpose(g), qn);
      double[][] dq = throughNormalisation(dqn, qn, qNorm);
      double[][] dc = throughNormalisation(dcn, cn, cNorm);
      double[][] dpn = new double[pn.length][];
      for (int t = 0; t < pn.length; t++) {
        dpn[t] = dc[owner[t]];
      }
      double[][] dpw = throughNormalisation(dpn, pn, pNorm);
      double[][] gradient = add(multiply(transpose(dq), x), multiply(transpose(dpw), p));
      for (int i = 0; i < d; i++) {
        for (int j = 0; j < d; j++) {
          double gij = gradient[i][j] + LAMBDA * (w[i][j] - (i == j ? 1 : 0));
          m[i][j] = 0.9 * m[i][j] + 0.1 * gij;
          v[i][j] = 0.999 * v[i][j] + 0.001 * gij * gij;
          double mHat = m[i][j] / (1 - Math.pow(0.9, it));
          double vHat = v[i][j] / (1 - Math.pow(0.999, it));
          w[i][j] -= LEARNING_RATE * mHat / (Math.sqrt(vHat) + 1e-8);
        }
      }
    }
    return w;
  }

  private static double[][] throughNormalisation(double[][] dUnit, double[][] unit, double[] norm) {
    double[][] out = new double[dUnit.length][];
    for (int i = 0; i < dUnit.length; i++) {
      double along = dot(dUnit[i], unit[i]);
      out[i] = new double[dUnit[i].length];
      for (int k = 0; k < out[i].length; k++) {
        out[i][k] = (dUnit[i][k] - along * unit[i][k]) / norm[i];
      }
    }
    return out;
  }

  /** a * b^T: rows of a against rows of b. */
  private static double[][] multiplyTransposed(double[][] a, double[][] b) {
    double[][] out = new double[a.length][b.length];
    IntStream.range(0, a.length).parallel().forEach(i -> {
      for (int j = 0; j < b.length; j++) {
        out[i][j] = dot(a[i], b[j]);
      }
    });
    return out;
  }

  private static double[][] multiply(double[][] a, double[][] b) {
    return multiplyTransposed(a, transpose(b));
  }

  private static double[][] transpose(double[][] a) {
    double[][] out = new double[a[0].length][a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[i].length; j++) {
        out[j][i] = a[i][j];
      }
    }
    return out;
  }

  private static double[][] add(double[][] a, double[][] b) {
    for (int i = 0; i < a.length; i++) {
      add(a[i], b[i], 1);
    }
    return a;
  }

  private static void add(double[] into, double[] v, double k) {
    for (int i = 0; i < v.length; i++) {
      into[i] += k * v[i];
    }
  }

  private static double dot(double[] a, double[] b) {
    double s0 = 0;
    double s1 = 0;
    int i = 0;
    for (; i + 1 < a.length; i += 2) {
      s0 += a[i] * b[i];
      s1 += a[i + 1] * b[i + 1];
    }
    for (; i < a.length; i++) {
      s0 += a[i] * b[i];
    }
    return s0 + s1;
  }

  private static double[] norms(double[][] rows) {
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = Math.sqrt(dot(rows[i], rows[i])) + 1e-12;
    }
    return out;
  }

  private static double[][] scaled(double[][] rows, double[] norm) {
    double[][] out = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      out[i] = rows[i].clone();
      for (int k = 0; k < out[i].length; k++) {
        out[i][k] /= norm[i];
      }
    }
    return out;
  }

  private static double[][] identity(int d) {
    double[][] out = new double[d][d];
    for (int i = 0; i < d; i++) {
      out[i][i] = 1;
    }
    return out;
  }

  private static double[] unit(float[] v) {
    double[] out = new double[v.length];
    double norm = 0;
    for (float f : v) {
      norm += f * f;
    }
    norm = Math.sqrt(norm) + 1e-12;
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] / norm;
    }
    return out;
  }
}
