package dev.estodo.todo.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.todo.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A list's JSON as a table for people: one todo a line, long text cut, control characters made harmless. */
final class TodoTable {
  private static final int WIDEST = 32;
  static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]");
  private static final List<String> KEYS =
      List.of("todo_id", "title", "due_date", "stakeholder_email", "completed_on", "description");
  private static final List<String> HEADERS =
      List.of("ID", "TITLE", "DUE", "STAKEHOLDER", "COMPLETED", "DESCRIPTION");

  private TodoTable() {}

  /** The rows of {@code json} (a query's array) as aligned columns; anything else comes back as it was. */
  static String render(String json) {
    JsonNode rows = parse(json);
    if (rows == null || !rows.isArray()) return json;
    if (rows.isEmpty()) return "  (none)";
    boolean completed = rows.get(0).has("completed_on");
    List<List<String>> lines = new ArrayList<>();
    lines.add(columns(HEADERS, completed));
    rows.forEach(row -> lines.add(columns(KEYS.stream().map(key -> cell(key, row.get(key))).toList(), completed)));
    return format(lines);
  }

  private static List<String> columns(List<String> all, boolean completed) {
    List<String> chosen = new ArrayList<>(all);
    if (!completed) chosen.remove(KEYS.indexOf("completed_on"));
    return chosen;
  }

  /** {@code lines} (the first holds the headers) as aligned columns, a line each. */
  static String format(List<List<String>> lines) {
    int[] widths = new int[lines.get(0).size()];
    for (List<String> line : lines) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    StringBuilder table = new StringBuilder();
    lines.forEach(line -> table.append(line(line, widths)).append('\n'));
    return table.toString();
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      text.append(i == 0 ? "" : "  ").append(String.format("%-" + widths[i] + "s", cells.get(i)));
    }
    return text.toString().stripTrailing();
  }

  // a title may hold escape sequences or bidi overrides that would rewrite the user's terminal
  private static String cell(String key, JsonNode value) {
    if (value == null || value.isNull()) return "";
    String text = UNPRINTABLE.matcher(value.asText().replace(" 00:00:00 UTC", "")).replaceAll(" ");
    if (key.equals("todo_id") || text.length() <= WIDEST) return text;
    return text.substring(0, WIDEST - 1) + "…";
  }

  private static JsonNode parse(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
