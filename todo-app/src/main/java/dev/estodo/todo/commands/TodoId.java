package dev.estodo.todo.commands;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Reads a todo's id from a request path; only the canonical UUID form is an id. */
public final class TodoId {
  // UUID.fromString alone would take "1-2-3-4-5" as an id.
  private static final Pattern CANONICAL =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private TodoId() {}

  /** The UUID {@code text} spells, in either case; otherwise {@code todo_id is invalid}. */
  public static UUID parse(String text) {
    String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
    if (!CANONICAL.matcher(lower).matches()) throw new InvalidCommandException("todo_id is invalid");
    return UUID.fromString(lower);
  }
}
