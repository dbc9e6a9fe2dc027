package dev.estodo.todo.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One todo's history in words: each event, read in order, becomes the sentence the page and the
 * command line show ({@code Added "Get to the chopper", due 1 Jan 2017}), knowing the todo's fields
 * from the events before it, so an amendment says what a field was before. It reads stored bodies
 * as they are, so an event the app no longer knows still reads ({@code Event TYPE}).
 */
public final class HistorySentences {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
  private static final List<String> AMENDABLE = List.of("title", "description", "due_date", "stakeholder_email");

  private final TodoFieldValues fields = new TodoFieldValues();

  /** The sentence for the next event of this todo's history, {@code type} with its stored {@code body}. */
  public String next(String type, JsonNode body) {
    return switch (type) {
      case "todo_added" -> added(body);
      case "todo_amended" -> amended(body);
      case "todo_moved_up" -> "Moved up";
      case "todo_completed" -> dated("Completed", text(body, "completed_on"));
      case "todo_abandoned" -> dated("Abandoned", text(body, "abandoned_on"));
      case "stakeholder_notified_of_todo_completion" -> "Stakeholder notified by email (caused by the completion)";
      default -> "Event " + type;
    };
  }

  /** {@code date} (ISO-8601, a date or a date-time) as {@code 13 Jul 2017}; as given when it is neither. */
  public static String day(String date) {
    if (date == null) return "";
    try {
      return DAY.format(LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date));
    } catch (DateTimeParseException e) {
      return date;
    }
  }

  private String added(JsonNode body) {
    AMENDABLE.forEach(field -> fields.set(field, text(body, field)));
    String title = fields.get("title");
    StringBuilder sentence = new StringBuilder(title == null ? "Added (no title)" : "Added \"" + title + "\"");
    if (fields.get("due_date") != null) sentence.append(", due ").append(day(fields.get("due_date")));
    if (fields.get("stakeholder_email") != null) sentence.append(", stakeholder ").append(fields.get("stakeholder_email"));
    if (fields.get("description") != null) sentence.append(", description \"").append(fields.get("description")).append('"');
    return sentence.toString();
  }

  private String amended(JsonNode body) {
    List<String> clauses = new ArrayList<>();
    for (String field : AMENDABLE) {
      if (body == null || !body.has(field)) continue;
      String after = text(body, field);
      clauses.add(FieldChange.of(field, fields.get(field), after).sentence());
      fields.set(field, after);
    }
    return clauses.isEmpty() ? "Amended (nothing changed)" : String.join("; ", clauses);
  }

  private static String dated(String verb, String date) {
    return date == null ? verb : verb + " on " + day(date);
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body == null ? null : body.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
