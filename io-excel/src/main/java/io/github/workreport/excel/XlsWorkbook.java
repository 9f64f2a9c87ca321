package io.github.workreport.excel;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * An .xls (BIFF8) workbook through POI's HSSF user model. BIFF8 caps a sheet at 65536 rows and 256
 * columns, so holding it whole is bounded; a file too large to hold is refused before parsing.
 */
final class XlsWorkbook implements Workbook {
  private final HSSFWorkbook workbook;

  XlsWorkbook(HSSFWorkbook workbook) {
    this.workbook = workbook;
  }

  @Override
  public List<String> sheetNames() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      names.add(workbook.getSheetName(i));
    }
    return names;
  }

  @Override
  public boolean isHidden(int sheet) {
    return workbook.isSheetHidden(sheet) || workbook.isSheetVeryHidden(sheet);
  }

  @Override
  public boolean isChartSheet(int sheet) {
    return false; // HSSF exposes BIFF chart sheets as sheets without cells
  }

  @Override
  public RawSheet read(int index, int maxRows) {
    Sheet sheet = workbook.getSheetAt(index);
    String name = sheet.getSheetName();
    List<RawSheet.Row> rows = RawSheet.newRows();
    for (Row row : sheet) {
      Cell[] cells = new Cell[Math.max(0, row.getLastCellNum())];
      int width = 0;
      for (org.apache.poi.ss.usermodel.Cell c : row) {
        Cell cell = convert(c, name);
        if (cell != null && !cell.text.isEmpty()) {
          cells[c.getColumnIndex()] = cell;
          width = Math.max(width, c.getColumnIndex() + 1);
        }
      }
      if (width == 0) {
        continue;
      }
      if (rows.size() >= maxRows) {
        throw new Fault(name + "!A" + (row.getRowNum() + 1), "the sheet has more than " + maxRows
            + " rows with values; raise ExcelLayout.maxRows to read it");
      }
      rows.add(new RawSheet.Row(row.getRowNum(), java.util.Arrays.copyOf(cells, width)));
    }
    List<RawSheet.Merge> merges = new ArrayList<>();
    for (CellRangeAddress r : sheet.getMergedRegions()) {
      merges.add(new RawSheet.Merge(r.getFirstRow(), r.getLastRow(), r.getFirstColumn(), r.getLastColumn()));
    }
    return new RawSheet(name, isHidden(index), false, rows, merges);
  }

  private static Cell convert(org.apache.poi.ss.usermodel.Cell c, String sheet) {
    CellType type = c.getCellType();
    if (type == CellType.FORMULA) {
      type = c.getCachedFormulaResultType();
    }
    switch (type) {
      case STRING: {
        String text = c.getRichStringCellValue().getString();
        if (text.length() > Limits.MAX_CELL_CHARS) {
          throw new Fault(sheet + "!" + new CellReference(c).formatAsString(false),
              "the cell holds more than " + Limits.MAX_CELL_CHARS + " characters, Excel's limit");
        }
        return Cell.text(text);
      }
      case NUMERIC: {
        String pattern = c.getCellStyle().getDataFormatString();
        Cell.Format format = pattern != null && pattern.contains("%") ? Cell.Format.PERCENT
            : DateUtil.isADateFormat(c.getCellStyle().getDataFormat(), pattern) ? Cell.Format.DATE
            : Cell.Format.PLAIN;
        return Cell.number(Cell.ofDouble(c.getNumericCellValue()), format);
      }
      case BOOLEAN:
        return Cell.text(c.getBooleanCellValue() ? "TRUE" : "FALSE");
      default:
        return null;
    }
  }
}
