// 04 · Excel: write the classified report as a styled workbook (sheets 任务 and 汇总) to a temporary
// file, read it back, and check that nothing was lost on the way.
//   jshell --class-path examples/target/workreport.jar examples/jshell/04-excel.jsh

import io.github.workreport.*;
import io.github.workreport.examples.WorkReports;
import io.github.workreport.excel.*;

Report report = WorkReports.bundled();
Path file = Files.createTempFile("baqiao-2020-", ".xlsx");
WorkReports.write(report, file);                                  // by extension: .xlsx or .json
System.out.printf("wrote %s (%,d bytes)%n", file, Files.size(file));

Report back = ExcelReader.of(ExcelLayout.DEFAULT).read(file);    // as written, assessments included
System.out.println(back);
if (!back.equals(report)) throw new AssertionError("the workbook did not read back as the report written");
System.out.println("read back equal: " + back.equals(report));
System.out.println(back.summary().byStatus());

Files.delete(file);

/exit
