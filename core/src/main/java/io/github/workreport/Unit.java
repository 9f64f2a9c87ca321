package io.github.workreport;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A unit as a work report writes it, such as {@code 万元}, {@code 千米}, {@code %} or the classifier
 * {@code 座}. A unit knows its {@link Dimension} and its scale relative to the dimension's base unit,
 * so that {@code 258.77亿元} and {@code 2587700万元} compare as equal while {@code 人} and {@code 元}
 * cannot be compared at all.
 *
 * <p>Count classifiers ({@code 个 家 座 辆 所 条 处 人 名 户 人次 批次 …}) form the {@link
 * Dimension#COUNT} dimension; two counts compare only when their classifiers are the same or
 * synonyms ({@code 人}/{@code 名}/{@code 位}/{@code 例}, {@code 家}/{@code 户}, {@code 场}/{@code 场次}/{@code 次},
 * a classifier and its alternative {@code 台}/{@code 台套}, {@code 件}/{@code 件套},
 * {@code 批}/{@code 批次}), or when one
 * of them is the general classifier {@code 个}, which stands in for any classifier except those that
 * count people ({@code 人}, {@code 人次}). Units that cannot be reduced to a dimension, such as
 * {@code 元/月/人} or {@code 微克/立方米}, are {@link Dimension#OTHER} and compare only with the same
 * unit; bare numbers ({@link #NONE}, and {@code 万} or {@code 亿} written alone) are {@link
 * Dimension#OTHER} too and compare with each other.
 *
 * <p>Units are obtained with {@link #parse(String)} or the constants; two units are equal when their
 * symbols are equal. This class is immutable and thread-safe.
 */
public final class Unit {

  /** What a unit measures. Units of different dimensions never compare. */
  public enum Dimension {
    /** Money; base {@code 元}. */
    CURRENCY,
    /** Length; base {@code 米}. */
    LENGTH,
    /** Area; base {@code 平方米}. */
    AREA,
    /** Volume; base {@code 立方米}. */
    VOLUME,
    /** Mass; base {@code 吨}. */
    MASS,
    /** Percentages and percentage points. */
    PERCENT,
    /** Counted things, by classifier. */
    COUNT,
    /**
     * Bare numbers, and anything else: a compound unit compares only with the same unit, or with one
     * whose measure before the slash is scaled ({@code 万吨/日} and {@code 吨/日}).
     */
    OTHER
  }

  private static final String GENERAL_CLASSIFIER = "个";
  private static final Set<String> PERSON_CLASSIFIERS = Set.of("人", "人次");
  private static final String DWELLING = "套";
  private static final String HOUSEHOLD = "户";
  private static final String HOUSEHOLD_FAMILY = "家";
  private static final Map<String, String> CLASSIFIER_SYNONYMS =
      // vehicles are counted in 台 as in 辆; health checks count the people screened in 例 (cases) as in 人
      // containers are counted in twenty-foot equivalents, written 标准箱, 标箱 or TEU; a vaccination
      // counts the doses given (剂次, 针次, 剂) as the people vaccinated (人次); events held are counted in
      // times (次) as in showings (场, 场次): 演练不少于10次 ‖ 演练18场次; batches in 批 as in 批次 (上访3批 ‖ 上访2批次);
      // poultry in 羽 as in 只 (家禽出栏600万羽 ‖ 出栏家禽586.5万只); lifts in 部 as in 台 (加装电梯200部 ‖ 218台),
      // so as in 辆.
      // Not 处 as 座: the classifier often tells two things apart (口袋公园4处 ‖ 公厕15座)
      Map.ofEntries(Map.entry("名", "人"), Map.entry("位", "人"), Map.entry("例", "人"), Map.entry("户", "家"),
          Map.entry("场次", "场"), Map.entry("次", "场"), Map.entry("台", "辆"), Map.entry("标箱", "标准箱"),
          Map.entry("批次", "批"), Map.entry("羽", "只"), Map.entry("部", "辆"),
          Map.entry("TEU", "标准箱"),
          Map.entry("剂次", "人次"), Map.entry("针次", "人次"), Map.entry("剂", "人次"));
  /**
   * Classifiers of two, the second written as an alternative to the first (1400台（套）, 460件（套）): they
   * count what the first counts, so 18台 answers 20台（套） and 460件（套） answers 500件.
   */
  private static final Map<String, String> JOINT_CLASSIFIERS = Map.of("台套", "台", "件套", "件", "台件", "台");
  private static final Map<Character, BigDecimal> SCALE_PREFIXES = Map.of(
      '百', new BigDecimal("100"), '千', new BigDecimal("1000"),
      '万', new BigDecimal("10000"), '亿', new BigDecimal("100000000"),
      '萬', new BigDecimal("10000"), '億', new BigDecimal("100000000"));
  private static final Map<String, Unit> KNOWN = new HashMap<>();

  /** {@code 元}. */
  public static final Unit YUAN = known("元", Dimension.CURRENCY, "1");
  /** {@code 千元}. */
  public static final Unit QIAN_YUAN = known("千元", Dimension.CURRENCY, "1000");
  /** {@code 万元}. */
  public static final Unit WAN_YUAN = known("万元", Dimension.CURRENCY, "10000");
  /** {@code 亿元}. */
  public static final Unit YI_YUAN = known("亿元", Dimension.CURRENCY, "100000000");
  /** {@code 米}. */
  public static final Unit METRE = known("米", Dimension.LENGTH, "1");
  /** {@code 千米}. */
  public static final Unit KILOMETRE = known("千米", Dimension.LENGTH, "1000");
  /** {@code 公里}, the same length as {@link #KILOMETRE}. */
  public static final Unit GONGLI = known("公里", Dimension.LENGTH, "1000");
  /** {@code 平方米}. */
  public static final Unit SQUARE_METRE = known("平方米", Dimension.AREA, "1");
  /** {@code 万平方米}. */
  public static final Unit WAN_SQUARE_METRE = known("万平方米", Dimension.AREA, "10000");
  /** {@code 平方公里}. */
  public static final Unit SQUARE_KILOMETRE = known("平方公里", Dimension.AREA, "1000000");
  /** {@code 公顷}. */
  public static final Unit HECTARE = known("公顷", Dimension.AREA, "10000");
  /** {@code 亩}: 10000/15 square metres, the one scale that is not a decimal. */
  public static final Unit MU = new Unit("亩", Dimension.AREA, "", new BigDecimal("10000"), new BigDecimal("15"));
  /** {@code 万亩}. */
  public static final Unit WAN_MU = new Unit("万亩", Dimension.AREA, "", new BigDecimal("100000000"), new BigDecimal("15"));
  /** {@code 立方米}. */
  public static final Unit CUBIC_METRE = known("立方米", Dimension.VOLUME, "1");
  /** {@code 万立方米}. */
  public static final Unit WAN_CUBIC_METRE = known("万立方米", Dimension.VOLUME, "10000");
  /** {@code 吨}. */
  public static final Unit TON = known("吨", Dimension.MASS, "1");
  /** {@code 万吨}. */
  public static final Unit WAN_TON = known("万吨", Dimension.MASS, "10000");
  /** {@code 千克}. */
  public static final Unit KILOGRAM = known("千克", Dimension.MASS, "0.001");
  /** {@code %}. */
  public static final Unit PERCENT = known("%", Dimension.PERCENT, "1");
  /** {@code ‰}: a tenth of a percent (婴儿死亡率控制在5‰以内), comparable with {@link #PERCENT}. */
  public static final Unit PERMILLE = known("‰", Dimension.PERCENT, "0.1");
  /** {@code 个百分点}: a difference of percentages, judged in the same points as {@link #PERCENT}. */
  public static final Unit PERCENTAGE_POINT = known("个百分点", Dimension.PERCENT, "1");
  /** No unit: a bare number. It compares only with other bare numbers. */
  public static final Unit NONE = new Unit("", Dimension.OTHER, "", BigDecimal.ONE, BigDecimal.ONE);

  static {
    KNOWN.put(MU.symbol, MU);
    KNOWN.put(WAN_MU.symbol, WAN_MU);
    alias("公斤", KILOGRAM);
    known("斤", Dimension.MASS, "0.0005"); // half a kilogram: grain is counted in 亿斤 as often as in 万吨
    alias("km", KILOMETRE);
    alias("KM", KILOMETRE);
    alias("m", METRE);
    alias("㎡", SQUARE_METRE);
    alias("m²", SQUARE_METRE);
    alias("m2", SQUARE_METRE);
    alias("平方", SQUARE_METRE);
    alias("平米", SQUARE_METRE);
    alias("万㎡", WAN_SQUARE_METRE);
    alias("万m²", WAN_SQUARE_METRE);
    alias("万m2", WAN_SQUARE_METRE);
    alias("万平方", WAN_SQUARE_METRE);
    alias("万平米", WAN_SQUARE_METRE);
    alias("km²", SQUARE_KILOMETRE);
    alias("m³", CUBIC_METRE);
    alias("方", CUBIC_METRE);
    alias("万方", WAN_CUBIC_METRE);
    alias("万m³", WAN_CUBIC_METRE);
    alias("平方千米", SQUARE_KILOMETRE);
    alias("km2", SQUARE_KILOMETRE);
    alias("百分点", PERCENTAGE_POINT);
    KNOWN.put("厘米", new Unit("厘米", Dimension.LENGTH, "", new BigDecimal("0.01"), BigDecimal.ONE));
    KNOWN.put("毫米", new Unit("毫米", Dimension.LENGTH, "", new BigDecimal("0.001"), BigDecimal.ONE));
    // Rated power and energy are measures, not classifiers: 千瓦 is no count of 瓦, and a count of
    // plants (1个) must never compare with their capacity (5万千瓦). Each is its own family.
    family("千瓦", "瓦", "1000");
    // A rate per 100 000 people or births (孕产妇死亡率15/10万) compares with itself only, by ratio:
    // as a percentage (0.015%) every shortfall would be within a percentage point.
    family("/10万", "/10万", "1");
    family("兆瓦", "瓦", "1000000");
    family("吉瓦", "瓦", "1000000000");
    family("千瓦时", "瓦时", "1000");
    // Computing power (算力), in floating-point operations a second: 4.2EFlops is 4200PFlops.
    family("TFlops", "Flops", "1000000000000");
    family("PFlops", "Flops", "1000000000000000");
    family("EFlops", "Flops", "1000000000000000000");
    family("千伏安", "伏安", "1000");
    // 万 and 亿 written alone scale a bare number (人口达到100万): bare numbers, scaled.
    KNOWN.put("万", new Unit("万", Dimension.OTHER, "", new BigDecimal("10000"), BigDecimal.ONE));
    KNOWN.put("亿", new Unit("亿", Dimension.OTHER, "", new BigDecimal("100000000"), BigDecimal.ONE));
  }

  private final String symbol;
  private final Dimension dimension;
  private final String family;
  private final BigDecimal scaleNumerator;
  private final BigDecimal scaleDenominator;

  private Unit(String symbol, Dimension dimension, String family, BigDecimal numerator, BigDecimal denominator) {
    this.symbol = symbol;
    this.dimension = dimension;
    this.family = family;
    this.scaleNumerator = numerator;
    this.scaleDenominator = denominator;
  }

  private static Unit known(String symbol, Dimension dimension, String scale) {
    Unit unit = new Unit(symbol, dimension, "", new BigDecimal(scale), BigDecimal.ONE);
    KNOWN.put(symbol, unit);
    return unit;
  }

  /** A measure outside the named dimensions: {@link Dimension#OTHER}, commensurable within {@code family}. */
  private static void family(String symbol, String family, String scale) {
    KNOWN.put(symbol, new Unit(symbol, Dimension.OTHER, family, new BigDecimal(scale), BigDecimal.ONE));
  }

  private static void alias(String symbol, Unit same) {
    KNOWN.put(symbol, new Unit(symbol, same.dimension, same.family, same.scaleNumerator, same.scaleDenominator));
  }

  /**
   * Returns the unit written as {@code symbol}. Known units ({@code 万元}, {@code 公里}, {@code ㎡},
   * {@code %} …) get their dimension and scale; {@code 百}, {@code 千}, {@code 万} and {@code 亿}
   * before another unit scale it ({@code 万株}, {@code 千人}, {@code 万千瓦}), and {@code 万} or
   * {@code 亿} alone scale a bare number; a symbol with a slash is {@link Dimension#OTHER}, scaled when a
   * known measure comes before the slash ({@code 万吨/日} is 10 000 {@code 吨/日}); any
   * other word is a count classifier. Whitespace inside the symbol is ignored, full-width {@code ％}
   * is {@code %}, and a blank symbol is {@link #NONE}.
   *
   * @param symbol the unit as written, such as {@code "万平方米"} or {@code "座"}
   * @return the unit
   * @throws TextParseException if the symbol contains a digit or a character that cannot be part of
   *     a unit (brackets, punctuation, a full stop); its index points into {@code symbol}
   */
  public static Unit parse(String symbol) {
    if (symbol == null) {
      throw new NullPointerException("symbol");
    }
    String text = normalize(symbol);
    if (text.isEmpty()) {
      return NONE;
    }
    Unit known = KNOWN.get(text);
    if (known != null) {
      return known;
    }
    for (int i = 0; i < symbol.length(); i++) {
      char c = symbol.charAt(i);
      if (Character.isDigit(c) || Character.isISOControl(c) && !Character.isWhitespace(c)
          || "()（）[]【】,，;；:：。.\"'“”".indexOf(c) >= 0) {
        throw new TextParseException("unit", symbol, i);
      }
    }
    int slash = text.indexOf('/');
    if (slash >= 0) {
      return perUnit(text, slash);
    }
    BigDecimal factor = text.length() > 1 ? SCALE_PREFIXES.get(text.charAt(0)) : null;
    if (factor != null) {
      Unit base = parse(text.substring(1));
      return new Unit(text, base.dimension, base.family, base.scaleNumerator.multiply(factor), base.scaleDenominator);
    }
    String classifier = text.length() > 1 && text.startsWith(GENERAL_CLASSIFIER) ? text.substring(1) : text;
    classifier = JOINT_CLASSIFIERS.getOrDefault(classifier, classifier);
    classifier = CLASSIFIER_SYNONYMS.getOrDefault(classifier, classifier);
    return new Unit(text, Dimension.COUNT, classifier, BigDecimal.ONE, BigDecimal.ONE);
  }

  /**
   * A unit per another ({@code 万吨/日}): its own family, in which a measure's scale before the slash
   * converts as that measure does ({@code 0.22万吨/日} is {@code 2200吨/日}). Counts and anything else
   * before the slash ({@code 人/万台}) compare only with the same unit.
   */
  private static Unit perUnit(String text, int slash) {
    String per = text.substring(slash);
    if (slash > 0 && per.length() > 1) {
      Unit of = parse(text.substring(0, slash));
      boolean measure = of.dimension != Dimension.COUNT && of.dimension != Dimension.OTHER
          && of.dimension != Dimension.PERCENT || of.dimension == Dimension.OTHER && !of.family.isEmpty();
      if (measure) {
        String family = (of.family.isEmpty() ? baseSymbol(of.dimension) : of.family) + per;
        return new Unit(text, Dimension.OTHER, family, of.scaleNumerator, of.scaleDenominator);
      }
    }
    return new Unit(text, Dimension.OTHER, text, BigDecimal.ONE, BigDecimal.ONE);
  }

  /** The symbol of a measure's base unit, as each {@link Dimension} names it. */
  private static String baseSymbol(Dimension dimension) {
    return switch (dimension) {
      case CURRENCY -> "元";
      case LENGTH -> "米";
      case AREA -> "平方米";
      case VOLUME -> "立方米";
      case MASS -> "吨";
      default -> throw new IllegalArgumentException("no base unit: " + dimension);
    };
  }

  /**
   * Returns the count classifier unit for {@code classifier}, such as {@code 座} or {@code 人次}.
   *
   * @param classifier the classifier as written
   * @return the unit, of dimension {@link Dimension#COUNT} unless the word is a known unit
   */
  public static Unit count(String classifier) {
    return parse(classifier);
  }

  private static String normalize(String symbol) {
    StringBuilder out = new StringBuilder(symbol.length());
    for (int i = 0; i < symbol.length(); i++) {
      char c = symbol.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        continue;
      }
      out.append(c == '％' ? '%' : c);
    }
    return out.toString();
  }

  /** The unit as written, such as {@code 万元}; empty for {@link #NONE}. @return the symbol */
  public String symbol() {
    return symbol;
  }

  /** What this unit measures. @return the dimension */
  public Dimension dimension() {
    return dimension;
  }

  /**
   * For a count, the classifier with synonyms resolved ({@code 名} gives {@code 人}); for a compound
   * unit of {@link Dimension#OTHER}, the unit itself, with a measure before its slash in its base unit
   * ({@code 万吨/日} gives {@code 吨/日}); otherwise (bare numbers among them) empty.
   *
   * @return the classifier
   */
  public String classifier() {
    return family;
  }

  /**
   * Whether quantities in this unit and in {@code other} can be compared: the same dimension, and
   * for counts a compatible classifier (see the class description).
   *
   * @param other another unit
   * @return true when a comparison or conversion is meaningful
   */
  public boolean isCommensurableWith(Unit other) {
    if (dimension != other.dimension) {
      return false;
    }
    if (dimension == Dimension.OTHER) {
      // Bare numbers (NONE, 万, 亿) share the empty family; a compound unit is its own family, or that of its
      // measure per the rest (吨/日 and 万吨/日)
      return family.equals(other.family);
    }
    if (dimension != Dimension.COUNT || family.equals(other.family)) {
      return true;
    }
    return family.equals(GENERAL_CLASSIFIER) && !PERSON_CLASSIFIERS.contains(other.family)
        || other.family.equals(GENERAL_CLASSIFIER) && !PERSON_CLASSIFIERS.contains(family);
  }

  /**
   * Whether one of this unit and {@code other} counts dwellings ({@code 套}) and the other
   * households ({@code 户}, not its synonym {@code 家}), at any scale. Housing counts a rehoused
   * household as one dwelling (棚户区改造1000套（户）); elsewhere the two count different things
   * (智能电表500套 for 500户), so they are not {@linkplain #isCommensurableWith commensurable} and only
   * the words around them can make them compare ({@link AbstractTarget#accepts Target.accepts}).
   *
   * @param other another unit
   * @return true for dwellings against households
   */
  public boolean isDwellingsAgainstHouseholds(Unit other) {
    return dimension == Dimension.COUNT && other.dimension == Dimension.COUNT
        && (isDwellings() && other.isHouseholds() || isHouseholds() && other.isDwellings());
  }

  private boolean isDwellings() {
    return family.equals(DWELLING);
  }

  private boolean isHouseholds() {
    return family.equals(HOUSEHOLD_FAMILY) && symbol.endsWith(HOUSEHOLD);
  }

  /**
   * This count at its scale with the classifier of {@code other}: {@code 万户} with {@code 套} gives
   * {@code 万套}. A unit that is no count, or the classifier of no count, is returned as it is.
   *
   * @param other the unit whose classifier to take
   * @return the unit
   */
  public Unit withClassifierOf(Unit other) {
    if (dimension != Dimension.COUNT || other.dimension != Dimension.COUNT) {
      return this;
    }
    return parse(scalePrefix() + other.symbol.substring(other.scalePrefix().length()));
  }

  /** The 万 of 万户: the scale word before a count's classifier, else empty. */
  private String scalePrefix() {
    return symbol.length() > 1 && SCALE_PREFIXES.containsKey(symbol.charAt(0))
        && scaleNumerator.compareTo(BigDecimal.ONE) != 0 ? symbol.substring(0, 1) : "";
  }

  /**
   * Converts {@code value} in this unit to {@code target}. The result is exact whenever it has a
   * finite decimal expansion, which holds for every pair of units except those involving {@code 亩}
   * converted to a decimal area unit; there the result is rounded to 34 significant digits.
   *
   * @param value a value in this unit
   * @param target the unit to express it in
   * @return the value in {@code target}
   * @throws IncommensurableUnitsException if the units are of different dimensions or classifiers
   */
  public BigDecimal convert(BigDecimal value, Unit target) {
    requireCommensurable(target);
    if (scaleNumerator.equals(target.scaleNumerator) && scaleDenominator.equals(target.scaleDenominator)) {
      return value;
    }
    BigDecimal numerator = value.multiply(scaleNumerator).multiply(target.scaleDenominator);
    BigDecimal denominator = scaleDenominator.multiply(target.scaleNumerator);
    try {
      return numerator.divide(denominator);
    } catch (ArithmeticException nonTerminating) {
      return numerator.divide(denominator, MathContext.DECIMAL128);
    }
  }

  /**
   * Compares {@code a} in this unit with {@code b} in {@code other}, exactly.
   *
   * @param a a value in this unit
   * @param other the unit of {@code b}
   * @param b a value in {@code other}
   * @return negative, zero or positive as {@code a} is less than, equal to or greater than {@code b}
   * @throws IncommensurableUnitsException if the units cannot be compared
   */
  public int compare(BigDecimal a, Unit other, BigDecimal b) {
    requireCommensurable(other);
    if (scaleNumerator.equals(other.scaleNumerator) && scaleDenominator.equals(other.scaleDenominator)
        && scaleNumerator.scale() == 0 && scaleDenominator.scale() == 0) {
      // Most comparisons, within one unit: the same positive integer factor on both sides, whose
      // products could neither change the order nor overflow the scale.
      return a.compareTo(b);
    }
    BigDecimal left = a.multiply(scaleNumerator).multiply(other.scaleDenominator);
    BigDecimal right = b.multiply(other.scaleNumerator).multiply(scaleDenominator);
    return left.compareTo(right);
  }

  /**
   * Whether this is a bare number, perhaps scaled: {@link #NONE}, {@code 万} or {@code 亿} written
   * without a unit, as a table cell without its unit column or {@code 减少贫困人口800万} gives it.
   *
   * @return true for a bare number
   */
  public boolean isBare() {
    return dimension == Dimension.OTHER && family.isEmpty();
  }

  /**
   * Whether a target in this unit can be judged against a value in {@code other}: the units are
   * {@linkplain #isCommensurableWith commensurable} once a bare number takes the other's unit
   * ({@link #withDimensionOf}), and percentage points go only with points — a change of 1.35
   * points is no growth of 1.35%.
   *
   * @param other another unit
   * @return true when the two compare
   */
  public boolean comparesWith(Unit other) {
    return withDimensionOf(other).isCommensurableWith(other.withDimensionOf(this)) && isPoints() == other.isPoints();
  }

  private boolean isPoints() {
    return symbol.endsWith("百分点");
  }

  /**
   * This unit as a bare number takes the unit of {@code other}: a number written without a unit and
   * compared with a count or an amount is a number of the same things, in the same word at its own
   * scale ({@link #NONE} with {@code 亩} or {@code 万亩} gives {@code 亩}; {@code 万} with {@code 人}
   * or {@code 万人} gives {@code 万人}). Any other unit, and any unit against a percentage or a
   * compound unit, is returned as it is.
   *
   * @param other the unit of what this number is compared with
   * @return the unit, commensurable with {@code other} when this one is bare
   */
  public Unit withDimensionOf(Unit other) {
    if (!isBare() || other.isBare() || other.dimension == Dimension.PERCENT || other.dimension == Dimension.OTHER) {
      return this;
    }
    String word = other.symbol;
    if (word.length() > 1 && (word.charAt(0) == '万' || word.charAt(0) == '亿')) {
      word = word.substring(word.startsWith("万亿") && word.length() > 2 ? 2 : 1);
    }
    return parse(symbol + word);
  }

  private void requireCommensurable(Unit other) {
    if (!isCommensurableWith(other)) {
      throw new IncommensurableUnitsException(this, other);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Unit && ((Unit) other).symbol.equals(symbol);
  }

  @Override
  public int hashCode() {
    return symbol.hashCode();
  }

  /** The symbol as written, such as {@code 万元}. @return the symbol */
  @Override
  public String toString() {
    return symbol;
  }
}
