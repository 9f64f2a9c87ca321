package io.github.workreport.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Large office-style task tables, written with plain SXSSF as another program would. */
final class Tables {
  private Tables() {}

  static final String[] HEADER = {"序号", "主要任务", "责任单位", "完成情况", "单位", "目标任务", "实际完成", "完成率"};

  /** A title row, a header, and {@code rows} tasks with text, units, narrative and numbers. */
  static void officeTable(Path file, int rows) {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("Sheet1");
      Row title = sheet.createRow(0);
      title.createCell(0).setCellValue("《某区 2020 年政府工作报告》重点任务落实情况");
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.length - 1));
      Row header = sheet.createRow(1);
      for (int c = 0; c < HEADER.length; c++) {
        header.createCell(c).setCellValue(HEADER[c]);
      }
      for (int i = 1; i <= rows; i++) {
        Row row = sheet.createRow(i + 1);
        row.createCell(0).setCellValue(i);
        row.createCell(1).setCellValue("推进第" + i + "项重点工程建设，新建公厕" + (i % 40 + 1) + "座，完善配套设施");
        row.createCell(2).setCellValue("区单位" + (i % 97) + "、区配合单位" + (i % 13));
        row.createCell(3).setCellValue("截至年底，第" + i + "项工程已完成主体建设，新建公厕" + (i % 37) + "座，已完成。");
        row.createCell(4).setCellValue("座");
        row.createCell(5).setCellValue(i % 40 + 1);
        row.createCell(6).setCellValue(i % 37);
        row.createCell(7).setCellValue(((i % 37) * 100 / (i % 40 + 1)) + "%");
      }
      wb.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
