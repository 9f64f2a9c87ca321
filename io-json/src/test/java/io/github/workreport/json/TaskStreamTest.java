package io.github.workreport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.workreport.Report;
import io.github.workreport.Task;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskStreamTest {
  private static final String JSON = ReportJson.toJson(Fixtures.richReport());

  private static TaskStream open(String json) {
    return ReportJson.streamTasks(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theHeaderIsThereBeforeAnyTaskIsRead() {
    try (TaskStream in = open(JSON)) {
      assertThat(in.header()).isEqualTo(Fixtures.header().build());
      assertThat(in.isComplete()).isFalse();
      assertThat(in.tasks().collect(Collectors.toList())).isEqualTo(Fixtures.richTasks());
      assertThat(in.isComplete()).isTrue();
    }
  }

  @Test
  void tasksAreReadAsTheyAreAskedFor() {
    // The fourth task is broken: the first three are handed out before the error surfaces.
    String json = JSON.replaceFirst("\"number\": 7,", "\"number\": \"七\",");
    List<Task> read = new ArrayList<>();
    try (TaskStream in = open(json)) {
      Iterator<Task> tasks = in.iterator();
      JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> tasks.forEachRemaining(read::add));
      assertThat(e.path()).isEqualTo("$.tasks[3].number");
      assertThat(in.isComplete()).isFalse();
      // Asking again never skips past the broken task to the ones after it.
      assertThatThrownBy(tasks::hasNext).isSameAs(e);
      assertThatThrownBy(tasks::next).isSameAs(e);
    }
    assertThat(read).isEqualTo(Fixtures.richTasks().subList(0, 3));
  }

  @Test
  void aDocumentThatBreaksOffFailsAtTheBreakNotSilently() {
    String cut = JSON.substring(0, JSON.indexOf("\"section\": \"持续推进\""));
    try (TaskStream in = open(cut)) {
      assertThatThrownBy(() -> in.tasks().count()).isInstanceOf(JsonReadException.class)
          .hasMessageContaining("$.tasks[5]");
    }
  }

  @Test
  void contentAfterTheReportIsAnErrorAtTheEnd() {
    try (TaskStream in = open(JSON + "{}")) {
      assertThatThrownBy(() -> in.tasks().count()).isInstanceOf(JsonReadException.class)
          .hasMessageContaining("expected the end of the document, found an object");
    }
  }

  @Test
  void fieldsAfterTheTasksJoinTheHeaderOnceTheTasksAreRead() {
    // As another tool would write it, keys sorted: title and year come after tasks.
    String json = "{\"format\": \"workreport/1\", \"sections\": [], \"tasks\": [], \"title\": \"报告\", \"year\": 2020}";
    try (TaskStream in = open(json)) {
      assertThat(in.header().title()).isEmpty();
      assertThat(in.tasks().count()).isZero();
      assertThat(in.header()).isEqualTo(Report.builder().title("报告").year(2020).build());
    }
    assertThat(ReportJson.read(json)).isEqualTo(Report.builder().title("报告").year(2020).build());
  }

  @Test
  void aBrokenHeaderFailsWhenTheStreamOpens() {
    String json = JSON.replace("\"year\": 2020", "\"year\": \"2020\"");
    JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> open(json));
    assertThat(e.path()).isEqualTo("$.year");
  }

  @Test
  void theTasksCanBeReadOnce() {
    try (TaskStream in = open(JSON)) {
      in.iterator();
      assertThatThrownBy(in::tasks).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aFileIsClosedWithTheStream(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("report.json");
    Files.writeString(file, JSON);
    try (TaskStream in = ReportJson.streamTasks(file)) {
      assertThat(in.tasks().map(Task::number).collect(Collectors.toList())).containsExactly(1, 4, 5, 7, 9, 3, 7);
    }
    Files.delete(file);
    assertThat(file).doesNotExist();
  }

  @Test
  void aTaskWriterWritesWhatWriteWrites() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TaskWriter writer = ReportJson.taskWriter(Fixtures.header().build(), out)) {
      Fixtures.richTasks().forEach(writer::write);
      assertThat(writer.written()).isEqualTo(7);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JSON);
  }

  @Test
  void aTaskWriterThatIsNotClosedLeavesADocumentThatDoesNotRead() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TaskWriter writer = ReportJson.taskWriter(Fixtures.header().build(), out);
    Fixtures.richTasks().forEach(writer::write);
    // Not closed: nothing flushed yet is fine, what was flushed must not read as a report.
    assertThatThrownBy(() -> ReportJson.read(new ByteArrayInputStream(out.toByteArray())))
        .isInstanceOf(JsonReadException.class);
  }

  @Test
  void aTaskWriterRefusesAHeaderWithTasksAndWritesAfterClose() {
    assertThatThrownBy(() -> ReportJson.taskWriter(Fixtures.richReport(), new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has 7 tasks");
    TaskWriter writer = ReportJson.taskWriter(Fixtures.header().build(), new ByteArrayOutputStream());
    writer.close();
    writer.close();
    assertThatThrownBy(() -> writer.write(Fixtures.richTasks().get(0))).isInstanceOf(IllegalStateException.class);
  }
}
