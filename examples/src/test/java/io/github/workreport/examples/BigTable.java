package io.github.workreport.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task table of any number of rows, made from the rows of the bundled report with their numbers
 * varied and renumbered: realistic rows (200–400 bytes of Chinese text with targets and measures)
 * without a fixture of hundreds of megabytes.
 */
public final class BigTable {
  private static final Pattern ROW = Pattern.compile("^(\\d+)[.．、]\\s*(.*)$");
  private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

  private BigTable() {}

  /** The rows of the bundled report, without their numbers: text, units, narrative. */
  static List<String> seedRows() {
    try (InputStream in = BigTable.class.getResourceAsStream("baqiao-2020.txt")) {
      List<String> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
        Matcher m = ROW.matcher(line);
        if (m.matches() && line.indexOf('\t') > 0) {
          rows.add(m.group(2));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first row's task text, after numbers are varied for row {@code i} (from 0). */
  static String vary(String row, int i) {
    Matcher m = NUMBER.matcher(row);
    StringBuilder out = new StringBuilder();
    int k = 0;
    while (m.find()) {
      String n = m.group();
      // Years stay years; other numbers move a little, differently per row and per number.
      String varied = n.length() == 4 && n.startsWith("20") ? n
          : n.contains(".") ? n : Long.toString(Long.parseLong(n) + (i + k++) % 7);
      m.appendReplacement(out, varied);
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Writes a table of {@code tasks} rows in one section, UTF-8. */
  public static void write(Path file, int tasks) throws IOException {
    List<String> seed = seedRows();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("《某区 2020 年政府工作报告》工作任务分解表\n\n");
      out.write("(共计 " + tasks + " 项，其中，已完成 " + tasks + " 项)\n\n");
      out.write("已完成 " + tasks + " 项:\n\n主要任务\t责任单位\t完成情况\n");
      for (int i = 0; i < tasks; i++) {
        out.write(Integer.toString(i + 1));
        out.write('.');
        out.write(vary(seed.get(i % seed.size()), i / seed.size()));
        out.write('\n');
      }
    }
  }

  /** {@code BigTable FILE N}: writes a table of N rows. */
  public static void main(String[] args) throws IOException {
    write(Path.of(args[0]), Integer.parseInt(args[1]));
  }
}
