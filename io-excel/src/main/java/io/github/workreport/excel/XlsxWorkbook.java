package io.github.workreport.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A streaming .xlsx reader over POI's {@link XSSFReader}: SAX over the sheet XML, so memory grows
 * with the cells kept, not with POI's object model. The package is opened by the caller through
 * {@link OPCPackage}, whose zip layer keeps POI's zip-bomb guard (inflate ratio and entry size).
 *
 * <p>Shared strings are parsed here rather than by POI so that a string longer than Excel's limit
 * is refused while it is read, phonetic runs ({@code <rPh>}) are skipped, and {@code _xHHHH_}
 * escapes are decoded.
 */
final class XlsxWorkbook implements Workbook {
  private static final String CHARTSHEET_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml";

  private final XSSFReader reader;
  private final List<String> names = new ArrayList<>();
  private final List<PackagePart> parts = new ArrayList<>();
  private final Map<String, String> states;
  private List<String> sharedStrings;
  private StylesTable styles;
  private Cell.Format[] styleFormats = new Cell.Format[0];

  XlsxWorkbook(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
    this.reader = new XSSFReader(pkg);
    XSSFReader.SheetIterator it = reader.getSheetIterator();
    while (it.hasNext()) {
      it.next().close();
      names.add(it.getSheetName());
      parts.add(it.getSheetPart());
    }
    this.states = sheetStates();
  }

  @Override
  public List<String> sheetNames() {
    return names;
  }

  @Override
  public boolean isHidden(int sheet) {
    String state = states.get(names.get(sheet));
    return state != null && !state.equals("visible");
  }

  @Override
  public boolean isChartSheet(int sheet) {
    return CHARTSHEET_TYPE.equals(parts.get(sheet).getContentType());
  }

  @Override
  public RawSheet read(int sheet, int maxRows) throws IOException {
    String name = names.get(sheet);
    if (isChartSheet(sheet)) {
      return new RawSheet(name, isHidden(sheet), true, RawSheet.newRows(), List.of());
    }
    ensureShared();
    SheetHandler handler = new SheetHandler(name, maxRows);
    try (InputStream in = parts.get(sheet).getInputStream()) {
      parse(in, handler);
    }
    return new RawSheet(name, isHidden(sheet), false, handler.rows, handler.merges);
  }

  /**
   * The merged regions of a sheet, without its cells: the first of the two passes of a sheet read
   * as a stream (the regions come after the rows in the sheet's XML, yet the rows need them).
   */
  List<RawSheet.Merge> merges(int sheet) throws IOException {
    if (isChartSheet(sheet)) {
      return List.of();
    }
    SheetHandler handler = new SheetHandler(names.get(sheet), Integer.MAX_VALUE);
    handler.mergesOnly = true;
    try (InputStream in = parts.get(sheet).getInputStream()) {
      parse(in, handler);
    }
    return handler.merges;
  }

  /**
   * The rows of a sheet handed to {@code sink} one at a time as they are parsed, blank rows left
   * out, without the merged regions applied: the second pass of a sheet read as a stream. The sink
   * may throw {@link Fault} to stop the parse.
   */
  void rows(int sheet, int maxRows, java.util.function.Consumer<RawSheet.Row> sink) throws IOException {
    if (isChartSheet(sheet)) {
      return;
    }
    ensureShared();
    SheetHandler handler = new SheetHandler(names.get(sheet), maxRows);
    handler.sink = sink;
    try (InputStream in = parts.get(sheet).getInputStream()) {
      parse(in, handler);
    }
  }

  private void ensureShared() throws IOException {
    if (sharedStrings != null) {
      return;
    }
    try {
      styles = reader.getStylesTable();
    } catch (InvalidFormatException | RuntimeException noStyles) {
      styles = null;
    }
    SharedStringsHandler handler = new SharedStringsHandler();
    InputStream in;
    try {
      in = reader.getSharedStringsData();
    } catch (InvalidFormatException | RuntimeException none) {
      in = null;
    }
    if (in != null) {
      try (InputStream shared = in) {
        parse(shared, handler);
      }
    }
    sharedStrings = handler.strings;
  }

  private Map<String, String> sheetStates() throws IOException, OpenXML4JException, SAXException {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = reader.getWorkbookData()) {
      parse(in, new DefaultHandler() {
        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
          if (local.equals("sheet")) {
            String state = atts.getValue("state");
            out.put(atts.getValue("name"), state == null ? "visible" : state);
          }
        }
      });
    }
    return out;
  }

  private static void parse(InputStream in, DefaultHandler handler) throws IOException {
    try {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(handler);
      xml.parse(new InputSource(in));
    } catch (SAXException e) {
      if (e.getException() instanceof Fault) {
        throw (Fault) e.getException();
      }
      throw new IOException("broken XML in the workbook: " + e.getMessage(), e);
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private Cell.Format formatOf(int style) {
    // A style index the workbook does not define is plain; checked before the cache grows to it.
    if (styles == null || style <= 0 || style >= styles.getNumCellStyles()) {
      return Cell.Format.PLAIN;
    }
    if (style >= styleFormats.length) {
      styleFormats = java.util.Arrays.copyOf(styleFormats, Math.max(style + 1, styleFormats.length * 2));
    }
    Cell.Format known = styleFormats[style];
    if (known == null) {
      known = Cell.Format.PLAIN;
      if (style < styles.getNumCellStyles()) {
        XSSFCellStyle s = styles.getStyleAt(style);
        String pattern = s.getDataFormatString();
        if (pattern != null && pattern.contains("%")) {
          known = Cell.Format.PERCENT;
        } else if (DateUtil.isADateFormat(s.getDataFormat(), pattern)) {
          known = Cell.Format.DATE;
        }
      }
      styleFormats[style] = known;
    }
    return known;
  }

  /** Decodes the {@code _xHHHH_} escapes OOXML uses for characters XML cannot carry. */
  static String decode(String text) {
    int at = text.indexOf("_x");
    if (at < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    while (at >= 0) {
      if (at + 7 <= text.length() && text.charAt(at + 6) == '_' && isHex(text, at + 2, at + 6)) {
        out.append(text, from, at).append((char) Integer.parseInt(text.substring(at + 2, at + 6), 16));
        from = at + 7;
        at = text.indexOf("_x", from);
      } else {
        at = text.indexOf("_x", at + 1);
      }
    }
    return out.append(text, from, text.length()).toString();
  }

  private static boolean isHex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Text of {@code <t>} elements, skipping phonetic runs, refusing text beyond Excel's limit. */
  private static class TextCollector extends DefaultHandler {
    final StringBuilder text = new StringBuilder();
    boolean inText;
    int phonetic;
    long overflow;

    void startText(String local) {
      if (local.equals("rPh")) {
        phonetic++;
      } else if (local.equals("t") && phonetic == 0) {
        inText = true;
      }
    }

    void endText(String local) {
      if (local.equals("rPh")) {
        phonetic--;
      } else if (local.equals("t")) {
        inText = false;
      }
    }

    void collect(char[] ch, int start, int length) {
      if (text.length() + length > Limits.MAX_CELL_CHARS * 7L) {
        overflow += length; // _xHHHH_ escapes take 7 chars per character; beyond that it is too long
      } else {
        text.append(ch, start, length);
      }
    }

    /** The collected text, or {@code null} when it exceeds Excel's cell limit. */
    String take() {
      String value = overflow > 0 ? null : decode(text.toString());
      if (value != null && value.length() > Limits.MAX_CELL_CHARS) {
        value = null;
      }
      text.setLength(0);
      overflow = 0;
      return value;
    }
  }

  private static final class SharedStringsHandler extends TextCollector {
    final List<String> strings = new ArrayList<>();
    long total;

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
      if (local.equals("si")) {
        text.setLength(0);
        overflow = 0;
      } else {
        startText(local);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      if (local.equals("si")) {
        String value = take();
        total += value == null ? 0 : value.length();
        if (total > Limits.MAX_SHARED_CHARS) {
          throw new SAXException(new Fault("", "the shared strings hold more than "
              + Limits.MAX_SHARED_CHARS + " characters"));
        }
        strings.add(value == null ? TOO_LONG : value);
      } else {
        endText(local);
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inText) {
        collect(ch, start, length);
      }
    }
  }

  /** Stands for a shared string beyond Excel's limit, refused where a cell uses it. */
  private static final String TOO_LONG = new String("\u0000too long");

  private final class SheetHandler extends TextCollector {
    final String sheet;
    final int maxRows;
    final List<RawSheet.Row> rows = RawSheet.newRows();
    final List<RawSheet.Merge> merges = new ArrayList<>();
    final StringBuilder value = new StringBuilder();
    Cell[] cells = new Cell[16];
    int width;
    int rowIndex = -1;
    int column;
    int nextColumn;
    String type;
    int style;
    boolean inValue;
    boolean inInline;
    /** Only the merged regions are wanted: cells are not looked at. */
    boolean mergesOnly;
    /** Where rows go as they end, instead of {@link #rows}. */
    java.util.function.Consumer<RawSheet.Row> sink;
    int rowCount;
    int lastIndex = -1;

    SheetHandler(String sheet, int maxRows) {
      this.sheet = sheet;
      this.maxRows = maxRows;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
      if (mergesOnly) {
        if (local.equals("mergeCell")) {
          String ref = atts.getValue("ref");
          if (ref != null) {
            if (merges.size() >= Limits.MAX_MERGES) {
              throw new Fault(sheet, "more than " + Limits.MAX_MERGES + " merged regions");
            }
            addMerge(ref);
          }
        }
        return;
      }
      switch (local) {
        case "row": {
          String r = atts.getValue("r");
          rowIndex = r == null ? rowIndex + 1 : rowNumberOf(r) - 1;
          nextColumn = 0;
          width = 0;
          break;
        }
        case "c": {
          String r = atts.getValue("r");
          column = r == null ? nextColumn : columnOf(r);
          if (column < 0) {
            throw new Fault(sheet + "!A" + (rowIndex + 1), "the cell reference \"" + cut(r)
                + "\" names no column; the workbook is damaged");
          }
          nextColumn = column + 1;
          type = atts.getValue("t");
          String s = atts.getValue("s");
          style = s == null ? 0 : Integer.parseInt(s);
          value.setLength(0);
          text.setLength(0);
          overflow = 0;
          break;
        }
        case "v":
          inValue = true;
          break;
        case "is":
          inInline = true;
          break;
        case "mergeCell": {
          String ref = atts.getValue("ref");
          if (ref != null) {
            if (merges.size() >= Limits.MAX_MERGES) {
              throw new Fault(sheet, "more than " + Limits.MAX_MERGES + " merged regions");
            }
            addMerge(ref);
          }
          break;
        }
        default:
          if (inInline) {
            startText(local);
          }
      }
    }

    private void addMerge(String ref) {
      int colon = ref.indexOf(':');
      if (colon < 0) {
        return;
      }
      CellReference a = new CellReference(ref.substring(0, colon));
      CellReference b = new CellReference(ref.substring(colon + 1));
      merges.add(new RawSheet.Merge(a.getRow(), b.getRow(), a.getCol(), b.getCol()));
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      if (mergesOnly) {
        return;
      }
      switch (local) {
        case "v":
          inValue = false;
          break;
        case "is":
          inInline = false;
          break;
        case "c":
          endCell();
          break;
        case "row":
          endRow();
          break;
        default:
          if (inInline) {
            endText(local);
          }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (mergesOnly) {
        return;
      }
      if (inValue) {
        // numbers, booleans and indexes are short; only a formula's string result may be long
        long cap = "str".equals(type) || "e".equals(type) ? Limits.MAX_CELL_CHARS * 7L : 64;
        if (value.length() + length > cap) {
          overflow += length;
        } else {
          value.append(ch, start, length);
        }
      } else if (inInline && inText) {
        collect(ch, start, length);
      }
    }

    private void endCell() {
      Cell cell = cell();
      if (cell == null || cell.text.isEmpty()) {
        return; // whitespace is kept: the writer's records may hold it; interpretation treats it as blank
      }
      if (column >= Limits.MAX_COLUMNS) {
        throw new Fault(address(), "a value beyond column " + CellReference.convertNumToColString(Limits.MAX_COLUMNS - 1)
            + "; task tables are narrower");
      }
      if (column >= cells.length) {
        cells = java.util.Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
      }
      cells[column] = cell;
      width = Math.max(width, column + 1);
    }

    private Cell cell() {
      if (type == null || type.equals("n")) {
        if (value.length() == 0) {
          return null;
        }
        if (overflow > 0) {
          throw new Fault(address(), "a number cell holds \"" + cut(value.toString()) + "…\"");
        }
        Cell.Format format = formatOf(style);
        try {
          return Cell.number(Cell.ofStored(value.toString().trim()), format);
        } catch (NumberFormatException bad) {
          throw new Fault(address(), "a number cell holds \"" + cut(value.toString()) + "\"");
        }
      }
      switch (type) {
        case "s": {
          int index;
          try {
            index = Integer.parseInt(value.toString().trim());
          } catch (NumberFormatException bad) {
            throw new Fault(address(), "a shared-string cell holds \"" + cut(value.toString()) + "\"");
          }
          if (index < 0 || index >= sharedStrings.size()) {
            throw new Fault(address(), "refers to shared string " + index + " of " + sharedStrings.size()
                + "; the workbook is damaged");
          }
          return textCell(sharedStrings.get(index));
        }
        case "inlineStr":
          return textCell(take());
        case "str":
        case "e": {
          String v = overflow > 0 ? null : decode(value.toString());
          overflow = 0;
          return textCell(v != null && v.length() > Limits.MAX_CELL_CHARS ? null : v);
        }
        case "b":
          return Cell.text("1".equals(value.toString().trim()) ? "TRUE" : "FALSE");
        case "d":
          return Cell.text(value.toString().trim());
        default:
          return value.length() == 0 ? null : Cell.text(value.toString());
      }
    }

    private Cell textCell(String text) {
      if (text == null || text == TOO_LONG) {
        throw new Fault(address(), "the cell holds more than " + Limits.MAX_CELL_CHARS
            + " characters, Excel's limit");
      }
      return Cell.text(text);
    }

    private void endRow() {
      if (width == 0) {
        return;
      }
      if (rowCount >= maxRows) {
        throw new Fault(sheet + "!A" + (rowIndex + 1), "the sheet has more than " + maxRows
            + " rows with values; raise ExcelLayout.maxRows to read it");
      }
      if (rowCount > 0 && lastIndex >= rowIndex) {
        throw new Fault(sheet + "!A" + (rowIndex + 1), "rows are out of order; the workbook is damaged");
      }
      rowCount++;
      lastIndex = rowIndex;
      RawSheet.Row row = new RawSheet.Row(rowIndex, java.util.Arrays.copyOf(cells, width));
      if (sink != null) {
        sink.accept(row);
      } else {
        rows.add(row);
      }
      java.util.Arrays.fill(cells, 0, width, null);
      width = 0;
    }

    private int rowNumberOf(String r) {
      int number;
      try {
        number = Integer.parseInt(r.trim());
      } catch (NumberFormatException e) {
        number = 0;
      }
      if (number < 1) {
        throw new Fault(sheet + "!A" + (rowIndex + 2), "the row number \"" + cut(r)
            + "\" is not a number from 1; the workbook is damaged");
      }
      return number;
    }

    private String address() {
      return sheet + "!" + CellReference.convertNumToColString(column) + (rowIndex + 1);
    }
  }

  static String cut(String s) {
    return s.length() > 32 ? s.substring(0, 32) + "…" : s;
  }

  /** The zero-based column of an A1 reference such as {@code C7}. */
  static int columnOf(String ref) {
    int column = 0;
    for (int i = 0; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        column = column * 26 + (c - 'A' + 1);
        if (column > 16384) {
          break;
        }
      } else {
        break;
      }
    }
    return column - 1;
  }
}
