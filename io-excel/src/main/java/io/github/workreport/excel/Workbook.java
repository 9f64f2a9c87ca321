package io.github.workreport.excel;

import java.io.IOException;
import java.util.List;

/** A workbook opened for reading, .xlsx or .xls: its sheets by index. */
interface Workbook {
  List<String> sheetNames();

  boolean isHidden(int sheet);

  boolean isChartSheet(int sheet);

  /**
   * The cells of a sheet.
   *
   * @throws Fault when the sheet breaks a limit or is damaged at a known place
   */
  RawSheet read(int sheet, int maxRows) throws IOException;
}
