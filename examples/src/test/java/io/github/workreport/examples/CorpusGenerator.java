package io.github.workreport.examples;

import io.github.workreport.Report;
import io.github.workreport.text.TableText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes large corpora of task tables that read like real ones: the rows of the bundled seed
 * (Baqiao 2020) are the templates, and each generated report (one place, one year, 100–300 tasks)
 * draws its rows from them with the numbers, the years, the place and the responsible units varied.
 * Everything is deterministic from the seed of the {@link SplittableRandom}.
 *
 * <p>The numbers of a row's task cell are scaled by one factor, and those of its progress cell by
 * the same factor times a second one, which is usually 1 (the seed's own relation of achieved to
 * target is kept) and otherwise below or above 1, so that a corpus holds exceeded, met, not met
 * and ongoing tasks in realistic proportions. Years, ranks (第 N), counts of districts, months,
 * days, quarters and line numbers are not scaled; years move with the report's year. Integers stay
 * integers and decimals keep their places, so every row parses as its template does.
 *
 * <p>From the command line (see BENCHMARKS.md at the repository root):
 *
 * <pre>
 * mvn -B -q -Pbench -pl examples -am process-test-classes \
 *     -Dbench.main=io.github.workreport.examples.CorpusGenerator \
 *     -Dbench.args="--places 50 --years 10 --out /tmp/corpus --formats txt,json,xlsx"
 * </pre>
 */
public final class CorpusGenerator {
  private static final String SEED_RESOURCE = "/io/github/workreport/examples/baqiao-2020.txt";
  private static final String SEED_PLACE = "灞桥";
  private static final int SEED_YEAR = 2020;
  private static final String PLACE_CHARS =
      "安宝北昌城川东丰福广海和河华江金景康蓝临龙宁平青清庆山胜石顺泰天通文武西新兴阳永云长正中"
          + "白碑滨春德定凤固汉合鹤湖怀吉嘉建乐陵洛梅南秀";
  /** The heading of the themed section some reports end with. */
  public static final String OTHER = "其他事项";
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final Pattern ROW = Pattern.compile("^\\d{1,3}\\.");

  /** One generated report: its text, and for each task (in order) the seed row it came from. */
  public record Generated(String name, String place, int year, String text, List<Template> templates) {
    /** How many tasks the text holds. */
    public int tasks() {
      return templates.size();
    }
  }

  /** A seed row: its section ("已完成" or "持续推进"), its number there, and its lines. */
  public record Template(String section, int number, String block) {}

  private final List<Template> done = new ArrayList<>();
  private final List<Template> ongoing = new ArrayList<>();
  private final List<String> unitCells = new ArrayList<>();
  private final List<String> places;
  private final long seed;

  /**
   * A generator over the bundled seed.
   *
   * @param seed the seed of every random choice
   */
  public CorpusGenerator(long seed) {
    this.seed = seed;
    parseSeed(seedText());
    this.places = placeNames(seed);
  }

  /** The bundled seed text. */
  public static String seedText() {
    try (InputStream in = CorpusGenerator.class.getResourceAsStream(SEED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SEED_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void parseSeed(String text) {
    String section = null;
    List<Template> into = null;
    StringBuilder block = null;
    int number = 0;
    for (String line : text.split("\n", -1)) {
      boolean structure = line.startsWith("主要任务") || line.startsWith("--") || line.startsWith("(共计")
          || line.startsWith("《") || line.endsWith("项:") || line.endsWith("项：");
      if (structure) {
        if (block != null) {
          into.add(new Template(section, number, block.toString()));
          block = null;
        }
        if (line.startsWith("已完成")) {
          section = "已完成";
          into = done;
        } else if (line.startsWith("持续推进")) {
          section = "持续推进";
          into = ongoing;
        }
        continue;
      }
      Matcher row = ROW.matcher(line);
      if (row.find()) {
        if (block != null) {
          into.add(new Template(section, number, block.toString()));
        }
        number = Integer.parseInt(line.substring(0, row.end() - 1));
        block = new StringBuilder();
        String[] cells = line.split("\t", -1);
        if (cells.length > 1 && !cells[1].isBlank()) {
          unitCells.add(cells[1]);
        }
      }
      if (block != null) {
        block.append(line).append('\n');
      }
    }
    if (block != null) {
      into.add(new Template(section, number, block.toString()));
    }
    // Trailing blank lines of a block are the seed's page breaks: kept, but not at the very end.
  }

  /** Distinct two-character place stems, shuffled by the seed: the i-th place is stable for a seed. */
  private static List<String> placeNames(long seed) {
    List<String> names = new ArrayList<>();
    int n = PLACE_CHARS.length();
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        if (a != b) {
          names.add("" + PLACE_CHARS.charAt(a) + PLACE_CHARS.charAt(b));
        }
      }
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = names.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String t = names.get(i);
      names.set(i, names.get(j));
      names.set(j, t);
    }
    return names;
  }

  /** How many distinct places this generator can name. */
  public int placeCount() {
    return places.size();
  }

  /**
   * The report of place {@code place} (0-based) for {@code year}.
   *
   * @param place the place's index, below {@link #placeCount()}
   * @param year the report's year
   * @return the generated report
   */
  public Generated generate(int place, int year) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + place * 10_007L + year);
    String stem = places.get(place);
    boolean county = random.nextInt(3) == 0;
    String kind = county ? "县" : "区";
    String placeName = stem + kind;
    int tasks = 100 + random.nextInt(201);
    int ongoingCount = Math.max(1, (int) Math.round(tasks * (0.05 + 0.15 * random.nextDouble())));
    // One report in three ends with a themed section whose heading declares no status, as real
    // tables group tasks by subject (（三）民生事业): its tasks are judged on their own text alone.
    int otherCount = random.nextInt(3) == 0 ? Math.min(5 + random.nextInt(11), tasks / 10) : 0;
    int doneCount = tasks - ongoingCount - otherCount;
    List<Template> templates = new ArrayList<>(tasks);
    StringBuilder out = new StringBuilder(tasks * 400);
    out.append("\n\n《").append(placeName).append(' ').append(year).append(" 年政府工作报告》工作任务分解表\n\n");
    out.append("(共计 ").append(tasks).append(" 项，其中，已完成 ").append(doneCount).append(" 项，持续推进 ")
        .append(ongoingCount).append(" 项").append(otherCount > 0 ? "，" + OTHER + " " + otherCount + " 项" : "")
        .append(")\n\n");
    out.append("已完成 ").append(doneCount).append(" 项:\n\n主要任务\t责任单位\t完成情况\n");
    rows(out, templates, done, doneCount, random, stem, kind, year);
    out.append("--\t--\t--\n\n持续推进 ").append(ongoingCount).append(" 项：\n\n主要任务\t责任单位\t落实情况及下一步工作\n");
    rows(out, templates, ongoing, ongoingCount, random, stem, kind, year);
    if (otherCount > 0) {
      out.append("--\t--\t--\n\n").append(OTHER).append(' ').append(otherCount)
          .append(" 项：\n\n主要任务\t责任单位\t工作情况\n");
      rows(out, templates, done, otherCount, random, stem, kind, year);
    }
    String name = String.format(Locale.ROOT, "r%04d-%d", place, year);
    return new Generated(name, placeName, year, out.toString(), templates);
  }

  private void rows(StringBuilder out, List<Template> templates, List<Template> pool, int count,
      SplittableRandom random, String stem, String kind, int year) {
    for (int n = 1; n <= count; n++) {
      Template template = pool.get(random.nextInt(pool.size()));
      templates.add(template);
      double factor = 0.6 + 0.8 * random.nextDouble();
      double p = random.nextDouble();
      // Most rows keep the seed's relation of achieved to target; some fall short, some overshoot.
      double relation = p < 0.7 ? 1 : p < 0.85 ? 0.55 + 0.4 * random.nextDouble() : 1.05 + 0.4 * random.nextDouble();
      String units = random.nextInt(4) == 0 ? unitCells.get(random.nextInt(unitCells.size())) : null;
      String block = template.block();
      Matcher row = ROW.matcher(block);
      row.find();
      block = n + block.substring(row.end() - 1);
      if (units != null) {
        String[] lines = block.split("\n", 2);
        String[] cells = lines[0].split("\t", -1);
        if (cells.length > 2) {
          cells[1] = units;
          lines[0] = String.join("\t", cells);
          block = lines.length > 1 ? lines[0] + "\n" + lines[1] : lines[0];
        }
      }
      block = vary(block, factor, factor * relation, year);
      block = block.replace(SEED_PLACE + "区", stem + kind).replace(SEED_PLACE, stem);
      if (!"区".equals(kind)) {
        block = block.replace("我区", "我县").replace("全区", "全县").replace("区委", "县委")
            .replace("区政府", "县政府").replace("区人大", "县人大").replace("区政协", "县政协");
        block = countyUnits(block);
      }
      out.append(block);
    }
  }

  /** 区财政局 becomes 县财政局 in the units cell of each line. */
  private static String countyUnits(String block) {
    String[] lines = block.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String[] cells = lines[i].split("\t", -1);
      if (cells.length > 1) {
        String[] units = cells[1].split(" ", -1);
        for (int u = 0; u < units.length; u++) {
          if (units[u].startsWith("区")) {
            units[u] = "县" + units[u].substring(1);
          }
        }
        cells[1] = String.join(" ", units);
        lines[i] = String.join("\t", cells);
      }
    }
    return String.join("\n", lines);
  }

  /**
   * Scales the numbers of a row: those of the task cell by {@code task}, those of the progress cell
   * by {@code progress}; years move to {@code year}; ordinals, counts of districts, dates and line
   * numbers stay.
   */
  static String vary(String block, double task, double progress, int year) {
    StringBuilder out = new StringBuilder(block.length() + 16);
    Matcher row = ROW.matcher(block);
    int last = row.find() ? row.end() : 0;
    out.append(block, 0, last);
    Matcher m = NUMBER.matcher(block);
    m.region(last, block.length());
    while (m.find()) {
      out.append(block, last, m.start());
      last = m.end();
      int cell = 0;
      for (int i = m.start() - 1; i >= 0 && block.charAt(i) != '\n'; i--) {
        if (block.charAt(i) == '\t') {
          cell++;
        }
      }
      out.append(varied(block, m.start(), m.end(), m.group(), cell == 0 ? task : progress, year));
    }
    out.append(block, last, block.length());
    return out.toString();
  }

  private static String varied(String text, int start, int end, String number, double factor, int year) {
    String after = text.substring(end, Math.min(text.length(), end + 6)).stripLeading();
    String before = text.substring(Math.max(0, start - 2), start).stripTrailing();
    boolean integer = number.indexOf('.') < 0;
    if (integer && number.length() == 4 && (number.startsWith("19") || number.startsWith("20"))) {
      return Integer.toString(Integer.parseInt(number) + year - SEED_YEAR);
    }
    if (before.endsWith("第") || before.endsWith("届") || after.startsWith("月") || after.startsWith("日")
        || after.startsWith("号") || after.startsWith("季") || after.startsWith("个区县") || after.startsWith("届")
        || after.startsWith("次") || after.startsWith("期") || after.startsWith("路") || after.startsWith("、")
        || after.startsWith("年") || after.startsWith("点") || after.startsWith("时") || after.startsWith("小时")) {
      return number;
    }
    double value = Double.parseDouble(number);
    if (value == 0) {
      return number;
    }
    double scaled = value * factor;
    if (after.startsWith("%") && value <= 100 && scaled > 100) {
      scaled = 100;
    }
    if (integer) {
      return Long.toString(Math.max(1, Math.round(scaled)));
    }
    int places = number.length() - number.indexOf('.') - 1;
    String s = String.format(Locale.ROOT, "%." + places + "f", scaled);
    return Double.parseDouble(s) == 0 ? number : s;
  }

  /**
   * Writes the reports of {@code places} places over {@code years} years from {@code firstYear}
   * into {@code out}, one file per report and format.
   *
   * @return the number of tasks written (per format)
   */
  public long write(Path out, int places, int years, int firstYear, Set<String> formats) throws IOException {
    Files.createDirectories(out);
    long tasks = 0;
    for (int p = 0; p < places; p++) {
      for (int y = 0; y < years; y++) {
        Generated report = generate(p, firstYear + y);
        tasks += report.tasks();
        if (formats.contains("txt")) {
          Files.writeString(out.resolve(report.name() + ".txt"), report.text(), StandardCharsets.UTF_8);
        }
        if (formats.contains("json") || formats.contains("xlsx")) {
          Report read = TableText.read(report.text(), report.name() + ".txt");
          for (String format : List.of("json", "xlsx")) {
            if (formats.contains(format)) {
              WorkReports.write(read, out.resolve(report.name() + "." + format));
            }
          }
        }
      }
    }
    return tasks;
  }

  /**
   * {@code --places N --years N --first-year Y --seed S --out DIR --formats txt,json,xlsx}.
   *
   * @param args the options
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    int places = 50;
    int years = 10;
    int firstYear = 2015;
    long seed = 2020;
    Path out = Path.of("corpus");
    Set<String> formats = new LinkedHashSet<>(List.of("txt", "json", "xlsx"));
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--places" -> places = Integer.parseInt(value);
        case "--years" -> years = Integer.parseInt(value);
        case "--first-year" -> firstYear = Integer.parseInt(value);
        case "--seed" -> seed = Long.parseLong(value);
        case "--out" -> out = Path.of(value);
        case "--formats" -> formats = new LinkedHashSet<>(List.of(value.split(",")));
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; options: --places N --years N --first-year Y --seed S --out DIR --formats txt,json,xlsx");
      }
      i++;
    }
    CorpusGenerator generator = new CorpusGenerator(seed);
    if (places > generator.placeCount()) {
      throw new IllegalArgumentException("at most " + generator.placeCount() + " places");
    }
    long start = System.nanoTime();
    long tasks = generator.write(out, places, years, firstYear, formats);
    System.out.printf(Locale.ROOT, "%d reports, %d tasks, formats %s, in %s (%.1f s)%n", places * years, tasks,
        formats, out, (System.nanoTime() - start) / 1e9);
  }
}
