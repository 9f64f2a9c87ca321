package io.github.workreport.text;

import io.github.workreport.Assessment;
import io.github.workreport.Measure;
import io.github.workreport.Report;
import io.github.workreport.Target;
import io.github.workreport.TargetAssessment;
import io.github.workreport.Task;
import io.github.workreport.rules.Classifier;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A faithful port of {@code tools/score-gold}: scores a classified report against hand labels
 * (gold JSON Lines) and gives the same figures — status, strict, declared, target P/R/F1 by value
 * after unit conversion (optional gold targets neutral), comparator agreement among the pairs, and
 * achieved among paired targets with a gold achieved value.
 */
final class GoldScore {
  private static final Map<String, Object[]> SCALE = new HashMap<>();

  static {
    scale("元", "yuan", 1); scale("万元", "yuan", 10_000); scale("亿元", "yuan", 100_000_000); scale("千元", "yuan", 1000);
    scale("米", "m", 1); scale("千米", "m", 1000); scale("公里", "m", 1000); scale("km", "m", 1000);
    scale("平方米", "m2", 1); scale("㎡", "m2", 1); scale("m²", "m2", 1); scale("万平方米", "m2", 10_000);
    scale("平方公里", "m2", 1_000_000); scale("公顷", "m2", 10_000); scale("亩", "mu", 1); scale("万亩", "mu", 10_000);
    scale("吨", "t", 1); scale("万吨", "t", 10_000); scale("%", "%", 1); scale("％", "%", 1); scale("个百分点", "%", 1);
  }

  private static void scale(String unit, String dimension, long factor) {
    SCALE.put(unit, new Object[] {dimension, BigDecimal.valueOf(factor)});
  }

  int n;
  int ok;
  int strict;
  int declared;
  int tp;
  int fp;
  int fn;
  int compOk;
  int compN;
  int achOk;
  int achN;
  int missing;
  final List<String> misses = new ArrayList<>();

  /** A quantity normalised as the scorer does: (dimension, value in the base unit), or null. */
  private static final class Norm {
    final String dimension;
    final BigDecimal value;

    Norm(String dimension, BigDecimal value) {
      this.dimension = dimension;
      this.value = value;
    }
  }

  static Norm norm(BigDecimal value, String unit) {
    if (value == null) {
      return null;
    }
    String u = unit == null ? "" : unit.strip();
    Object[] s = SCALE.get(u);
    if (s != null) {
      return new Norm((String) s[0], value.multiply((BigDecimal) s[1]));
    }
    if (u.startsWith("万") && u.length() > 1) {
      return new Norm("count:" + u.substring(1), value.multiply(BigDecimal.valueOf(10_000)));
    }
    if (u.startsWith("亿") && u.length() > 1) {
      return new Norm("count:" + u.substring(1), value.multiply(BigDecimal.valueOf(100_000_000)));
    }
    return new Norm("count:" + u, value);
  }

  static boolean sameQuantity(Norm a, Norm b) {
    if (a == null || b == null) {
      return false;
    }
    if (a.value.compareTo(b.value) == 0
        && (a.dimension.equals(b.dimension) || a.dimension.startsWith("count:") && b.dimension.startsWith("count:"))) {
      return true;
    }
    if (!a.dimension.equals(b.dimension)) {
      return false;
    }
    return a.value.subtract(b.value).abs().compareTo(b.value.abs().multiply(new BigDecimal("1e-6"), MathContext.DECIMAL64)) <= 0;
  }

  private static final Pattern TRAILING = Pattern.compile("[\\s:：]+$");
  private static final Pattern COUNT = Pattern.compile("\\s*\\d+\\s*项.*$");

  static String sectionKey(String s) {
    String k = TRAILING.matcher(s == null ? "" : s).replaceAll("");
    k = COUNT.matcher(k).replaceAll("");
    return k.strip();
  }

  @SuppressWarnings("unchecked")
  /**
   * Reads and classifies each case of a labelled set in the test resources ({@code /dir/NAME.txt}
   * beside {@code /dir/NAME.gold.jsonl}), scores it, prints its figures and every disagreement, and
   * returns the figures pooled over all of them, as {@code tools/score-set} pools a directory.
   */
  static GoldScore pooled(String dir, List<String> cases) throws IOException {
    GoldScore pooled = new GoldScore();
    for (String name : cases) {
      Report report = Classifier.standard().classify(TableText.read(resource(dir, name + ".txt"), name + ".txt"));
      GoldScore one = score(report,
          Arrays.asList(new String(resource(dir, name + ".gold.jsonl"), StandardCharsets.UTF_8).split("\n")));
      System.out.println("== " + name);
      one.misses.forEach(m -> System.out.println("  " + m));
      System.out.println(name + ": " + one.line());
      pooled = pooled.plus(one);
    }
    System.out.println(pooled.n + " tasks (missing " + pooled.missing + "); " + pooled.line());
    return pooled;
  }

  static byte[] resource(String dir, String name) throws IOException {
    try (InputStream in = GoldScore.class.getResourceAsStream("/" + dir + "/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + dir + "/" + name);
      }
      return in.readAllBytes();
    }
  }

  static GoldScore score(Report report, List<String> goldLines) {
    GoldScore c = new GoldScore();
    Map<String, Task> tasks = new LinkedHashMap<>();
    for (Task t : report.tasks()) {
      tasks.put(sectionKey(t.section().orElse("")) + "#" + t.number(), t);
    }
    for (String line : goldLines) {
      if (line.isBlank()) {
        continue;
      }
      Map<String, Object> g = (Map<String, Object>) MiniJson.parse(line);
      c.n++;
      String key = sectionKey((String) g.get("section")) + "#" + ((BigDecimal) g.get("number")).intValueExact();
      List<Map<String, Object>> goldTargets = (List<Map<String, Object>>) g.get("targets");
      Task t = tasks.get(key);
      if (t == null) {
        c.missing++;
        for (Map<String, Object> gt : goldTargets) {
          if (!Boolean.TRUE.equals(gt.get("optional"))) {
            c.fn++;
          }
        }
        c.misses.add(key + ": task missing from report");
        continue;
      }
      Assessment a = t.assessment().orElse(null);
      String st = a == null ? null : a.status().name();
      List<Object> accept = (List<Object>) g.get("accept");
      if (accept.contains(st)) {
        c.ok++;
      } else {
        c.misses.add(key + ": status " + st + ", gold " + g.get("status") + " (accept " + accept + ") — " + g.get("note"));
      }
      if (String.valueOf(g.get("status")).equals(st)) {
        c.strict++;
      }
      if (String.valueOf(g.get("declared")).equals(t.outcome().declaredStatus().name())) {
        c.declared++;
      } else {
        c.misses.add(key + ": declared " + t.outcome().declaredStatus() + ", gold " + g.get("declared"));
      }
      List<Target> ptargets = t.targets();
      List<Measure> measures = t.outcome().measures();
      Map<Integer, Integer> pairs = new HashMap<>();
      if (a != null) {
        for (TargetAssessment ta : a.targets()) {
          if (ta.measureIndex().isPresent()) {
            pairs.put(ta.targetIndex(), ta.measureIndex().getAsInt());
          }
        }
      }
      Set<Integer> used = new HashSet<>();
      for (Map<String, Object> gt : goldTargets) {
        String unit = (String) gt.get("unit");
        Norm gq = norm((BigDecimal) gt.get("value"), unit);
        int hit = -1;
        for (int j = 0; j < ptargets.size(); j++) {
          Target pt = ptargets.get(j);
          if (!used.contains(j) && sameQuantity(norm(pt.value(), pt.unit().symbol()), gq)) {
            hit = j;
            break;
          }
        }
        boolean optional = Boolean.TRUE.equals(gt.get("optional"));
        if (hit < 0) {
          if (!optional) {
            c.fn++;
            c.misses.add(key + ": target not found: " + gt.get("text"));
          }
          continue;
        }
        used.add(hit);
        if (optional) {
          continue;
        }
        c.tp++;
        c.compN++;
        if (ptargets.get(hit).bound().name().equals(gt.get("comparator"))) {
          c.compOk++;
        } else {
          c.misses.add(key + ": comparator for " + gt.get("text") + ": " + ptargets.get(hit).bound() + ", gold " + gt.get("comparator"));
        }
        if (gt.get("achieved") != null) {
          c.achN++;
          Integer m = pairs.get(hit);
          Norm mq = null;
          if (m != null && m >= 0 && m < measures.size()) {
            mq = norm(measures.get(m).value(), measures.get(m).unit().symbol());
          }
          Norm gqAch = norm((BigDecimal) gt.get("achieved"), unit);
          if (sameQuantity(mq, gqAch) || mq != null && gqAch != null && mq.value.compareTo(gqAch.value) == 0) {
            c.achOk++;
          } else {
            c.misses.add(key + ": achieved for " + gt.get("text") + ": gold " + gt.get("achieved") + ", report "
                + (m == null ? "none" : measures.get(m)));
          }
        }
      }
      for (int j = 0; j < ptargets.size(); j++) {
        if (!used.contains(j)) {
          c.fp++;
          c.misses.add(key + ": extra target: " + ptargets.get(j).text());
        }
      }
    }
    return c;
  }

  /** The counts of this and {@code other} pooled, as {@code tools/score-set} pools cases. */
  GoldScore plus(GoldScore other) {
    GoldScore c = new GoldScore();
    c.n = n + other.n;
    c.ok = ok + other.ok;
    c.strict = strict + other.strict;
    c.declared = declared + other.declared;
    c.tp = tp + other.tp;
    c.fp = fp + other.fp;
    c.fn = fn + other.fn;
    c.compOk = compOk + other.compOk;
    c.compN = compN + other.compN;
    c.achOk = achOk + other.achOk;
    c.achN = achN + other.achN;
    c.missing = missing + other.missing;
    c.misses.addAll(misses);
    c.misses.addAll(other.misses);
    return c;
  }

  private static double ratio(double a, double b) {
    return b == 0 ? 0.0 : a / b;
  }

  double status() {
    return ratio(ok, n);
  }

  double strictShare() {
    return ratio(strict, n);
  }

  double declaredShare() {
    return ratio(declared, n);
  }

  double precision() {
    return ratio(tp, tp + fp);
  }

  double recall() {
    return ratio(tp, tp + fn);
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  double comparator() {
    return ratio(compOk, compN);
  }

  double achieved() {
    return ratio(achOk, achN);
  }

  /** The scorer's summary line. */
  String line() {
    return String.format("status %.3f strict %.3f declared %.3f target P %.3f R %.3f F1 %.3f comparator %.3f achieved %.3f",
        status(), strictShare(), declaredShare(), precision(), recall(), f1(), comparator(), achieved());
  }
}
