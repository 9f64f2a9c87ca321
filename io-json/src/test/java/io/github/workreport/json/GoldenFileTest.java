package io.github.workreport.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The format, pinned byte for byte: {@code golden/rich-report.json} is {@link Fixtures#richReport()}
 * written once. A change to the format must change that file on purpose: run the build with {@code
 * -Dworkreport.golden.update=true} to rewrite it in the source tree (the other tests read the
 * copy on the class path, so run the build once more), and review the diff.
 */
class GoldenFileTest {
  static final String GOLDEN = "golden/rich-report.json";

  static byte[] golden(String name) {
    try (InputStream in = GoldenFileTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing; write it with -Dworkreport.golden.update=true");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rewrites a golden file in the source tree when asked to, never otherwise; true if it did. */
  static boolean updateIfAsked(String name, byte[] bytes) throws IOException {
    if (!Boolean.getBoolean("workreport.golden.update")) {
      return false;
    }
    Path file = Path.of("src/test/resources/io/github/workreport/json").resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return true;
  }

  @Test
  void writingTheFixtureGivesTheGoldenBytes() throws IOException {
    byte[] written = ReportJson.toJson(Fixtures.richReport()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (!updateIfAsked(GOLDEN, written)) {
      assertThat(written).isEqualTo(golden(GOLDEN));
    }
  }

  @Test
  void readingTheGoldenFileGivesTheFixture() {
    assertThat(ReportJson.read(new java.io.ByteArrayInputStream(golden(GOLDEN)))).isEqualTo(Fixtures.richReport());
  }

  @Test
  void readingAndWritingTheGoldenFileGivesTheSameBytes() {
    Report read = ReportJson.read(new java.io.ByteArrayInputStream(golden(GOLDEN)));
    byte[] again = ReportJson.toJson(read).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(again).isEqualTo(golden(GOLDEN));
  }
}
