package io.github.workreport.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.workreport.json.ReportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shaded {@code workreport.jar} as users run it, after {@code package}: {@code java -jar} in a
 * process of its own (standard error must hold nothing but the one-line reasons), and {@code jshell
 * --class-path} on each script.
 */
class WorkReportJarIT {
  private static final Path JAR = Path.of(System.getProperty("workreport.jar", "target/workreport.jar"));
  private static final Path ROOT = Path.of("..");

  /** A finished process. */
  static final class Done {
    final int status;
    final String out;
    final String err;

    Done(int status, String out, String err) {
      this.status = status;
      this.out = out;
      this.err = err;
    }
  }

  static Done run(Path directory, List<String> command) throws IOException, InterruptedException {
    return run(directory, command, 3);
  }

  static Done run(Path directory, List<String> command, int minutes) throws IOException, InterruptedException {
    Path out = Files.createTempFile("workreport-out", ".txt");
    Path err = Files.createTempFile("workreport-err", ".txt");
    try {
      Process process = new ProcessBuilder(command).directory(directory.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertThat(process.waitFor(minutes, TimeUnit.MINUTES)).as("finished: " + command).isTrue();
      return new Done(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  static Done workreport(Path directory, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    return run(directory, command);
  }

  @Test
  void theJarIsAClassPathApplication() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo("io.github.workreport.examples.cli.Main");
      assertThat(jar.stream().map(e -> e.getName()).filter(n -> n.endsWith("module-info.class"))).isEmpty();
      assertThat(jar.stream().map(e -> e.getName()).filter(n -> n.matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)"))).isEmpty();
      assertThat(new String(jar.getInputStream(jar.getEntry("META-INF/services/tools.jackson.databind.JacksonModule"))
          .readAllBytes(), StandardCharsets.UTF_8)).contains("io.github.workreport.json.ReportModule");
      assertThat(jar.getEntry("io/github/workreport/examples/baqiao-2020.txt")).isNotNull();
    }
  }

  @Test
  void classifyAsJsonIsTheLibrarysDocumentAndNothingElse(@TempDir Path dir) throws Exception {
    Done done = workreport(dir, "classify", "--format", "json");
    assertThat(done.status).isZero();
    assertThat(done.err).isEmpty();
    assertThat(done.out).isEqualTo(ReportJson.toJson(WorkReports.bundled()));
  }

  @Test
  void aWorkbookIsReadWithoutAWordOnStandardError(@TempDir Path dir) throws Exception {
    WorkReports.write(WorkReports.bundledUnclassified(), dir.resolve("baqiao.xlsx"));
    Done done = workreport(dir, "classify", "baqiao.xlsx");
    assertThat(done.status).isZero();
    assertThat(done.err).isEmpty();
    assertThat(done.out).startsWith("《灞桥区 2020 年政府工作报告》工作任务分解表\n").doesNotContain("\u001B");
  }

  @Test
  void badInputIsOneLineAndExitOne(@TempDir Path dir) throws Exception {
    Done done = workreport(dir, "classify", "missing.txt");
    assertThat(done.status).isEqualTo(1);
    assertThat(done.err).isEqualTo("missing.txt: no such file\n");
    assertThat(done.out).isEmpty();
  }

  @Test
  void aUsageErrorIsExitTwo(@TempDir Path dir) throws Exception {
    Done done = workreport(dir, "classify", "--format", "xml");
    assertThat(done.status).isEqualTo(2);
    assertThat(done.err).doesNotContain("\tat ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"01-quickstart.jsh", "02-claims.jsh", "03-units.jsh", "04-excel.jsh"})
  void everyScriptRunsInJshellOnTheJar(String script) throws Exception {
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    assumeTrue(Files.isExecutable(jshell), "a JDK with jshell runs the tests");
    Done done = run(ROOT, List.of(jshell.toString(), "-J-Dfile.encoding=UTF-8", "-R-Dfile.encoding=UTF-8",
        "--class-path", JAR.toAbsolutePath().toString(), "examples/jshell/" + script));
    String all = done.out + done.err;
    assertThat(all).as(all).doesNotContain("Error:").doesNotContain("Exception").doesNotContain("|  ");
    assertThat(done.out).isNotBlank();
    assertThat(done.status).isZero();
  }
}
