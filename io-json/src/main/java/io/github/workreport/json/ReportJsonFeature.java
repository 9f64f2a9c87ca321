package io.github.workreport.json;

/**
 * Options of the workreport/1 reader and writer. Every option is off by default, so that the
 * defaults are the strict reading and the readable writing the format is specified with; pass the
 * options you want to {@link ReportJson} methods or to {@link ReportModule#ReportModule(ReportJsonFeature...)}:
 *
 * <pre>{@code
 * Report report = ReportJson.read(path, ReportJsonFeature.ALLOW_UNKNOWN_FIELDS);
 * }</pre>
 *
 * <p>The format's own rules do not depend on Jackson's defaults: Jackson 3 no longer fails on
 * unknown properties by default and sorts properties alphabetically, but this module reads and
 * writes every field itself, in the order of the specification, whatever the mapper's settings.
 */
public enum ReportJsonFeature {

  /**
   * Reading: skip fields the format does not define instead of failing. Off by default: an unknown
   * field is a {@link JsonReadException} naming the field and its JSON path. Skipped values must
   * still be well-formed JSON within the reading limits (nesting depth, string and number length).
   * Fields the format defines are checked as strictly as ever.
   */
  ALLOW_UNKNOWN_FIELDS,

  /**
   * Writing with {@link ReportJson}: one line, no indentation and no final newline. Off by default:
   * documents are indented by two spaces, one field or array element per line, {@code "name": value},
   * and end with a newline — the layout of Python's {@code json.dumps(doc, indent=2,
   * ensure_ascii=False)}, so that diffs stay small. A Jackson mapper uses its own {@code
   * SerializationFeature.INDENT_OUTPUT} instead.
   */
  COMPACT_OUTPUT
}
