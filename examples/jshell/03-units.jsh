// 03 · Responsible units: a scorecard per lead unit, worst first, then every responsible unit
// (co-responsible ones too) with the tasks it shares that fell short.
//   jshell --class-path examples/target/workreport.jar examples/jshell/03-units.jsh

import io.github.workreport.*;
import io.github.workreport.examples.WorkReports;
import static java.util.stream.Collectors.*;

Report report = WorkReports.bundled();

// Lead units: Summary.byLeadUnit() is sorted by tasks not met, then shortfalls, then claims.
report.summary().byLeadUnit().stream().limit(8).forEach(System.out::println);

// Every responsible unit: the tasks it is named on that are not met or still ongoing.
Set<Status> behind = EnumSet.of(Status.NOT_MET, Status.ONGOING, Status.BASICALLY_MET);
// (In a script a line that ends a statement is run at once, so the dots go at the ends of lines.)
Map<String, List<String>> shortfalls = report.tasks().stream().
    filter(t -> behind.contains(t.status())).
    flatMap(t -> t.responsibleUnits().stream().map(u -> Map.entry(u, t.ref() + " " + t.status().label()))).
    collect(groupingBy(Map.Entry::getKey, TreeMap::new, mapping(Map.Entry::getValue, toList())));
shortfalls.forEach((unit, tasks) -> System.out.println(unit + "  " + tasks));

/exit
