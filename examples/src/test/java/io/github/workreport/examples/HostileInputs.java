package io.github.workreport.examples;

import io.github.workreport.Report;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The matrix of hostile inputs of issue 7, written into a directory: what each file is, and what
 * reading it must give — a refusal naming the file, a place and a reason, or the same tasks as the
 * UTF-8 original. {@link HostileInputTest} reads them through the API, {@link HostileInputIT}
 * through the shaded jar in a 256 MB heap.
 */
final class HostileInputs {
  private HostileInputs() {}

  /** One input and what reading it must give. */
  static final class Case {
    final String name;
    final Path file;
    /** Null when the input is read; else the pattern the place must match ("" for the whole file). */
    final Pattern place;
    /** Words the reason must contain; for a read input, words the report's text must contain. */
    final String reason;
    /** Tasks a read input must have, or -1 for a refused one. */
    final int tasks;
    /** Too slow or too large for the unit tests; the jar test runs it. */
    final boolean heavy;
    /** For a text read in another encoding, the text whose UTF-8 bytes give the same tasks; else null. */
    String original;

    private Case(String name, Path file, Pattern place, String reason, int tasks, boolean heavy) {
      this.name = name;
      this.file = file;
      this.place = place;
      this.reason = reason;
      this.tasks = tasks;
      this.heavy = heavy;
    }

    boolean refused() {
      return place != null;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** The bundled report's text, as written. */
  static String seedText() {
    try (InputStream in = WorkReports.class.getResourceAsStream(WorkReports.BUNDLED_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final int SEED_TASKS = 107;

  /** Writes every case (the heavy ones too, when asked) into {@code dir}. */
  static List<Case> write(Path dir, boolean heavy) throws IOException {
    List<Case> cases = new ArrayList<>();
    String seed = seedText();
    Random random = new Random(7);
    for (String ext : List.of("txt", "xlsx", "xls", "json")) {
      cases.add(refused("empty." + ext, Files.write(dir.resolve("empty." + ext), new byte[0]), "", "empty"));
      byte[] noise = new byte[4096];
      random.nextBytes(noise);
      noise[0] = (byte) 0x9F; // not a signature, not '{', not a byte-order mark, not valid UTF-8
      cases.add(refused("random bytes ." + ext, Files.write(dir.resolve("random." + ext), noise),
          "line \\d+ \\(byte \\d+\\)", "neither UTF-8 text"));
    }

    Path seedXlsx = dir.resolve("seed.xlsx");
    WorkReports.write(WorkReports.bundledUnclassified(), seedXlsx);
    byte[] xlsx = Files.readAllBytes(seedXlsx);
    cases.add(refused("truncated .xlsx", Files.write(dir.resolve("truncated.xlsx"),
        Arrays.copyOf(xlsx, xlsx.length / 2)), "", "damaged"));
    cases.add(refused("zip bomb .xlsx", zipBomb(dir.resolve("bomb.xlsx")), "", "zip bomb"));
    cases.add(read("xlsx renamed .xls", Files.write(dir.resolve("workbook.xls"), xlsx), "", SEED_TASKS));
    cases.add(read("xls renamed .xlsx", Files.write(dir.resolve("workbook97.xlsx"), xls()), "推进重点项目建设", 2));
    cases.add(refused("encrypted .xlsx", encrypted(dir.resolve("secret.xlsx"), xlsx), "", "encrypted"));

    // Varied Han characters, so that the workbook's cell compresses too little to look like a bomb.
    StringBuilder varied = new StringBuilder(10_000_000 / 3);
    while (varied.length() < 10_000_000 / 3) {
      varied.append((char) (0x4E00 + random.nextInt(0x5000)));
    }
    String tenMegabytes = varied.toString();
    cases.add(read("10 MB cell .txt", text(dir.resolve("huge-cell.txt"),
        "主要任务\t责任单位\t完成情况\n1.推进重点项目建设。\t区发改委\t已完成。" + tenMegabytes + "\n"), tenMegabytes.substring(0, 40), 1));
    cases.add(new Case("10 MB cell .xlsx", rawXlsx(dir.resolve("huge-cell.xlsx"), w -> {
      row(w, 1, "序号", "主要任务", "责任单位", "完成情况");
      row(w, 2, "1", "推进重点项目建设。", "区发改委", "已完成。" + tenMegabytes);
    }), Pattern.compile("Sheet1!D2"), "32767", -1, false));

    byte[] invalid = seed.getBytes(StandardCharsets.UTF_8);
    int tenthLine = nthLineStart(invalid, 10);
    invalid[tenthLine] = (byte) 0xC0; // an overlong lead byte: never valid UTF-8, and not GB18030 either
    invalid[tenthLine + 1] = (byte) 0x7F;
    cases.add(refused("invalid UTF-8 .txt", Files.write(dir.resolve("invalid-utf8.txt"), invalid),
        "line 10 \\(byte " + tenthLine + "\\)", "neither UTF-8 text"));
    for (String charset : List.of("GB18030", "GBK", "UTF-16")) {
      // GBK has no ² (as in 平方米 written m²); Java's UTF-16 encoder writes a big-endian byte-order mark.
      String text = charset.equals("GBK") ? seed.replace('²', '2') : seed;
      Case c = read(charset + " .txt", text(dir.resolve(charset.toLowerCase() + ".txt"), text, Charset.forName(charset)), "", SEED_TASKS);
      c.original = text;
      cases.add(c);
    }
    byte[] le = seed.getBytes(StandardCharsets.UTF_16LE);
    byte[] withMark = new byte[le.length + 2];
    withMark[0] = (byte) 0xFF;
    withMark[1] = (byte) 0xFE;
    System.arraycopy(le, 0, withMark, 2, le.length);
    Case utf16le = read("UTF-16LE with BOM .txt", Files.write(dir.resolve("utf-16le.txt"), withMark), "", SEED_TASKS);
    utf16le.original = seed;
    cases.add(utf16le);
    cases.add(read("no header row .txt", text(dir.resolve("no-header.txt"),
        seed.replace("主要任务\t责任单位\t完成情况\n", "")), "", SEED_TASKS));
    cases.add(read("rows of 1 and 7 cells .txt", text(dir.resolve("odd-cells.txt"),
        "主要任务\t责任单位\t完成情况\n1.推进重点项目建设。\n2.新建学校2所。\t区教育局\t已建成3所。\t额外一\t额外二\t额外三\t额外四\n"),
        "额外四", 2));
    cases.add(read("1e999999 and NaN in text cells .txt", text(dir.resolve("odd-numbers.txt"),
        "主要任务\t责任单位\t完成情况\n1.地区生产总值增长1e999999%。\t区发改委\t完成NaN%。\n2.新增就业NaN人。\t区人社局\t新增就业1e999999人。\n"),
        "1e999999", 2));

    String json = WorkReports.bundledUnclassified() == null ? "" : io.github.workreport.json.ReportJson.toJson(WorkReports.bundledUnclassified());
    cases.add(refused("deeply nested .json", text(dir.resolve("nested.json"),
        "{\"format\": \"workreport/1\", \"tasks\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}"),
        "\\$\\.tasks.*", ""));
    cases.add(refused("another format .json", text(dir.resolve("other-format.json"),
        json.replaceFirst("\"workreport/1\"", "\"workreport/2\"")), "\\$\\.format", "workreport/2"));
    cases.add(refused("1e999999 in .json", text(dir.resolve("huge-number.json"),
        json.replaceFirst("(\"value\"\\s*:\\s*)[-0-9.eE]+", "$11e999999")), "\\$\\.tasks\\[\\d+\\]\\.targets\\[\\d+\\]\\.value", "1e999999"));
    cases.add(refused("NaN in .json", text(dir.resolve("nan.json"),
        json.replaceFirst("(\"value\"\\s*:\\s*)[-0-9.eE]+", "$1NaN")), "\\$\\.tasks\\[\\d+\\]\\.targets\\[\\d+\\]\\.value", "NaN"));

    if (heavy) {
      cases.add(new Case("1 M rows .xlsx", rawXlsx(dir.resolve("million.xlsx"), w -> {
        row(w, 1, "序号", "主要任务", "责任单位", "完成情况");
        for (int r = 2; r <= 1_000_001; r++) {
          row(w, r, String.valueOf(r - 1), "第" + r + "项任务，推进重点项目建设", "区单位" + r % 97, "已完成第" + r + "项工作。");
        }
      }), null, "1000000", 1_000_000, true)); // the command line streams a sheet: no row limit
      Path million = dir.resolve("million.txt");
      try (Writer w = writer(Files.newOutputStream(million))) {
        w.write("主要任务\t责任单位\t完成情况\n");
        for (int r = 1; r <= 1_000_000; r++) {
          w.write(r + ".第" + r + "项任务，推进重点项目建设\t区单位" + r % 97 + "\t已完成第" + r + "项工作。\n");
        }
      }
      // The command line streams a text table into the printed table: no size limit applies.
      cases.add(new Case("1 M rows .txt", million, null, "1000000", 1_000_000, true));
      Path shortRows = dir.resolve("million-short.txt");
      try (Writer w = writer(Files.newOutputStream(shortRows))) {
        for (int r = 1; r <= 1_000_000; r++) {
          w.write(r + ".a\tb\tc\n");
        }
      }
      cases.add(new Case("1 M short rows .txt", shortRows, null, "1000000", 1_000_000, true));
      Path line = dir.resolve("one-line.txt");
      try (OutputStream out = Files.newOutputStream(line)) {
        byte[] chunk = "推进重点项目建设，".repeat(1 << 12).getBytes(StandardCharsets.UTF_8);
        for (long written = 0; written < 100L << 20; written += chunk.length) {
          out.write(chunk);
        }
      }
      cases.add(new Case("100 MB single line .txt", line, Pattern.compile("line 1"), "longer than", -1, true));
    }
    return cases;
  }

  private static Case refused(String name, Path file, String place, String reason) {
    return new Case(name, file, Pattern.compile(place), reason, -1, false);
  }

  private static Case read(String name, Path file, String contains, int tasks) {
    return new Case(name, file, null, contains, tasks, false);
  }

  private static Path text(Path file, String text) throws IOException {
    return text(file, text, StandardCharsets.UTF_8);
  }

  private static Path text(Path file, String text, Charset charset) throws IOException {
    return Files.write(file, text.getBytes(charset));
  }

  private static int nthLineStart(byte[] bytes, int line) {
    int seen = 1;
    for (int i = 0; i < bytes.length; i++) {
      if (seen == line) {
        return i;
      }
      if (bytes[i] == '\n') {
        seen++;
      }
    }
    throw new IllegalArgumentException("fewer than " + line + " lines");
  }

  private static byte[] xls() throws IOException {
    try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("任务");
      String[][] rows = {{"序号", "主要任务", "责任单位", "完成情况"},
          {"1", "推进重点项目建设。", "区发改委", "已完成。"}, {"2", "新建学校2所。", "区教育局", "已建成3所。"}};
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static Path encrypted(Path file, byte[] xlsx) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("密码");
      try (OutputStream os = encryptor.getDataStream(fs)) {
        os.write(xlsx);
      } catch (java.security.GeneralSecurityException e) {
        throw new IOException(e);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    return file;
  }

  /** 78 MB of white space in a sheet, some 80 KB compressed. */
  private static Path zipBomb(Path file) throws IOException {
    char[] spaces = new char[1 << 16];
    Arrays.fill(spaces, ' ');
    String chunk = new String(spaces);
    return rawXlsx(file, w -> {
      row(w, 1, "序号", "主要任务");
      for (int i = 0; i < 1200; i++) {
        w.write(chunk);
      }
    });
  }

  interface SheetData {
    void write(Writer w) throws IOException;
  }

  private static void row(Writer w, int r, String... cells) throws IOException {
    w.write("<row r=\"" + r + "\">");
    for (int c = 0; c < cells.length; c++) {
      w.write("<c r=\"" + (char) ('A' + c) + r + "\" t=\"inlineStr\"><is><t>");
      w.write(cells[c].replace("&", "&amp;").replace("<", "&lt;"));
      w.write("</t></is></c>");
    }
    w.write("</row>");
  }

  private static Writer writer(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }

  /** A one-sheet workbook written part by part, its sheet streamed: see io-excel's RawXlsx. */
  private static Path rawXlsx(Path file, SheetData sheetData) throws IOException {
    String ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
      put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
          + "</Relationships>");
      put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<workbook xmlns=\"" + ns + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
          + " Target=\"worksheets/sheet1.xml\"/></Relationships>");
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      Writer w = writer(new FilterOutputStream(zip) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void close() {}
      });
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + ns + "\"><sheetData>");
      sheetData.write(w);
      w.write("</sheetData></worksheet>");
      w.flush();
      zip.closeEntry();
    }
    return file;
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** Whether a report holds {@code words} somewhere in its tasks. */
  static boolean holds(Report report, String words) {
    return words.isEmpty() || report.tasks().stream().anyMatch(t -> t.text().contains(words)
        || t.outcome().narrative().contains(words) || String.join("", t.responsibleUnits()).contains(words));
  }
}
