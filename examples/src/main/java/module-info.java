/**
 * The workreport command line ({@code workreport.jar}: classify, convert, summary) and {@link
 * io.github.workreport.examples.WorkReports}, static entry points for scripts and JShell that read
 * any supported format, classify and write.
 */
module io.github.workreport.examples {
  requires transitive io.github.workreport;
  requires io.github.workreport.json;
  requires io.github.workreport.excel;
  requires io.github.workreport.document;
  requires info.picocli;
  requires org.jline.terminal;
  // Loaded by name (TerminalProvider.load("jni")), never referenced: required so that it resolves.
  requires org.jline.terminal.jni;

  exports io.github.workreport.examples;

  // picocli sets the annotated option fields of the commands by reflection.
  opens io.github.workreport.examples to info.picocli;
  opens io.github.workreport.examples.cli to info.picocli;
}
