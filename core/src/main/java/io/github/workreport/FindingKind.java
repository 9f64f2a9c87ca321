package io.github.workreport;

/** What an audit finding is about. */
public enum FindingKind {
  /** The document declares a better status than the numbers support. */
  CLAIM_NOT_SUPPORTED,
  /** A target with no comparable achieved value in the narrative. */
  UNVERIFIED_TARGET,
  /** A status that rests on an estimate (预计). */
  PROVISIONAL,
  /** The target was revised during the year, and the revised value was used. */
  REVISED_TARGET,
  /** Counts the document declares disagree with each other or with the rows (report level). */
  COUNT_MISMATCH
}
