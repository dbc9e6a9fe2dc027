package dev.estodo.todo.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The todo's fields as {@code add} and {@code amend} take them: only the options given are sent. */
final class TodoFields {
  @Option(names = {"-t", "--title"}, paramLabel = "TITLE", description = "Title")
  String title;

  @Option(names = {"-d", "--description"}, paramLabel = "DESCRIPTION", description = "Description")
  String description;

  @Option(names = {"-D", "--due_date"}, paramLabel = "DUE_DATE", description = "Due date, e.g. 2017-01-01")
  String dueDate;

  @Option(names = {"-s", "--stakeholder_email"}, paramLabel = "STAKEHOLDER_EMAIL",
      description = "Stakeholder email, told when the todo is completed")
  String stakeholderEmail;

  /** The fields given, in the original's order. */
  Map<String, Object> given() {
    Map<String, Object> payload = new LinkedHashMap<>();
    put(payload, "title", title);
    put(payload, "description", description);
    put(payload, "due_date", dueDate);
    put(payload, "stakeholder_email", stakeholderEmail);
    return payload;
  }

  /**
   * The fields given, an empty value as null: the API clears a field given as null, and a shell
   * can only pass an empty string. The title cannot be cleared, so an empty one stays empty
   * (and the API calls it blank).
   */
  Map<String, Object> givenOrCleared() {
    Map<String, Object> payload = given();
    payload.replaceAll((key, value) -> "".equals(value) && !key.equals("title") ? null : value);
    return payload;
  }

  private static void put(Map<String, Object> payload, String key, String value) {
    if (value != null) payload.put(key, value);
  }
}
