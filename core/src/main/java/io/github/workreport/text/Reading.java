package io.github.workreport.text;

import io.github.workreport.Approximation;
import io.github.workreport.Bound;
import io.github.workreport.Kind;
import io.github.workreport.Quantity;
import io.github.workreport.Role;

/**
 * One quantity read in context by the {@link Grammar}, before it becomes a {@code Target} or a
 * {@code Measure}: the words around it, what it says, and the part of the text that states it.
 * Mutable while the grammar works on it; never leaves the package.
 */
final class Reading {
  final Mention mention;
  final Phrase phrase;
  /** The subject before the number, cleaned. */
  String before = "";
  /** The counted noun after the number, cleaned. */
  String after = "";
  String metric = "";
  Kind kind;
  Bound bound = Bound.EXACTLY;
  Role role = Role.ACHIEVED;
  boolean firm = true;
  boolean estimated;
  boolean approximate;
  /** The side of an approximate number (近: below), else null. */
  Approximation approximation;
  /** Not a target or achieved value after all (an old value, an excess, a plan). */
  boolean dropped;
  /**
   * Dropped as by how much the year beat the last (比上年增加86万人次): still the evidence for a task
   * that sets such a difference itself (比上年减少3起).
   */
  boolean lastYearDifference;
  /** A number written without a unit where a table cell stood (新增城镇就业8950). */
  boolean bare;
  /** Inside parentheses. */
  boolean aside;
  /** Whether the figure stands in the aside of a figure dropped as a plan, and so was dropped too. */
  boolean inPlansAside;
  /** A target in an aside, its subject and kind taken from before the parenthesis. */
  boolean asideTarget;
  /** A column label (实绩, 实际完成, 目标任务) was taken off the subject. */
  boolean labelled;
  /** Joined to the previous number by 、和及 in one list (分别下降39.1%和25%). */
  boolean inList;
  /** Money per person or period (每人每月609元, 609元/人月): a level. */
  boolean perCapita;
  /** The list of subjects this one was taken from (二氧化硫、氮氧化物排放量), else null. */
  String listSubject;
  /** Its place in that list, else -1. */
  int listIndex = -1;
  /** For a percentage in parentheses right after a count (已完成1个（50%）): that count. */
  Reading rateOf;
  /** The old value this number was changed from (由3.5%下降到1.2%: the 3.5%), else null. */
  Mention changedFrom;
  /** Where the old value's mark (由, 从) starts, and where the verb of change starts; for {@link #changedFrom}. */
  int changeStart;
  int changeVerb;
  /** For a bare number, the unit its subject names in parentheses (新增就业（人）8950), else null. */
  String unitNamed;
  int sentenceStart;
  int textStart;
  int textEnd;

  Reading(Mention mention, Phrase phrase) {
    this.mention = mention;
    this.phrase = phrase;
  }

  /** A copy for one subject of a list that shares the number. */
  Reading copy() {
    Reading r = new Reading(mention, phrase);
    r.before = before;
    r.after = after;
    r.metric = metric;
    r.kind = kind;
    r.bound = bound;
    r.role = role;
    r.firm = firm;
    r.estimated = estimated;
    r.approximate = approximate;
    r.approximation = approximation;
    r.dropped = dropped;
    r.bare = bare;
    r.aside = aside;
    r.asideTarget = asideTarget;
    r.labelled = labelled;
    r.inList = inList;
    r.perCapita = perCapita;
    r.listSubject = listSubject;
    r.listIndex = listIndex;
    r.rateOf = rateOf;
    r.unitNamed = unitNamed;
    r.changedFrom = changedFrom;
    r.changeStart = changeStart;
    r.changeVerb = changeVerb;
    r.sentenceStart = sentenceStart;
    r.textStart = textStart;
    r.textEnd = textEnd;
    return r;
  }

  /** The quantity stated: money per person or period in its money unit (609元/人月 is 609元). */
  Quantity quantity() {
    if (quantity == null) {
      quantity = unitNamed != null && mention.value != null
          ? Quantity.of(mention.value, Grammar.unitOf(mention.scale, unitNamed))
          : Grammar.quantityOf(mention);
    }
    return quantity;
  }

  /** Takes the unit a table's header names for this figure, which has none of its own. */
  void takeUnitNamed(String unit) {
    unitNamed = unit;
    quantity = null;
  }

  /** The quantity once worked out; null until asked, and null for a number that has none. */
  private Quantity quantity;

  String text(String source) {
    return source.substring(textStart, textEnd);
  }

  /** How far back a sentence or clause is looked for; longer ones are cut, to keep reading linear. */
  static final int REACH = 256;

  static int sentenceStart(String text, int from) {
    for (int k = from - 1; k >= 0 && k >= from - REACH; k--) {
      if (Lexicon.isSentenceEnd(text.charAt(k))) {
        return k + 1;
      }
    }
    return Math.max(0, from - REACH);
  }

  /** Where the clause holding {@code from} ends: its clause mark, or {@link #REACH} after it. */
  static int clauseEnd(String text, int from) {
    int limit = Math.min(text.length(), from + REACH);
    for (int k = from; k < limit; k++) {
      if (Lexicon.isClauseEnd(text.charAt(k))) {
        return k;
      }
    }
    return limit;
  }

  static int clauseStart(String text, int from) {
    for (int k = from - 1; k >= 0 && k >= from - REACH; k--) {
      if (Lexicon.isClauseEnd(text.charAt(k))) {
        return k + 1;
      }
    }
    return Math.max(0, from - REACH);
  }
}
