package io.github.workreport;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pairs the tasks of two reports of one place: each task of the later report with the task of the
 * earlier one it continues, by the similarity of their texts (the Dice coefficient of their
 * character bigrams, punctuation and spaces left out) and their numbers. A task keeps its pair when
 * it is renumbered (a task inserted before it) or reworded (a target revised, a phrase added), and
 * two unrelated tasks that share a number do not pair. Not API: {@link Reports#compare} uses it.
 *
 * <p>Candidates come from an index of the rarer bigrams, so that two reports of ten thousand tasks
 * pair in well under a second rather than in a hundred million comparisons; then the best-scoring
 * candidate pairs are taken greedily, each task at most once.
 */
final class TaskPairing {
  /** Texts at least this similar pair whatever their numbers. */
  static final double SIMILAR = 0.5;
  /** Texts at least this similar pair when their section and number are the same (a reworded task). */
  static final double SIMILAR_IN_PLACE = 0.25;
  /** How many of the candidates sharing the most rare bigrams are scored in full per task. */
  private static final int CANDIDATES = 24;

  /** One pairing: indexes into the two task lists and the similarity of the texts. */
  static final class Match {
    final int earlier;
    final int later;
    final double similarity;
    final double score;

    Match(int earlier, int later, double similarity, double score) {
      this.earlier = earlier;
      this.later = later;
      this.similarity = similarity;
      this.score = score;
    }
  }

  private TaskPairing() {}

  /**
   * Pairs {@code later}'s tasks with {@code earlier}'s.
   *
   * @return the matches, by index of the later task (−1 where a later task has no pair)
   */
  static Match[] pair(List<Task> earlier, List<Task> later) {
    int[][] earlierGrams = new int[earlier.size()][];
    for (int i = 0; i < earlier.size(); i++) {
      earlierGrams[i] = bigrams(normalize(earlier.get(i).text()));
    }
    Map<Integer, int[]> postings = postings(earlierGrams);
    int cap = Math.max(32, earlier.size() / 50);
    Map<String, Integer> byRef = new HashMap<>();
    for (int i = 0; i < earlier.size(); i++) {
      byRef.putIfAbsent(refKey(earlier.get(i)), i);
    }

    List<Match> candidates = new ArrayList<>();
    int[] shared = new int[earlier.size()];
    int[] touched = new int[earlier.size()];
    for (int l = 0; l < later.size(); l++) {
      Task task = later.get(l);
      int[] grams = bigrams(normalize(task.text()));
      int touchedCount = 0;
      for (int gram : rarest(grams, postings, cap)) {
        for (int e : postings.get(gram)) {
          if (shared[e]++ == 0) {
            touched[touchedCount++] = e;
          }
        }
      }
      int[] best = topByShared(touched, touchedCount, shared, CANDIDATES);
      for (int i = 0; i < touchedCount; i++) {
        shared[touched[i]] = 0;
      }
      Integer sameRef = byRef.get(refKey(task));
      boolean sameRefScored = false;
      for (int e : best) {
        sameRefScored |= sameRef != null && sameRef == e;
        consider(candidates, earlier.get(e), task, e, l, earlierGrams[e], grams);
      }
      if (sameRef != null && !sameRefScored) {
        consider(candidates, earlier.get(sameRef), task, sameRef, l, earlierGrams[sameRef], grams);
      }
    }

    candidates.sort((a, b) -> a.score != b.score ? Double.compare(b.score, a.score)
        : a.later != b.later ? Integer.compare(a.later, b.later) : Integer.compare(a.earlier, b.earlier));
    Match[] byLater = new Match[later.size()];
    boolean[] earlierTaken = new boolean[earlier.size()];
    for (Match m : candidates) {
      if (byLater[m.later] == null && !earlierTaken[m.earlier]) {
        byLater[m.later] = m;
        earlierTaken[m.earlier] = true;
      }
    }
    return byLater;
  }

  private static void consider(List<Match> candidates, Task e, Task l, int ei, int li, int[] eGrams, int[] lGrams) {
    double similarity = dice(eGrams, lGrams);
    boolean sameRef = sameRef(e, l);
    if (similarity >= SIMILAR || (sameRef && similarity >= SIMILAR_IN_PLACE)) {
      boolean sameLead = e.leadUnit().isPresent() && e.leadUnit().equals(l.leadUnit());
      double score = similarity + (sameRef ? 0.1 : 0) + (sameLead ? 0.05 : 0);
      candidates.add(new Match(ei, li, similarity, score));
    }
  }

  /** Same number, and the same section or no section on either side. */
  static boolean sameRef(Task a, Task b) {
    return a.number() == b.number()
        && (a.section().isEmpty() || b.section().isEmpty() || a.section().equals(b.section()));
  }

  private static String refKey(Task task) {
    return task.section().orElse("") + "\u0000" + task.number();
  }

  /**
   * The text as compared: compatibility forms folded (full-width digits and letters to ASCII),
   * letters lower-cased, and only letters, digits and {@code %} kept — punctuation and spaces are
   * not wording.
   */
  static String normalize(String text) {
    String folded = Normalizer.normalize(Objects.requireNonNull(text, "text"), Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(folded.length());
    folded.codePoints()
        .filter(cp -> Character.isLetterOrDigit(cp) || cp == '%')
        .map(Character::toLowerCase)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** The distinct bigrams of UTF-16 units, sorted; a one-character text is its one unit. */
  static int[] bigrams(String text) {
    if (text.isEmpty()) {
      return new int[0];
    }
    if (text.length() == 1) {
      return new int[] {text.charAt(0) << 16};
    }
    int[] grams = new int[text.length() - 1];
    for (int i = 0; i < grams.length; i++) {
      grams[i] = (text.charAt(i) << 16) | text.charAt(i + 1);
    }
    Arrays.sort(grams);
    int n = 0;
    for (int i = 0; i < grams.length; i++) {
      if (i == 0 || grams[i] != grams[i - 1]) {
        grams[n++] = grams[i];
      }
    }
    return Arrays.copyOf(grams, n);
  }

  /** 2·|a ∩ b| / (|a| + |b|) over sorted distinct bigrams; two empty texts are alike. */
  static double dice(int[] a, int[] b) {
    if (a.length + b.length == 0) {
      return 1;
    }
    int common = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return 2.0 * common / (a.length + b.length);
  }

  private static Map<Integer, int[]> postings(int[][] grams) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (int[] g : grams) {
      for (int gram : g) {
        counts.merge(gram, 1, Integer::sum);
      }
    }
    Map<Integer, int[]> postings = new HashMap<>(counts.size() * 2);
    counts.forEach((gram, n) -> postings.put(gram, new int[n]));
    Map<Integer, Integer> filled = new HashMap<>(counts.size() * 2);
    for (int i = 0; i < grams.length; i++) {
      for (int gram : grams[i]) {
        int at = filled.merge(gram, 1, Integer::sum) - 1;
        postings.get(gram)[at] = i;
      }
    }
    return postings;
  }

  /**
   * The bigrams of a task that find candidates: those in at most {@code cap} earlier tasks, and at
   * least the four rarest, so that a short text of common words still finds its pair.
   */
  private static List<Integer> rarest(int[] grams, Map<Integer, int[]> postings, int cap) {
    List<Integer> known = new ArrayList<>();
    for (int gram : grams) {
      if (postings.containsKey(gram)) {
        known.add(gram);
      }
    }
    known.sort((a, b) -> Integer.compare(postings.get(a).length, postings.get(b).length));
    int keep = 0;
    while (keep < known.size() && (keep < 4 || postings.get(known.get(keep)).length <= cap)) {
      keep++;
    }
    return known.subList(0, keep);
  }

  /** The {@code k} touched tasks sharing the most bigrams, most first, ties by index. */
  private static int[] topByShared(int[] touched, int count, int[] shared, int k) {
    Integer[] order = new Integer[count];
    for (int i = 0; i < count; i++) {
      order[i] = touched[i];
    }
    Arrays.sort(order, (a, b) -> shared[a] != shared[b] ? Integer.compare(shared[b], shared[a]) : Integer.compare(a, b));
    int n = Math.min(k, count);
    int[] top = new int[n];
    for (int i = 0; i < n; i++) {
      top[i] = order[i];
    }
    return top;
  }
}
