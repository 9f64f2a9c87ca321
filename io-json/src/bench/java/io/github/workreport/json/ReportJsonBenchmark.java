package io.github.workreport.json;

import io.github.workreport.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writing and reading a 100 000-task report with {@link ReportJson} (and with a Jackson mapper
 * carrying {@link ReportModule}) beside the plain streaming code of {@link BaselineJson}, on the
 * same document, in the same run. Run with {@code mvn -Pbench -pl io-json -am verify -DskipTests}.
 *
 * <p>Sample time, so that JMH reports each method's minimum and median besides the mean: on a
 * machine shared with other builds the mean follows the neighbours' load, the median and minimum
 * much less.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class ReportJsonBenchmark {
  static final int TASKS = 100_000;

  private Report report;
  private byte[] document;
  private JsonMapper mapper;
  private ByteArrayOutputStream out;

  @Setup
  public void setUp() {
    report = Fixtures.manyTaskReport(TASKS);
    mapper = JsonMapper.builder().addModule(new ReportModule()).build();
    out = new ByteArrayOutputStream(256 << 20);
    ReportJson.write(report, out, ReportJsonFeature.COMPACT_OUTPUT);
    document = out.toByteArray();

    // Both sides must do the same work: the same bytes out, the same report in.
    out.reset();
    BaselineJson.write(report, out);
    if (!Arrays.equals(out.toByteArray(), document)) {
      throw new IllegalStateException("the baseline does not write the same document");
    }
    if (!BaselineJson.read(new ByteArrayInputStream(document)).equals(report)
        || !ReportJson.read(new ByteArrayInputStream(document)).equals(report)) {
      throw new IllegalStateException("a reader does not read the report back");
    }
    System.out.printf("%n%,d tasks, %,d bytes%n", TASKS, document.length);
  }

  @Benchmark
  public int writeReportJson() {
    out.reset();
    ReportJson.write(report, out, ReportJsonFeature.COMPACT_OUTPUT);
    return out.size();
  }

  @Benchmark
  public int writeBaseline() {
    out.reset();
    BaselineJson.write(report, out);
    return out.size();
  }

  @Benchmark
  public int writeMapper() {
    out.reset();
    mapper.writeValue(out, report);
    return out.size();
  }

  @Benchmark
  public Report readReportJson() {
    return ReportJson.read(new ByteArrayInputStream(document));
  }

  @Benchmark
  public Report readBaseline() {
    return BaselineJson.read(new ByteArrayInputStream(document));
  }

  @Benchmark
  public Report readMapper() {
    return mapper.readValue(document, Report.class);
  }

  @Benchmark
  public long streamTasksReportJson() {
    try (TaskStream in = ReportJson.streamTasks(new ByteArrayInputStream(document))) {
      return in.tasks().count();
    }
  }
}
