package io.github.workreport.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds small workbooks for tests, the same content as .xlsx or .xls. */
final class Book {
  /** A number cell shown as a percentage. */
  static final class Percent {
    final double value;

    Percent(double value) {
      this.value = value;
    }
  }

  static Percent pct(double value) {
    return new Percent(value);
  }

  private static final class SheetSpec {
    final String name;
    final List<Object[]> rows = new ArrayList<>();
    final List<String> merges = new ArrayList<>();
    boolean hidden;

    SheetSpec(String name) {
      this.name = name;
    }
  }

  private final List<SheetSpec> sheets = new ArrayList<>();

  Book sheet(String name) {
    sheets.add(new SheetSpec(name));
    return this;
  }

  Book hidden() {
    sheets.get(sheets.size() - 1).hidden = true;
    return this;
  }

  /** A row; {@code null} leaves a cell blank; a row of no values is a blank row. */
  Book row(Object... cells) {
    sheets.get(sheets.size() - 1).rows.add(cells);
    return this;
  }

  Book merge(String range) {
    sheets.get(sheets.size() - 1).merges.add(range);
    return this;
  }

  byte[] xlsx() {
    return write(new XSSFWorkbook());
  }

  byte[] xls() {
    return write(new HSSFWorkbook());
  }

  private byte[] write(Workbook wb) {
    try (wb) {
      CellStyle percent = wb.createCellStyle();
      percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
      for (SheetSpec spec : sheets) {
        Sheet sheet = wb.createSheet(spec.name);
        for (int r = 0; r < spec.rows.size(); r++) {
          Object[] cells = spec.rows.get(r);
          if (cells.length == 0) {
            continue;
          }
          Row row = sheet.createRow(r);
          for (int c = 0; c < cells.length; c++) {
            Object v = cells[c];
            if (v instanceof String) {
              row.createCell(c).setCellValue((String) v);
            } else if (v instanceof Number) {
              row.createCell(c).setCellValue(((Number) v).doubleValue());
            } else if (v instanceof Percent) {
              row.createCell(c).setCellValue(((Percent) v).value);
              row.getCell(c).setCellStyle(percent);
            }
          }
        }
        for (String m : spec.merges) {
          sheet.addMergedRegion(CellRangeAddress.valueOf(m));
        }
        if (spec.hidden) {
          wb.setSheetHidden(wb.getSheetIndex(sheet), true);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
