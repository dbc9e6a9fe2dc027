package dev.estodo.todo.web;

/**
 * A request path's percent signs that start no escape ({@code %zz}, {@code %u0041}, a lone
 * {@code %}) taken as themselves, as the browsers' URL standard decodes them: each becomes
 * {@code %25}. Jetty's parser refuses such a path and Javalin's decoder throws on it, both before
 * any route can say what is wrong; escaped, the path reaches the routes, whose own checks answer
 * ({@code todo_id is invalid}, an unknown asset's 404). The query string is left as it was sent.
 */
final class StrayPercents {
  private StrayPercents() {}

  /** {@code target} (a request line's target) with the stray percent signs of its path escaped. */
  static String escapeInPath(String target) {
    int end = pathEnd(target);
    if (!hasStray(target, end)) return target;
    StringBuilder escaped = new StringBuilder(target.length() + 8);
    for (int i = 0; i < end; i++) {
      char c = target.charAt(i);
      escaped.append(c == '%' && !startsEscape(target, i, end) ? "%25" : String.valueOf(c));
    }
    return escaped.append(target, end, target.length()).toString();
  }

  private static boolean hasStray(String target, int end) {
    for (int i = target.indexOf('%'); i >= 0 && i < end; i = target.indexOf('%', i + 1)) {
      if (!startsEscape(target, i, end)) return true;
    }
    return false;
  }

  private static int pathEnd(String target) {
    for (int i = 0; i < target.length(); i++) {
      if (target.charAt(i) == '?' || target.charAt(i) == '#') return i;
    }
    return target.length();
  }

  private static boolean startsEscape(String target, int at, int end) {
    return at + 2 < end && isHex(target.charAt(at + 1)) && isHex(target.charAt(at + 2));
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
