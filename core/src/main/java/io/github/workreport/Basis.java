package io.github.workreport;

/** What an assessment rests on. */
public enum Basis {
  /** Numbers: at least one target was compared with an achieved value. */
  NUMERIC,
  /** The narrative's cue words (正在推进, 下一步, 已完成 …), with no numbers and no declared status. */
  TEXTUAL,
  /** The status the document declares, with no numbers to check it against. */
  DECLARED
}
