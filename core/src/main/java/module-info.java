/**
 * The workreport core: the immutable model of a work-report task table ({@link
 * io.github.workreport.Report}), the Chinese text parsers ({@code io.github.workreport.text}) and the
 * classification rules ({@code io.github.workreport.rules}). It has no run-time dependencies.
 */
module io.github.workreport {
  requires static org.immutables.value.annotations;

  exports io.github.workreport;
  exports io.github.workreport.rules;
  exports io.github.workreport.text;
}
