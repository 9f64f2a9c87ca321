package io.github.workreport.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.workreport.Report;
import io.github.workreport.ReportReadException;
import io.github.workreport.json.JsonReadException;
import io.github.workreport.text.TableText;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile inputs of issue 7 through {@link WorkReports#read(Path)}: each is refused with a
 * {@link ReportReadException} naming the file, the place and the reason, or read whole. The heavy
 * cases (a million rows, a 100 MB line) run in {@link HostileInputIT} only.
 */
class HostileInputTest {
  @TempDir
  static Path dir;

  static Stream<HostileInputs.Case> cases() throws Exception {
    return HostileInputs.write(dir, false).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void refusedWithTheFileThePlaceAndTheReasonOrReadWhole(HostileInputs.Case c) {
    if (c.refused()) {
      ReportReadException e = catchThrowableOfType(ReportReadException.class, () -> WorkReports.read(c.file));
      assertThat(e).as(c.name).isNotNull();
      // Every reader names the file by the path it was given.
      assertThat(e.source()).isEqualTo(c.file.toString());
      assertThat(e.place()).as(e.getMessage()).matches(c.place);
      assertThat(e.reason()).as(e.getMessage()).contains(c.reason);
      assertThat(e.getMessage()).doesNotContain("\n");
      if (e instanceof JsonReadException) {
        JsonReadException j = (JsonReadException) e;
        assertThat(j.line()).isPositive();
        assertThat(j.column()).isPositive();
        assertThat(e.getMessage()).contains("(line " + j.line() + ", column " + j.column() + ")");
      }
    } else {
      Report report = WorkReports.read(c.file);
      assertThat(report.tasks()).as(c.name).hasSize(c.tasks);
      assertThat(HostileInputs.holds(report, c.reason)).as(c.name + " holds " + c.reason).isTrue();
      if (c.original != null) {
        assertThat(texts(report)).isEqualTo(texts(WorkReports.classify(TableText.read(c.original, "original"))));
      }
    }
  }

  private static List<String> texts(Report report) {
    return report.tasks().stream().map(t -> t.number() + t.text() + t.responsibleUnits() + t.outcome().narrative()
        + t.targets() + t.assessment()).toList();
  }
}
