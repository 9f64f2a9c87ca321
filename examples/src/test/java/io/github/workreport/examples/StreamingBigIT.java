package io.github.workreport.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.workreport.Report;
import io.github.workreport.Task;
import io.github.workreport.json.ReportJson;
import io.github.workreport.json.TaskStream;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decade of reports: a table of a million tasks (some 500 MB of text) converted to JSON and to a
 * workbook in a JVM with a 256 MB heap, through the library and through {@code java -jar}. Minutes
 * of work, so it runs only with {@code -Dworkreport.big=true} (and {@code -Dworkreport.bigTasks=N}
 * for another size):
 *
 * <pre>
 * mvn -B -pl examples -am verify -Dit.test=StreamingBigIT -Dworkreport.big=true
 * </pre>
 */
class StreamingBigIT {
  private static final int TASKS = Integer.getInteger("workreport.bigTasks", 1_000_000);
  private static final String HEAP = "-Xmx256m";

  private static WorkReportJarIT.Done java(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP));
    command.addAll(List.of(args));
    long start = System.nanoTime();
    WorkReportJarIT.Done done = WorkReportJarIT.run(dir, command, 30);
    System.out.printf("%s: %.1f s, exit %d%n%s%s", String.join(" ", args).replaceAll("-cp \\S+", "-cp …"),
        (System.nanoTime() - start) / 1e9, done.status, done.out, done.err);
    return done;
  }

  @Test
  void aMillionTasksConvertInA256MegabyteHeap(@TempDir Path dir) throws Exception {
    assumeTrue(Boolean.getBoolean("workreport.big"), "-Dworkreport.big=true runs it");
    Path big = dir.resolve("big.txt");
    BigTable.write(big, TASKS);
    List<String> seed = BigTable.seedRows();
    String first = BigTable.vary(seed.get(0), 0);
    String last = BigTable.vary(seed.get((TASKS - 1) % seed.size()), (TASKS - 1) / seed.size());
    String jar = Path.of(System.getProperty("workreport.jar", "target/workreport.jar")).toAbsolutePath().toString();

    WorkReportJarIT.Done json = java(dir, "-jar", jar, "classify", "big.txt", "--format", "json",
        "--output", "out.json");
    assertThat(json.status).as(json.err).isZero();
    checkJson(dir.resolve("out.json"), TASKS, first, last, true);
    Files.delete(dir.resolve("out.json"));

    WorkReportJarIT.Done xlsx = java(dir, "-jar", jar, "convert", "big.txt", "out.xlsx");
    assertThat(xlsx.status).as(xlsx.err).isZero();
    checkWorkbook(dir.resolve("out.xlsx"), first, last);
    Files.delete(dir.resolve("out.xlsx"));

    String classPath = System.getProperty("java.class.path");
    WorkReportJarIT.Done library = java(dir, "-cp", classPath, BigConvert.class.getName(), "big.txt",
        "lib.json");
    assertThat(library.status).as(library.err).isZero();
    assertThat(library.out).startsWith("tasks " + TASKS + " ");
    checkJson(dir.resolve("lib.json"), TASKS, first, last, false);
  }

  /** Reads the document back task by task: the count, the first and the last task. */
  static void checkJson(Path file, int tasks, String first, String last, boolean classified) {
    try (TaskStream in = ReportJson.streamTasks(file)) {
      Report header = in.header();
      assertThat(header.sections()).hasSize(1);
      assertThat(header.declaredTotals().total()).contains(tasks);
      long n = 0;
      Task previous = null;
      for (Task task : in) {
        if (n == 0) {
          assertThat(task.number()).isEqualTo(1);
          assertThat(first).startsWith(task.text());
          assertThat(task.targets()).isNotEmpty();
        }
        assertThat(task.assessment().isPresent()).isEqualTo(classified);
        previous = task;
        n++;
      }
      assertThat(in.isComplete()).isTrue();
      assertThat(n).isEqualTo(tasks);
      assertThat(previous.number()).isEqualTo(tasks);
      assertThat(last).startsWith(previous.text());
      assertThat(last).endsWith(previous.outcome().narrative());
    }
  }

  /**
   * Reads the task sheet's XML as a stream (a million rows are too many for a workbook in memory):
   * the number of rows, the first and the last; and the total on the summary sheet.
   */
  private static void checkWorkbook(Path file, String first, String last) throws Exception {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      List<List<String>> rows = new ArrayList<>();
      long count = 0;
      ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
      try (InputStream in = zip.getInputStream(sheet)) {
        XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
        List<String> row = null;
        StringBuilder text = null;
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
              case "row": row = new ArrayList<>(); break;
              case "v": case "t": text = new StringBuilder(); break;
              default: break;
            }
          } else if (event == XMLStreamConstants.CHARACTERS && text != null) {
            text.append(xml.getText());
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            String name = xml.getLocalName();
            if ((name.equals("v") || name.equals("t")) && text != null) {
              row.add(text.toString());
              text = null;
            } else if (name.equals("row")) {
              count++;
              if (rows.size() < 4) {
                rows.add(row);
              } else {
                rows.set(3, row);
              }
            }
          }
        }
      }
      // A title row and a header row, then a row per task.
      assertThat(count).isEqualTo(TASKS + 2L);
      assertThat(rows.get(1).get(0)).isEqualTo("序号");
      assertThat(Double.parseDouble(rows.get(2).get(0))).isEqualTo(1);
      assertThat(first).startsWith(rows.get(2).get(1));
      assertThat(Double.parseDouble(rows.get(3).get(0))).isEqualTo(TASKS);
      assertThat(last).startsWith(rows.get(3).get(1));
      assertThat(zip.getEntry("xl/worksheets/sheet2.xml")).isNotNull();
    }
    assertThat(new File(file.toString()).length()).isPositive();
  }
}
