package io.github.workreport.text;

import io.github.workreport.Unit;

/**
 * Whether a count in dwellings (套) or households (户) counts housing, so that the two compare one
 * for one (棚户区改造开工1500套 against 安置群众1520户): its subject or words name housing. Elsewhere
 * they count different things (安装智能电表500套 for 500户居民).
 */
final class Housing {
  private static final String[] WORDS = {"房", "棚户", "棚改", "住宅", "安置", "公寓"};
  private static final Unit DWELLINGS = Unit.parse("套");
  private static final Unit HOUSEHOLDS = Unit.parse("户");

  private Housing() {}

  /**
   * True for a count in dwellings or households (at any scale: 万套) whose metric or words name
   * housing; the words are read only for such a count.
   */
  static boolean counts(Unit unit, String metric, String text) {
    return (unit.isDwellingsAgainstHouseholds(HOUSEHOLDS) || unit.isDwellingsAgainstHouseholds(DWELLINGS))
        && (names(metric) || names(text));
  }

  private static boolean names(String words) {
    for (String word : WORDS) {
      if (words.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
