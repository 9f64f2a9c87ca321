package io.github.workreport.rules;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.workreport.Bound;
import io.github.workreport.Deadline;
import io.github.workreport.Kind;
import io.github.workreport.Measure;
import io.github.workreport.Outcome;
import io.github.workreport.Period;
import io.github.workreport.Quantity;
import io.github.workreport.Report;
import io.github.workreport.Role;
import io.github.workreport.Status;
import io.github.workreport.Target;
import io.github.workreport.Task;
import io.github.workreport.Unit;
import io.github.workreport.Match;
import io.github.workreport.MeasureMatcher;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of model values for the laws of the rules. */
final class Generators {
  private Generators() {}

  /** Target i is judged against measure i: the laws test the rules, not the matching. */
  static final MeasureMatcher BY_INDEX = task -> IntStream.range(0, task.targets().size())
      .mapToObj(i -> i < task.outcome().measures().size() ? Match.builder().target(i).measure(i).build() : Match.none(i))
      .collect(Collectors.toList());

  /** Units by dimension; each list holds units of one dimension that convert exactly into each other or nearly. */
  static final List<List<Unit>> UNITS_BY_DIMENSION = List.of(
      List.of(Unit.YUAN, Unit.QIAN_YUAN, Unit.WAN_YUAN, Unit.YI_YUAN),
      List.of(Unit.METRE, Unit.KILOMETRE, Unit.GONGLI),
      List.of(Unit.SQUARE_METRE, Unit.WAN_SQUARE_METRE, Unit.HECTARE, Unit.SQUARE_KILOMETRE, Unit.MU, Unit.WAN_MU),
      List.of(Unit.TON, Unit.WAN_TON, Unit.KILOGRAM),
      List.of(Unit.PERCENT, Unit.PERCENTAGE_POINT),
      List.of(Unit.parse("座"), Unit.parse("个")),
      List.of(Unit.parse("人"), Unit.parse("名"), Unit.parse("万人")),
      List.of(Unit.parse("家"), Unit.parse("户")),
      List.of(Unit.parse("元/月/人")));

  static final List<String> METRICS = List.of(
      "地区生产总值", "服务业增加值", "新建公厕", "年度投资", "城镇新增就业",
      // ceilings by nature, whose 左右 targets are judged as upper bounds
      "居民消费价格涨幅", "城镇登记失业率", "万元GDP能耗", "");

  static Gen<ClassificationPolicy> policies() {
    Gen<ClassificationPolicy> varied = integers().between(50, 100).zip(integers().between(0, 30),
        (ratio, points) -> ClassificationPolicy.builder()
            .ratio(BigDecimal.valueOf(ratio, 2))
            .points(BigDecimal.valueOf(points, 1))
            .build());
    return Generate.frequency(Pair.of(1, Generate.constant(ClassificationPolicy.defaults())), Pair.of(3, varied));
  }

  /** Everyday values: up to seven digits, up to three decimals, sometimes zero or negative. */
  static Gen<BigDecimal> values() {
    return integers().between(-2_000, 2_000_000).zip(integers().between(0, 3),
        (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
  }

  static Gen<BigDecimal> positiveValues() {
    return integers().between(1, 2_000_000).zip(integers().between(0, 3),
        (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
  }

  static Gen<BigDecimal> nonNegativeValues() {
    return integers().between(0, 2_000_000).zip(integers().between(0, 3),
        (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
  }

  /**
   * Achieved values around {@code target}: from nothing to half as much again, in steps of a
   * thousandth, or a few percentage points either side; often near the thresholds.
   */
  static Gen<BigDecimal> around(BigDecimal target) {
    Gen<BigDecimal> share = integers().between(0, 1500).map(k -> target.multiply(BigDecimal.valueOf(k, 3)));
    Gen<BigDecimal> points = integers().between(-40, 40).map(k -> target.add(BigDecimal.valueOf(k, 1)));
    return share.mix(points).mix(values(), 20);
  }

  /** Everyday values mixed with the extremes of BigDecimal. */
  static Gen<BigDecimal> anyValues() {
    Gen<BigDecimal> extreme = integers().all().zip(
        arbitrary().pick(Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -999_999_999, -400, 400, 999_999_999,
            Integer.MAX_VALUE),
        (unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled), scale));
    Gen<BigDecimal> special = arbitrary().pick(BigDecimal.ZERO, BigDecimal.ONE.negate(),
        new BigDecimal("1E+2147483647"), new BigDecimal("-1E-2147483647"), new BigDecimal("123456789012345678901234567890.123456789"));
    return Generate.frequency(Pair.of(6, values()), Pair.of(2, extreme), Pair.of(1, special));
  }

  static Gen<Unit> anyUnits() {
    return arbitrary().pick(UNITS_BY_DIMENSION).flatMap(units -> arbitrary().pick(units))
        .mix(arbitrary().pick(Unit.NONE, Unit.parse("万"), Unit.parse("辆"), Unit.parse("人次")), 10);
  }

  /** A unit of the same dimension as {@code unit}, possibly itself. */
  static Gen<Unit> sameDimension(Unit unit) {
    for (List<Unit> units : UNITS_BY_DIMENSION) {
      if (units.contains(unit)) {
        return arbitrary().pick(units);
      }
    }
    return Generate.constant(unit);
  }

  /** A unit that suits the kind: percent for rates and levels, money, length, area or mass for amounts. */
  static Gen<Unit> unitFor(Kind kind) {
    switch (kind) {
      case GROWTH:
      case DECLINE:
      case LEVEL:
        return Generate.constant(Unit.PERCENT);
      case COUNT:
        return arbitrary().pick(Unit.parse("座"), Unit.parse("个"), Unit.parse("人"), Unit.parse("家"));
      default:
        return arbitrary().pick(UNITS_BY_DIMENSION.subList(0, 4)).flatMap(units -> arbitrary().pick(units));
    }
  }

  /** Targets whose unit suits their kind, with positive values. */
  static Gen<Target> targets() {
    return targets(positiveValues());
  }

  /** Targets whose unit suits their kind, with values of any sign, zero included. */
  static Gen<Target> targetsOfAnySign() {
    return targets(values().mix(arbitrary().pick(BigDecimal.ZERO, new BigDecimal("-2.5"))));
  }

  private static Gen<Target> targets(Gen<BigDecimal> values) {
    return arbitrary().enumValues(Kind.class).flatMap(kind ->
        unitFor(kind).zip(values, arbitrary().enumValues(Bound.class), arbitrary().pick(METRICS),
            (unit, value, bound, metric) -> Target.of(metric, kind, bound, Quantity.of(value, unit))));
  }

  /**
   * Targets written as ranges ({@code 增长6%-6.5%}): a sensible target of any bound with an upper
   * end from a hundredth to fifty above its value, in its unit.
   */
  static Gen<Target> rangeTargets() {
    return targets().zip(integers().between(1, 5000), (target, step) ->
        Target.builder().from(target).upper(Quantity.of(target.value().add(BigDecimal.valueOf(step, 2)), target.unit()))
            .build());
  }

  /** Any target at all: any kind, unit and value, zero and negative and extreme ones included. */
  static Gen<Target> anyTargets() {
    return arbitrary().enumValues(Kind.class).zip(arbitrary().enumValues(Bound.class), arbitrary().pick(METRICS),
        anyValues().zip(anyUnits(), Quantity::of), integers().between(0, 3),
        (kind, bound, metric, quantity, dice) -> dice > 0
            ? Target.of(metric, kind, bound, quantity)
            : Target.of(metric, kind, bound, quantity).withUpper(Quantity.of(above(quantity.value()), quantity.unit())));
  }

  /** A value above {@code value} with no more digits than it: twice a positive value, zero above a negative, one above zero. */
  private static BigDecimal above(BigDecimal value) {
    return value.signum() == 0 ? BigDecimal.ONE : value.add(value.abs());
  }

  static Gen<Measure> anyMeasures() {
    return arbitrary().enumValues(Kind.class).zip(anyValues().zip(anyUnits(), Quantity::of),
        arbitrary().enumValues(Role.class), booleans().all(), arbitrary().pick(METRICS),
        (kind, quantity, role, estimated, metric) ->
            Measure.builder().metric(metric).kind(kind).quantity(quantity).role(role).estimated(estimated).build());
  }

  /** A report's period, or none; progress reports included. */
  static Gen<Optional<Period>> periods() {
    return integers().between(0, 12).map(month -> month == 0
        ? Optional.<Period>empty()
        : Optional.of(Period.of(YearMonth.of(2020, month))));
  }

  static Gen<Optional<Deadline>> deadlines() {
    return integers().between(0, 48).map(months -> months == 0
        ? Optional.<Deadline>empty()
        : Optional.of(Deadline.of(YearMonth.of(2019, 1).plusMonths(months))));
  }

  static final List<String> NARRATIVES = List.of("", "已完成。", "超额完成任务。", "基本完成指标任务。",
      "目前工程正在加紧建设。", "下一步将加大对接力度。", "完成投资额160.36亿元。", "已完成1个(50%)");

  /** Anything a task can hold, sensible or not. */
  static Gen<Task> anyTasks() {
    return lists().of(anyTargets()).ofSizeBetween(0, 4).zip(lists().of(anyMeasures()).ofSizeBetween(0, 5),
        arbitrary().enumValues(Status.class), deadlines(), arbitrary().pick(NARRATIVES),
        (targets, measures, declared, deadline, narrative) -> Task.builder()
            .section("已完成").number(1).text("任务")
            .targets(targets)
            .deadline(deadline)
            .outcome(Outcome.builder().narrative(narrative).declaredStatus(declared).measures(measures).build())
            .build());
  }

  /**
   * Tasks of one to four sensible targets, each with a measure of its kind in a unit of its
   * dimension, near its value; some measures are in an incommensurable unit, leaving their target
   * unverified. Target i is meant to be matched with measure i.
   */
  static Gen<Task> sensibleTasks() {
    Gen<Pair<Target, Measure>> pairs = targets().flatMap(target -> sameDimension(target.unit())
        .zip(around(target.value()), integers().between(0, 9), (unit, value, dice) -> {
          Unit measured = dice == 0 ? Unit.parse("辆") : unit;
          return Pair.of(target, Measure.of(target.metric(), target.kind(), Quantity.of(value, measured)));
        }));
    return lists().of(pairs).ofSizeBetween(1, 4).zip(arbitrary().enumValues(Status.class), deadlines(),
        (list, declared, deadline) -> Task.builder()
            .section("已完成").number(1).text("任务")
            .targets(list.stream().map(pair -> pair._1).collect(Collectors.toList()))
            .deadline(deadline)
            .outcome(Outcome.builder().declaredStatus(declared)
                .measures(list.stream().map(pair -> pair._2).collect(Collectors.toList())).build())
            .build());
  }

  static Gen<Report> anyReports() {
    return lists().of(anyTasks()).ofSizeBetween(0, 4).zip(periods(), booleans().all(),
        (tasks, period, withYear) -> {
          Report.Builder report = Report.builder().tasks(tasks).period(period);
          if (withYear) {
            report.year(2020);
          }
          return report.build();
        });
  }

  /** Matchers as a caller might write them: the standard one, by index, and ones that return nonsense. */
  static Gen<MeasureMatcher> anyMatchers() {
    // Match refuses a negative target index, so the nonsense is indexes out of range, repeats,
    // gaps, nulls and a null list.
    Gen<MeasureMatcher> garbage = lists().of(integers().between(-3, 8)).ofSize(12).map(indexes -> task -> {
      List<Match> matches = new ArrayList<>();
      for (int i = 0; i + 2 < indexes.size(); i += 3) {
        Match.Builder match = Match.builder().target(Math.max(0, indexes.get(i)) * 3);
        if (indexes.get(i + 1) != 0) {
          match.measure(indexes.get(i + 1));
        }
        if (indexes.get(i + 2) > 4) {
          match.revision(indexes.get(i + 2) - 5);
        }
        matches.add(match.build());
        if (indexes.get(i) == -3) {
          matches.add(null);
        }
      }
      return indexes.get(0) == 8 ? null : matches;
    });
    return Generate.frequency(
        Pair.of(1, Generate.constant(io.github.workreport.text.AssignmentMatcher.standard())),
        Pair.of(1, Generate.constant(BY_INDEX)),
        Pair.of(2, garbage));
  }

  /** Whether smaller achieved values are better for {@code target} under {@code policy}, as the design states it. */
  static boolean lowerIsBetter(Target target, ClassificationPolicy policy) {
    return target.bound() == Bound.AT_MOST
        || target.bound() == Bound.ABOUT && target.kind() != Kind.DECLINE && policy.isCeiling(target.metric());
  }
}
