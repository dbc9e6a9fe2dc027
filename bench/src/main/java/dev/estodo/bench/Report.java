package dev.estodo.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The bench's output: one table for people, one JSON document for machines. */
final class Report {
  private static final String FORMAT = "%-12s %-44s %4s %11s %-12s %8s %8s %8s %8s %8s  %s";
  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private Report() {}

  /** The header of the table. */
  static String header() {
    return String.format(Locale.ROOT, FORMAT, "scenario", "variant", "conc", "rate", "unit", "p50 ms",
        "p99 ms", "app us", "pg us", "gen us", "vs baseline");
  }

  /** One row of the table. */
  static String line(Measurement row) {
    String variant = row.variant() + (row.errors() == 0 ? "" : " (" + row.errors() + " errors)")
        + (row.late() == 0 ? "" : " (" + row.late() + " started >1 ms late)");
    return String.format(Locale.ROOT, FORMAT, row.scenario(), variant, row.concurrency(),
        String.format(Locale.ROOT, "%,.0f", row.rate()), row.unit(), millis(row.p50Ms()),
        millis(row.p99Ms()), micros(row.appCpuUs()), micros(row.postgresCpuUs()),
        micros(row.generatorCpuUs()), versus(row));
  }

  /** The whole table. */
  static void print(List<Measurement> rows, PrintWriter out) {
    out.println(header());
    rows.forEach(row -> out.println(line(row)));
  }

  /** The targets of issue 13 against this run, then the figures that are not rows. */
  static void printTargets(List<Target> targets, List<String> notes, PrintWriter out) {
    if (!targets.isEmpty()) {
      out.println();
      out.println(Target.header());
      targets.forEach(target -> out.println(target.line()));
    }
    if (!notes.isEmpty()) out.println();
    notes.forEach(out::println);
  }

  /** Writes the run and every row to {@code file} as JSON. */
  static void writeJson(Path file, Map<String, Object> run, List<Measurement> rows) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    Map<String, Object> document = new LinkedHashMap<>(run);
    document.put("results", rows);
    JSON.writeValue(file.toFile(), document);
  }

  private static String millis(Double value) {
    return value == null ? "-" : String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.1f", value);
  }

  private static String micros(Double value) {
    return value == null ? "-" : String.format(Locale.ROOT, "%.0f", value);
  }

  private static String versus(Measurement row) {
    if (row.ratio() == null) return "";
    return String.format(Locale.ROOT, "%.2fx %s", row.ratio(), row.baseline());
  }
}
