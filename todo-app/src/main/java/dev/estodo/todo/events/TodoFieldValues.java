package dev.estodo.todo.events;

import java.util.HashMap;
import java.util.Map;

/** A todo's fields as its events so far left them, by stored body key; absent or null when unset. */
final class TodoFieldValues {
  private final Map<String, String> values = new HashMap<>();

  String get(String field) {
    return values.get(field);
  }

  void set(String field, String value) {
    values.put(field, value);
  }
}
