package io.github.workreport;

import org.immutables.value.Value;

/**
 * One point of the audit: a {@link FindingKind} and a message in Chinese that names the numbers,
 * such as {@code 申报完成，但数值仅支持基本完成}. This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractFinding {

  /** What the finding is about. @return the kind */
  @Value.Parameter
  public abstract FindingKind kind();

  /** The explanation, for a person. @return the message */
  @Value.Parameter
  public abstract String message();

  /** {@code CLAIM_NOT_SUPPORTED: 申报完成，…}. @return the text */
  @Override
  public String toString() {
    return kind() + ": " + message();
  }
}
