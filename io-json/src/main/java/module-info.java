/**
 * The workreport/1 JSON format: {@link io.github.workreport.json.ReportJson} reads and writes
 * reports without any Jackson in sight; {@link io.github.workreport.json.ReportModule} teaches a
 * Jackson 3 mapper the same format and is found by {@code JsonMapper.builder().findAndAddModules()}.
 */
module io.github.workreport.json {
  requires transitive io.github.workreport;
  requires transitive tools.jackson.databind;
  requires tools.jackson.core;

  exports io.github.workreport.json;

  provides tools.jackson.databind.JacksonModule with io.github.workreport.json.ReportModule;
}
