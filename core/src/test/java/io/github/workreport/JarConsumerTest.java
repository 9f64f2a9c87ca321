package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer compiling against core with {@code -Xlint:all -Werror}, and without Immutables on its
 * class path (Immutables is compile-time only for core), must see no warning: annotation attributes
 * left in core's class files, such as {@code @Value.Immutable(builder = false)}, make javac warn
 * "Cannot find annotation method".
 */
class JarConsumerTest {

  private static final String CONSUMER = String.join("\n",
      "package demo;",
      "import io.github.workreport.*;",
      "import io.github.workreport.rules.*;",
      "import java.math.BigDecimal;",
      "public class Consumer {",
      "  public static String run() {",
      "    Quantity q = Quantity.parse(\"258.77亿元\");",
      "    Span span = Span.of(0, 3);",
      "    Finding finding = Finding.of(FindingKind.PROVISIONAL, \"预计\");",
      "    Target target = Target.of(\"年度投资\", Kind.AMOUNT, Bound.EXACTLY, q);",
      "    Task task = Task.builder().number(10).text(\"确保完成258.77亿元年度投资计划\").addTarget(target)",
      "        .outcome(Outcome.builder().addMeasure(Measure.of(\"投资\", Kind.AMOUNT, Quantity.parse(\"160.36亿元\"))).build())",
      "        .build();",
      "    ClassificationPolicy policy = ClassificationPolicy.builder().ratio(new BigDecimal(\"0.8\")).build();",
      "    Report report = Classifier.of(policy).classify(Report.builder().addTask(task).build());",
      "    return q + \" \" + span + \" \" + finding + \" \" + report.tasks().get(0).assessment().orElseThrow();",
      "  }",
      "}");

  @Test
  void aConsumerCompilingWithWerrorSeesNoWarning(@TempDir Path dir) throws Exception {
    // The javac executable rather than javax.tools: the tests run inside core's module, which does
    // not (and should not) read java.compiler.
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    assumeTrue(Files.isExecutable(javac), "a JDK runs the tests");
    Path source = dir.resolve("demo/Consumer.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, CONSUMER);
    Process process = new ProcessBuilder(javac.toString(), "-J-Duser.language=en", "-encoding", "UTF-8",
        "-Xlint:all", "-Werror", "-proc:none", "-classpath", coreClasses().toString(),
        "-d", dir.resolve("out").toString(), source.toString())
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(output).isEmpty();
    assertThat(process.exitValue()).isZero();
  }

  private static Path coreClasses() throws URISyntaxException {
    return Path.of(Quantity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
