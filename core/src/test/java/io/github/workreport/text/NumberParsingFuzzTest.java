package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.workreport.Measure;
import io.github.workreport.Quantity;
import io.github.workreport.Span;
import io.github.workreport.Target;
import io.github.workreport.TextParseException;
import io.github.workreport.Unit;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Fuzzes the number parsers a caller reaches: {@link ChineseNumbers#parse}, {@link Quantity#parse},
 * {@link Unit#parse}, {@link TargetParser} and {@link MeasureParser}. The law: the first three
 * return or throw their documented {@link TextParseException} (with an index inside the text), the
 * two text parsers never throw; what is parsed is exact and reads back — a whole numeral through
 * {@link ChineseNumbers#format}, a quantity through its {@code toString()} and {@code format()}, a
 * unit through its symbol — and every span found lies inside the text.
 *
 * <p>Without {@code JAZZER_FUZZ=1} this replays the corpus in {@code NumberParsingFuzzTestInputs}.
 */
class NumberParsingFuzzTest {
  /** Task texts and narratives run to a few hundred characters; longer inputs add nothing. */
  private static final int MAX_BYTES = 4096;
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  @FuzzTest(maxDuration = "3m")
  void chineseNumeral(byte[] data) {
    if (data.length > MAX_BYTES) {
      return;
    }
    String text = new String(data, StandardCharsets.UTF_8);
    BigDecimal value;
    try {
      value = ChineseNumbers.parse(text);
    } catch (TextParseException expected) {
      assertThat(expected.index()).isBetween(0, text.length());
      return;
    }
    BigInteger whole = value.stripTrailingZeros().scale() <= 0 ? value.toBigIntegerExact() : null;
    if (whole != null && whole.abs().compareTo(LONG_MAX) <= 0) {
      assertThat(ChineseNumbers.parse(ChineseNumbers.format(whole.longValueExact()))).isEqualByComparingTo(value);
    }
  }

  @FuzzTest(maxDuration = "3m")
  void quantity(byte[] data) {
    if (data.length > MAX_BYTES) {
      return;
    }
    String text = new String(data, StandardCharsets.UTF_8);
    try {
      Unit unit = Unit.parse(text);
      assertThat(Unit.parse(unit.symbol())).isEqualTo(unit);
    } catch (TextParseException expected) {
      assertThat(expected.index()).isBetween(0, text.length());
    }
    Quantity quantity;
    try {
      quantity = Quantity.parse(text);
    } catch (TextParseException expected) {
      assertThat(expected.index()).isBetween(0, text.length());
      return;
    }
    assertThat(Quantity.parse(quantity.toString())).isEqualTo(quantity);
    assertThat(Quantity.parse(quantity.format())).isEqualTo(quantity);
  }

  @FuzzTest(maxDuration = "3m")
  void targetsAndMeasures(byte[] data) {
    if (data.length > MAX_BYTES) {
      return;
    }
    String text = new String(data, StandardCharsets.UTF_8);
    for (Target target : TargetParser.standard().parse(text)) {
      assertInside(target.span(), text);
      assertReadsBack(target.quantity());
    }
    TargetParser.standard().deadline(text, OptionalInt.of(2020));
    TargetParser.standard().deadline(text, OptionalInt.empty());
    for (Measure measure : MeasureParser.standard().parse(text, OptionalInt.of(2020))) {
      assertInside(measure.span(), text);
      assertReadsBack(measure.quantity());
    }
  }

  private static void assertInside(Optional<Span> span, String text) {
    span.ifPresent(s -> assertThat(s.end()).isBetween(s.start(), text.length()));
    span.ifPresent(s -> assertThat(s.start()).isNotNegative());
  }

  private static void assertReadsBack(Quantity quantity) {
    assertThat(Quantity.parse(quantity.toString())).isEqualTo(quantity);
  }
}
