package io.github.workreport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile inputs of issue 7, heavy ones included, through the shaded jar as a user runs it:
 * {@code java -Xmx256m -jar workreport.jar classify FILE}, each in 10 seconds. A bad input exits
 * 1 with one line on standard error — the file, the place, the reason, no stack trace — and an odd
 * but valid one exits 0 with standard error empty. Where GNU time is installed, the peak resident
 * size of each run is printed with its time.
 */
class HostileInputIT {
  private static final Path JAR = Path.of(System.getProperty("workreport.jar", "target/workreport.jar"));
  private static final Path TIME = Path.of("/usr/bin/time");
  private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
  private static final List<String> MEASURED = new ArrayList<>();

  @TempDir
  static Path dir;

  static Stream<HostileInputs.Case> cases() throws Exception {
    return HostileInputs.write(dir, true).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void oneLineAndExitOneOrReadWhole(HostileInputs.Case c) throws Exception {
    String file = c.file.getFileName().toString();
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Path time = Files.createTempFile(dir, "time", ".txt");
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(TIME)) {
      command.addAll(List.of(TIME.toString(), "-v", "-o", time.toString()));
    }
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-jar", JAR.toAbsolutePath().toString(), "classify", file));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    // A refusal comes within 10 s; a million rows read and printed whole take longer.
    int seconds = c.tasks >= 100_000 ? 120 : 10;
    boolean finished = process.waitFor(seconds, TimeUnit.SECONDS);
    if (!finished) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(finished).as(c.name + ": finished in " + seconds + " s").isTrue();
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    Matcher rss = RSS.matcher(Files.readString(time, StandardCharsets.UTF_8));
    MEASURED.add(String.format("| %s | %d | %d ms | %s MB | %s |", c.name, process.exitValue(), millis,
        rss.find() ? Long.parseLong(rss.group(1)) / 1024 : "?", stderr.isEmpty() ? "" : stderr.strip()
            .replace(dir.toString(), "").replace("|", "\\|")));

    assertThat(stderr).as(c.name).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error")
        .doesNotContain("out of memory");
    if (c.refused()) {
      assertThat(process.exitValue()).as(c.name + ": " + stderr).isEqualTo(1);
      assertThat(stderr).as(c.name).endsWith("\n");
      assertThat(stderr.lines()).as(c.name).hasSize(1);
      String line = stderr.strip();
      assertThat(line).as(c.name).startsWith(file + ": ").contains(c.reason);
      String rest = line.substring(file.length() + 2);
      if (!c.place.pattern().isEmpty()) {
        assertThat(rest).as(c.name).containsPattern("^" + c.place.pattern());
      }
      assertThat(stdout).as(c.name).isEmpty();
    } else {
      assertThat(process.exitValue()).as(c.name + ": " + stderr).isZero();
      assertThat(stderr).as(c.name).isEmpty();
      assertThat(stdout).as(c.name).contains(String.valueOf(c.tasks));
    }
  }

  @AfterAll
  static void printMeasurements() {
    System.out.println("| case | exit | wall time | max RSS | standard error |");
    System.out.println("|---|---|---|---|---|");
    MEASURED.forEach(System.out::println);
  }
}
