/**
 * Excel for workreport: {@link io.github.workreport.excel.ExcelReader} reads the task tables of
 * .xlsx and .xls workbooks into a {@link io.github.workreport.Report}, {@link
 * io.github.workreport.excel.ExcelWriter} writes a report as a styled .xlsx that reads back the
 * same. Built on Apache POI (HSSF for .xls, a SAX reader over XSSFReader and SXSSF for .xlsx).
 */
module io.github.workreport.excel {
  requires transitive io.github.workreport;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires java.xml;

  exports io.github.workreport.excel;
}
