package io.github.workreport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.workreport.Report;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input never crashes: a valid document damaged anywhere — a byte changed, a piece cut out, a
 * piece repeated, a token swapped for another — either still reads or throws {@link
 * JsonReadException}, through every way in. Never an {@code IllegalArgumentException} from the
 * model, a {@code NullPointerException}, an index out of bounds or an error of Jackson's own
 * (a mapper reports what lies outside the report's value, such as its first token, itself).
 */
class DamagedDocumentPropertyTest {
  private static final byte[] VALID = GoldenFileTest.golden(GoldenFileTest.GOLDEN);
  private static final List<String> TOKENS = List.of(
      "null", "true", "false", "0", "-1", "1e999999", "NaN", "2147483648", "1.5", "\"\"", "\"x\"", "[]", "{}",
      "\"2020-13\"", "\"MET\"", "\"total\"", ",", ":", "]", "}", "[", "{", "\"", "\\", "\u0000", "\uD800", "𠮷");

  /** One damage: where, what kind, and what with. */
  record Damage(int at, int length, int kind, String token) {
    byte[] apply(byte[] valid) {
      int from = Math.min(at, valid.length);
      int to = Math.min(valid.length, from + length);
      byte[] middle;
      switch (kind) {
        case 0: // change one byte
          middle = new byte[] {(byte) (valid[Math.min(from, valid.length - 1)] ^ (1 << length % 8))};
          to = Math.min(valid.length, from + 1);
          break;
        case 1: // cut a piece out
          middle = new byte[0];
          break;
        case 2: // repeat a piece
          middle = concat(java.util.Arrays.copyOfRange(valid, from, to), java.util.Arrays.copyOfRange(valid, from, to));
          break;
        default: // put a token in place of a piece
          middle = token.getBytes(StandardCharsets.UTF_8);
      }
      return concat(concat(java.util.Arrays.copyOfRange(valid, 0, from), middle),
          java.util.Arrays.copyOfRange(valid, to, valid.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
      byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
      System.arraycopy(b, 0, out, a.length, b.length);
      return out;
    }
  }

  static Gen<Damage> damages() {
    return in -> new Damage(
        (int) in.next(Constraint.between(0, VALID.length - 1)),
        (int) in.next(Constraint.between(0, 40)),
        (int) in.next(Constraint.between(0, 3)),
        TOKENS.get((int) in.next(Constraint.between(0, TOKENS.size() - 1))));
  }

  @Test
  void aDamagedDocumentReadsOrFailsWithAReadException() {
    qt().withExamples(3000).forAll(damages()).checkAssert(damage -> {
      byte[] bytes = damage.apply(VALID);
      readsOrFailsCleanly(() -> ReportJson.read(new ByteArrayInputStream(bytes)));
      readsOrFailsCleanly(() -> ReportJson.read(new ByteArrayInputStream(bytes), ReportJsonFeature.ALLOW_UNKNOWN_FIELDS));
      readsOrFailsCleanly(() -> {
        try (TaskStream in = ReportJson.streamTasks(new ByteArrayInputStream(bytes))) {
          in.tasks().forEach(task -> { });
          return in.header();
        }
      });
    });
  }

  @Test
  void aDamagedDocumentReadsOrFailsWithAReadExceptionThroughAMapper() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    qt().withExamples(1500).forAll(damages()).checkAssert(damage -> {
      byte[] bytes = damage.apply(VALID);
      try {
        mapper.readValue(bytes, Report.class);
      } catch (JsonReadException expected) {
        // the format's own error
      } catch (JacksonException jackson) {
        // The mapper's own reading around the value: the first token, trailing tokens, empty input.
        assertThat(jackson).isInstanceOfAny(DatabindException.class, StreamReadException.class);
      }
    });
  }

  private static void readsOrFailsCleanly(java.util.function.Supplier<Report> read) {
    try {
      assertThat(read.get()).isNotNull();
    } catch (JsonReadException expected) {
      assertThat(expected.getMessage()).startsWith("<stream>: ");
      assertThat(expected.reason()).isNotBlank();
    }
  }
}
