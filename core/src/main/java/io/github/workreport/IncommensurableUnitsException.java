package io.github.workreport;

/**
 * Thrown when two quantities are compared or converted across dimensions, such as {@code 人} and
 * {@code 元}. A comparison that cannot be made is an error, never a silent {@code false}.
 */
public final class IncommensurableUnitsException extends WorkReportException {
  private static final long serialVersionUID = 1L;

  private final transient Unit from;
  private final transient Unit to;

  /**
   * Creates the exception for a pair of units.
   *
   * @param from the unit of the value at hand
   * @param to the unit it was compared with or converted to
   */
  public IncommensurableUnitsException(Unit from, Unit to) {
    super("cannot compare " + describe(from) + " with " + describe(to));
    this.from = from;
    this.to = to;
  }

  private static String describe(Unit unit) {
    return (unit.symbol().isEmpty() ? "a bare number" : unit.symbol()) + " (" + unit.dimension() + ")";
  }

  /** The unit of the value at hand. @return the unit */
  public Unit from() {
    return from;
  }

  /** The unit it was compared with or converted to. @return the unit */
  public Unit to() {
    return to;
  }
}
