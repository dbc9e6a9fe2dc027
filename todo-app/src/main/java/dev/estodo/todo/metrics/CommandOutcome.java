package dev.estodo.todo.metrics;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A command's type ({@code add}, {@code amend}, ...) and outcome, told by its route and its answer's status. */
record CommandOutcome(String type, String outcome) {
  private static final Map<String, String> TYPES = Map.of(
      "POST /todo/{id}", "add", "PUT /todo/{id}", "amend", "POST /todo/{id}/complete", "complete",
      "POST /todo/{id}/abandon", "abandon", "POST /todo/{id}/moveup", "moveup");
  private static final List<String> OUTCOMES = List.of("accepted", "rejected", "invalid", "conflict", "failed");

  /** The command a request on {@code route} was, and how it ended; empty for any other route. */
  static Optional<CommandOutcome> of(String method, String route, int status) {
    String type = TYPES.get(method + " " + route);
    return type == null ? Optional.empty() : Optional.of(new CommandOutcome(type, outcome(status)));
  }

  /** Every type with every outcome, so each counter is exported from the start. */
  static List<CommandOutcome> all() {
    return TYPES.values().stream()
        .flatMap(type -> OUTCOMES.stream().map(outcome -> new CommandOutcome(type, outcome))).toList();
  }

  // 400 and 413 are the request's fault, 422 the todo's rules, 409 a concurrent write (or a key in use).
  private static String outcome(int status) {
    if (status >= 200 && status < 300) return "accepted";
    if (status == 422) return "rejected";
    if (status == 400 || status == 413) return "invalid";
    if (status == 409) return "conflict";
    return "failed";
  }
}
