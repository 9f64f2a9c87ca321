// 01 · Quickstart: load the bundled Baqiao 2020 report (already classified) and print its summary —
// tasks by status, claims the numbers do not support, findings, a scorecard per lead unit.
//   jshell --class-path examples/target/workreport.jar examples/jshell/01-quickstart.jsh

import io.github.workreport.*;
import io.github.workreport.examples.WorkReports;

Report report = WorkReports.bundled();
System.out.println(report);
System.out.println(report.summary());

// One task, its targets and how it was judged.
Task gdp = report.task("已完成", 5).orElseThrow();
System.out.println(gdp);
System.out.println(gdp.targets());
System.out.println(gdp.assessment().orElseThrow());

/exit
