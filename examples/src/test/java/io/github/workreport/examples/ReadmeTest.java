package io.github.workreport.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.workreport.ReportReadException;
import io.github.workreport.Task;
import io.github.workreport.examples.cli.Env;
import io.github.workreport.examples.cli.Main;
import io.github.workreport.json.ReportJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README is the project's front door and must stay true: its commands are the ones CI runs,
 * its output excerpt is what the command prints, its Java quickstart compiles and runs, its
 * figures are measured, its links lead somewhere.
 */
class ReadmeTest {
  private static final Path ROOT = Path.of("..");
  private static String readme;

  @BeforeAll
  static void readReadme() throws IOException {
    readme = Files.readString(ROOT.resolve("README.md"));
  }

  /** The text between {@code <!-- name:begin -->} and {@code <!-- name:end -->}, inside its code fence. */
  private static String block(String name) {
    Matcher m = Pattern.compile("<!-- " + name + ":begin -->\\s*```\\w*\\n(.*?)```\\s*<!-- " + name + ":end -->",
        Pattern.DOTALL).matcher(readme);
    assertThat(m.find()).as("README block " + name).isTrue();
    return m.group(1);
  }

  // --- the two commands ------------------------------------------------------------------------

  @Test
  void theTwoCommandsAreOnTheFirstScreen() throws IOException {
    String firstScreen = readme.lines().limit(30).collect(Collectors.joining("\n"));
    assertThat(firstScreen).contains("```\nmvn -q -DskipTests package && java -jar examples/target/workreport.jar classify\n```");
    assertThat(firstScreen).contains("```\nmvn -B verify\n```");
    List<String> ci = Files.readAllLines(ROOT.resolve(".ci/run")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("set ") && !l.startsWith("cd "))
        .collect(Collectors.toList());
    assertThat(ci).as(".ci/run runs the README's test command, last").last().isEqualTo("mvn -B verify");
    assertThat(ci.subList(0, ci.size() - 1)).as("before it, .ci/run only installs Chromium for the browser test")
        .allMatch(l -> l.contains("chromium") || l.strip().equals("fi") || l.strip().startsWith("|| echo"))
        .noneMatch(l -> l.contains("mvn"));
  }

  @Test
  void theOutputExcerptIsWhatClassifyPrints() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = Main.run(new Env(new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream(), Map.of(),
        false, false), "classify");
    assertThat(status).isZero();
    List<String> printed = new String(out.toByteArray(), StandardCharsets.UTF_8).lines().collect(Collectors.toList());
    List<String> excerpt = block("classify-output").lines().collect(Collectors.toList());
    assertThat(excerpt).hasSizeGreaterThan(20);
    int at = 0;
    boolean gap = false;
    for (String line : excerpt) {
      if (line.equals("…")) {
        gap = true;
        continue;
      }
      int found = gap ? printed.subList(at, printed.size()).indexOf(line) : at < printed.size() && printed.get(at).equals(line) ? 0 : -1;
      assertThat(found).as("README excerpt line not in the output where it stands (paste a fresh run):%n%s", line)
          .isNotNegative();
      at += found + 1;
      gap = false;
    }
  }

  @Test
  void theGoldFiguresAreMeasured() throws IOException {
    List<JsonNode> gold = new ArrayList<>();
    try (InputStream in = ReadmeTest.class.getResourceAsStream("/baqiao-2020.gold.jsonl")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          gold.add(JsonMapper.shared().readTree(line));
        }
      }
    }
    int accepted = 0;
    int strict = 0;
    for (JsonNode g : gold) {
      Task task = WorkReports.bundled().task(g.path("section").asString(), g.path("number").asInt()).orElseThrow();
      String status = task.status().name();
      for (JsonNode a : g.path("accept")) {
        if (a.asString().equals(status)) {
          accepted++;
          break;
        }
      }
      if (g.path("status").asString().equals(status)) {
        strict++;
      }
    }
    assertThat(gold).hasSize(107);
    assertThat(figure("status")).isEqualTo(String.format("%.1f%%", 100.0 * accepted / gold.size()));
    assertThat(figure("strict")).isEqualTo(String.format("%.1f%%", 100.0 * strict / gold.size()));
  }

  private static String figure(String name) {
    Matcher m = Pattern.compile("<!-- gold:" + name + " -->(.*?)<!-- /gold -->").matcher(readme);
    assertThat(m.find()).as("README figure " + name).isTrue();
    return m.group(1);
  }

  @Test
  void theErrorExampleIsTheReadersMessage() {
    Matcher m = Pattern.compile("`(report\\.json: [^`]+)`").matcher(readme);
    assertThat(m.find()).isTrue();
    byte[] document = "{\"format\": \"workreport/1\",\n \"tasks\": [{\"number\": \"x\"}]}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> WorkReports.readUnclassified(new ByteArrayInputStream(document), "report.json"))
        .isInstanceOf(ReportReadException.class).hasMessage(m.group(1));
  }

  // --- the Java quickstart ---------------------------------------------------------------------

  @Test
  void theQuickstartCompilesAndRuns(@TempDir Path dir) throws Exception {
    String snippet = block("quickstart");
    List<String> imports = new ArrayList<>();
    List<String> body = new ArrayList<>();
    for (String line : snippet.lines().collect(Collectors.toList())) {
      (line.startsWith("import ") ? imports : body).add(line);
    }
    assertThat(body.stream().filter(l -> !l.isBlank())).as("a short quickstart").hasSizeLessThanOrEqualTo(10);
    String source = String.join("\n", imports) + "\n\npublic class ReadmeQuickstart {\n"
        + "  public static void main(String[] args) throws Exception {\n" + String.join("\n", body) + "\n  }\n}\n";

    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    JavaFileObject file = new SimpleJavaFileObject(java.net.URI.create("string:///ReadmeQuickstart.java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    boolean compiled = javac.getTask(diagnostics, null, null,
        List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
            "-Xlint:all", "-Werror", "-proc:none", "-encoding", "UTF-8"),
        null, List.of(file)).call();
    assertThat(compiled).as("README quickstart compiles:%n%s%n%s", diagnostics, source).isTrue();

    try (InputStream seed = WorkReports.class.getResourceAsStream("baqiao-2020.txt")) {
      Files.write(dir.resolve("baqiao-2020.txt"), seed.readAllBytes());
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-Dfile.encoding=UTF-8", "-cp",
        System.getProperty("java.class.path") + File.pathSeparator + classes, "ReadmeQuickstart")
        .directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();

    List<String> lines = output.lines().collect(Collectors.toList());
    List<Task> unsupported = WorkReports.bundled().summary().claimsNotSupported();
    assertThat(lines).hasSize(unsupported.size());
    assertThat(readme).contains("prints the " + spelled(unsupported.size()) + " tasks whose claim the numbers do not support");
    Matcher example = Pattern.compile("such as\\s+`([^`]+)`").matcher(readme.substring(readme.indexOf("<!-- quickstart:end -->")));
    assertThat(example.find()).isTrue();
    assertThat(lines).contains(example.group(1));
    assertThat(ReportJson.toJson(ReportJson.read(dir.resolve("baqiao-2020.json")))).isEqualTo(ReportJson.toJson(WorkReports.bundled()));
  }

  private static String spelled(int n) {
    String[] words = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
    return n < words.length ? words[n] : String.valueOf(n);
  }

  // --- the rest --------------------------------------------------------------------------------

  @Test
  void everyRelativeLinkLeadsToAFile() {
    Matcher m = Pattern.compile("\\]\\(([^)\\s]+)\\)").matcher(readme);
    int links = 0;
    while (m.find()) {
      String target = m.group(1);
      if (target.startsWith("http") || target.startsWith("#")) {
        continue;
      }
      links++;
      assertThat(ROOT.resolve(target)).as("README link " + target).exists();
    }
    assertThat(links).isGreaterThan(5);
  }

  @Test
  void theJShellLineNamesARealScript() {
    Matcher m = Pattern.compile("jshell --class-path examples/target/workreport.jar (examples/jshell/\\S+\\.jsh)").matcher(readme);
    assertThat(m.find()).isTrue();
    assertThat(ROOT.resolve(m.group(1))).exists();
  }

  @Test
  void theMavenCoordinatesAreTheProjects() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ReadmeTest.class.getResourceAsStream("/io/github/workreport/examples/version.properties")) {
      properties.load(in);
    }
    String version = properties.getProperty("version");
    assertThat(readme).contains("<version>" + version + "</version>").contains("version " + version);
    for (String module : List.of("core", "io-json", "io-excel", "examples")) {
      assertThat(Files.readString(ROOT.resolve(module).resolve("pom.xml")))
          .contains("<artifactId>workreport-" + module + "</artifactId>");
      assertThat(readme).contains("`io.github.workreport:workreport-" + module + "`");
    }
  }
}
