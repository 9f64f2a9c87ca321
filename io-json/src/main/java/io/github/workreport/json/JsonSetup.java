package io.github.workreport.json;

import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The one Jackson setup of {@link ReportJson}: every feature the format depends on is set here
 * explicitly, whatever Jackson's defaults are in this or a later version. There is no mapper: the
 * reader and writer handle every field themselves, so the mapper features whose defaults Jackson 3
 * changed ({@code FAIL_ON_UNKNOWN_PROPERTIES}, {@code SORT_PROPERTIES_ALPHABETICALLY}) have nothing to
 * act on; {@link ReportModule} documents how the same holds inside a caller's mapper.
 */
final class JsonSetup {

  /**
   * Reading limits. The format nests at most seven levels deep; the margin is for unknown fields
   * skipped under {@link ReportJsonFeature#ALLOW_UNKNOWN_FIELDS}. No string in a work report comes
   * near a million characters; the limit keeps a hostile file from filling the heap. Document
   * length and token count stay unlimited: a million tasks is a legitimate document.
   */
  static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(64)
      .maxNumberLength(ReportReader.MAX_NUMBER_LENGTH)
      .maxStringLength(1_000_000)
      .maxNameLength(1_000)
      .maxDocumentLength(-1)
      .maxTokenCount(-1)
      .build();

  static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(CONSTRAINTS)
      // Strict JSON only: no comments, NaN, single quotes, trailing commas, leading zeros…
      .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .disable(JsonReadFeature.ALLOW_YAML_COMMENTS)
      .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .disable(JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES)
      .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .disable(JsonReadFeature.ALLOW_MISSING_VALUES)
      .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
      .disable(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
      .disable(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
      .disable(JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS)
      .disable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .disable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      // The caller owns the streams it passes; ReportJson closes what it opens.
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      // A write that fails half-way must leave a document that does not parse, not one that
      // Jackson completed by closing its open arrays: that would read back as a shorter report.
      .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      // Duplicates are detected by the reader itself, for the fields of the format.
      .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      // Readable Chinese and units: 万元 not \u4E07\u5143, 元/月 not 元\/月, 𠮷 as UTF-8.
      .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .enable(JsonWriteFeature.QUOTE_PROPERTY_NAMES)
      .disable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
      .build();

  /** Two-space indentation, {@code "name": value}, one element per line, {@code []} and {@code {}} when empty. */
  private static final DefaultPrettyPrinter INDENTED = new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
          .withObjectEntrySpacing(Separators.Spacing.NONE)
          .withArrayElementSpacing(Separators.Spacing.NONE)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator("")
          .withRootSeparator("\n"))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  static final ObjectWriteContext INDENTED_OUTPUT = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return INDENTED.createInstance();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  static final ObjectWriteContext COMPACT_OUTPUT = ObjectWriteContext.empty();

  static final ObjectReadContext INPUT = ObjectReadContext.empty();

  private JsonSetup() {}
}
