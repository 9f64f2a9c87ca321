// 02 · Claims not supported: the tasks the document calls done (or better) where its own numbers say
// less, each with its targets and the achieved values that were compared.
//   jshell --class-path examples/target/workreport.jar examples/jshell/02-claims.jsh

import io.github.workreport.*;
import io.github.workreport.examples.WorkReports;

Report report = WorkReports.bundled();

for (Task task : report.summary().claimsNotSupported()) {
    Assessment assessment = task.assessment().orElseThrow();
    System.out.printf("%s [%s] 申报%s → 评估%s%n", task.ref(), task.leadUnit().orElse("?"),
        task.outcome().declaredStatus().label(), assessment.status().label());
    for (TargetAssessment line : assessment.targets()) {
        System.out.printf("    目标 %s  →  实际 %s  (%s)%n", line.target(),
            line.measure().map(Measure::toString).orElse("无可比数值：" + line.reasonLabel()), line.status().label());
    }
}

/exit
