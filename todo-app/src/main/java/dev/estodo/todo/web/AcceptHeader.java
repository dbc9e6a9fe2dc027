package dev.estodo.todo.web;

import java.util.Locale;

/**
 * Which error body a client's {@code Accept} header asks for: problem details when it names
 * {@code application/problem+json} with a weight above zero and at least the weight it gives plain
 * text (through {@code text/plain}, {@code text/*} or {@code *}{@code /*}); plain text otherwise,
 * as for a client that sends no Accept at all. A range with a malformed weight counts for nothing.
 */
final class AcceptHeader {
  static final String PROBLEM_JSON = "application/problem+json";

  private AcceptHeader() {}

  /** Whether {@code accept} (may be null) prefers problem details to plain text. */
  static boolean prefersProblemJson(String accept) {
    if (accept == null) return false;
    double problem = 0;
    double plain = 0;
    int plainSpecificity = -1;
    for (String range : accept.split(",", -1)) {
      String[] parts = range.split(";", -1);
      String type = parts[0].trim().toLowerCase(Locale.ROOT);
      double weight = weight(parts);
      if (type.equals(PROBLEM_JSON)) problem = Math.max(problem, weight);
      int specificity = plainSpecificity(type);
      if (specificity > plainSpecificity) {
        plainSpecificity = specificity;
        plain = weight;
      }
    }
    return problem > 0 && problem >= plain;
  }

  /** How closely {@code type} names plain text: 2 exactly, 1 as text/*, 0 as * / *, -1 not at all. */
  private static int plainSpecificity(String type) {
    return switch (type) {
      case "text/plain" -> 2;
      case "text/*" -> 1;
      case "*/*" -> 0;
      default -> -1;
    };
  }

  /** The range's {@code q}: 1 when absent, 0 when malformed (RFC 9110: 0 to 1, three decimals at most). */
  private static double weight(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim();
      if (!parameter.regionMatches(true, 0, "q=", 0, 2)) continue;
      String value = parameter.substring(2).trim();
      return value.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?") ? Double.parseDouble(value) : 0;
    }
    return 1;
  }
}
