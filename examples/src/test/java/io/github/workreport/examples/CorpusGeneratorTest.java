package io.github.workreport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.Report;
import io.github.workreport.Status;
import io.github.workreport.Task;
import io.github.workreport.text.TableText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
  private static final Pattern NUMBERS = Pattern.compile("\\d+(?:\\.\\d+)?");
  private final CorpusGenerator generator = new CorpusGenerator(7);

  @Test
  void everyGeneratedRowReadsAsItsSeedRowDoes() {
    Report seed = TableText.read(CorpusGenerator.seedText(), "seed.txt");
    Map<String, Task> seedTasks = new HashMap<>();
    for (Task task : seed.tasks()) {
      seedTasks.put(task.section().orElseThrow() + task.number(), task);
    }
    Map<Status, Integer> statuses = new EnumMap<>(Status.class);
    int varied = 0;
    int withNumbers = 0;
    for (int place = 0; place < 12; place++) {
      CorpusGenerator.Generated generated = generator.generate(place * 97, 2015 + place % 10);
      assertThat(generated.tasks()).isBetween(100, 300);
      Report report = WorkReports.classify(TableText.read(generated.text(), generated.name() + ".txt"));
      assertThat(report.title()).contains(generated.place()).contains(Integer.toString(generated.year()));
      assertThat(report.tasks()).hasSize(generated.tasks());
      for (int i = 0; i < report.tasks().size(); i++) {
        Task task = report.tasks().get(i);
        CorpusGenerator.Template template = generated.templates().get(i);
        Task original = seedTasks.get(template.section() + template.number());
        assertThat(task.section().orElseThrow()).isIn(template.section(), CorpusGenerator.OTHER);
        assertThat(task.targets()).as("%s from seed %s", task, original).hasSameSizeAs(original.targets());
        for (int t = 0; t < task.targets().size(); t++) {
          assertThat(task.targets().get(t).kind()).isEqualTo(original.targets().get(t).kind());
        }
        statuses.merge(task.status(), 1, Integer::sum);
        if (NUMBERS.matcher(original.text()).find()) {
          withNumbers++;
          if (!numbers(task.text()).equals(numbers(original.text()))) {
            varied++;
          }
        }
      }
    }
    assertThat(statuses.keySet()).as("statuses reached: %s", statuses).containsAll(Set.of(Status.values()));
    // Not a copy: most rows with numbers have them changed.
    assertThat(varied).isGreaterThan(withNumbers / 2);
  }

  @Test
  void generatedReportsReadBackInEveryFormat(@TempDir Path dir) throws Exception {
    long tasks = generator.write(dir, 1, 2, 2021, Set.of("txt", "json", "xlsx"));
    long read = 0;
    for (int year = 2021; year <= 2022; year++) {
      CorpusGenerator.Generated generated = generator.generate(0, year);
      Report text = WorkReports.read(dir.resolve(generated.name() + ".txt"));
      assertThat(text.tasks()).hasSize(generated.tasks());
      read += text.tasks().size();
      for (String format : List.of("json", "xlsx")) {
        Report other = WorkReports.read(dir.resolve(generated.name() + "." + format));
        assertThat(statuses(other)).as(format).isEqualTo(statuses(text));
      }
    }
    assertThat(read).isEqualTo(tasks);
  }

  @Test
  void theSeedDecidesTheCorpus() {
    assertThat(generator.generate(5, 2019)).isEqualTo(new CorpusGenerator(7).generate(5, 2019));
    assertThat(generator.generate(5, 2019).text()).isNotEqualTo(new CorpusGenerator(8).generate(5, 2019).text());
    assertThat(generator.generate(5, 2019).text()).isNotEqualTo(generator.generate(5, 2020).text());
    assertThat(generator.placeCount()).isGreaterThanOrEqualTo(3000);
  }

  private static List<Status> statuses(Report report) {
    List<Status> out = new ArrayList<>();
    report.tasks().forEach(task -> out.add(task.status()));
    return out;
  }

  private static List<String> numbers(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = NUMBERS.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
