/**
 * The workreport/1 JSON format, a contract that tools outside Java read too.
 *
 * <pre>{@code
 * Report report = ReportJson.read(Path.of("baqiao-2020.json"));
 * ReportJson.write(Classifier.standard().classify(report), Path.of("classified.json"));
 * }</pre>
 *
 * <p>{@link io.github.workreport.json.ReportJson} is the whole API for most callers; {@link
 * io.github.workreport.json.TaskStream} and {@link io.github.workreport.json.TaskWriter} read and
 * write documents too large to hold in memory, one task at a time; {@link
 * io.github.workreport.json.ReportModule} plugs the format into a Jackson 3 {@code JsonMapper}.
 * Every read error is a {@link io.github.workreport.json.JsonReadException} naming the source, the
 * JSON path, the line and column, and what was expected. The JSON Schema of the format is the
 * resource {@code io/github/workreport/json/workreport-1.schema.json} of this module ({@link
 * io.github.workreport.json.ReportJson#SCHEMA_RESOURCE}).
 */
package io.github.workreport.json;
