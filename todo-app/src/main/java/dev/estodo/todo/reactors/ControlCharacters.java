package dev.estodo.todo.reactors;

/**
 * Makes user text safe to print on one line of a log or terminal: control characters (C0, DEL,
 * C1), line and paragraph separators, and bidirectional controls are shown as escapes, so a title
 * cannot start a forged record, move the cursor, recolour the terminal or reorder what follows.
 */
final class ControlCharacters {
  private ControlCharacters() {}

  /** {@code text} with each such character as {@code \n}, {@code \r}, {@code \t} or {@code \u001B}. */
  static String escaped(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.chars().forEach(c -> out.append(unsafe(c) ? escape(c) : String.valueOf((char) c)));
    return out.toString();
  }

  private static boolean unsafe(int c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || bidiControl(c);
  }

  // ALM, LRM, RLM, the embeddings and overrides (LRE..RLO) and the isolates (LRI..PDI)
  private static boolean bidiControl(int c) {
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }

  private static String escape(int c) {
    if (c == '\n') return "\\n";
    if (c == '\r') return "\\r";
    if (c == '\t') return "\\t";
    return String.format("\\u%04X", c);
  }
}
