package io.github.workreport.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium run as a command, the way a person's browser would open a page: {@code
 * --dump-dom} gives the document after its script ran, {@code --screenshot} a picture. Each run has
 * a fresh profile and everything that reaches out switched off, so that it makes no request.
 */
final class Chromium {
  /** Where to look for the browser: Debian's {@code chromium}, then other names it goes by. */
  private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
  private static final long TIMEOUT_SECONDS = 90;

  private final Path executable;

  private Chromium(Path executable) {
    this.executable = executable;
  }

  /** The browser on the PATH (or named by the system property {@code workreport.chromium}), if any. */
  static Optional<Chromium> find() {
    String named = System.getProperty("workreport.chromium");
    if (named != null && !named.isBlank()) {
      Path path = Path.of(named);
      return Files.isExecutable(path) ? Optional.of(new Chromium(path)) : Optional.empty();
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      for (String name : NAMES) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(new Chromium(candidate));
        }
      }
    }
    return Optional.empty();
  }

  /** A started run that loads {@code url}, dumps its DOM to standard output and, if asked, takes a screenshot. */
  Run start(String url, Path work, Path screenshot, int width, int height) throws IOException {
    Path profile = Files.createTempDirectory(work, "profile");
    Path dom = Files.createTempFile(work, "dom", ".html");
    Path log = Files.createTempFile(work, "chromium", ".log");
    List<String> command = new ArrayList<>(List.of(executable.toString(),
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height, "--dump-dom"));
    if (screenshot != null) {
      command.add("--screenshot=" + screenshot);
    }
    command.add(url);
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(dom.toFile()).redirectError(log.toFile());
    // No session bus in a container: without this Chromium waits seconds for one to answer.
    builder.environment().put("DBUS_SESSION_BUS_ADDRESS", "disabled:");
    long started = System.nanoTime();
    return new Run(builder.start(), dom, log, started);
  }

  /** One browser run. */
  static final class Run {
    private final Process process;
    private final Path dom;
    private final Path log;
    private final long started;
    long millis;

    Run(Process process, Path dom, Path log, long started) {
      this.process = process;
      this.dom = dom;
      this.log = log;
      this.started = started;
    }

    /** The DOM after the page's script ran; fails with the browser's log if it did not finish. */
    String dom() throws IOException, InterruptedException {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("Chromium did not finish in " + TIMEOUT_SECONDS + " s: " + tail());
      }
      millis = (System.nanoTime() - started) / 1_000_000;
      String text = Files.readString(dom, StandardCharsets.UTF_8);
      if (process.exitValue() != 0 || text.isBlank()) {
        throw new IllegalStateException("Chromium exited " + process.exitValue() + " with no DOM: " + tail());
      }
      return text;
    }

    private String tail() throws IOException {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }
  }
}
