package dev.estodo.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@code result} line a load generator prints (the bench's own, or a wrk script's):
 * {@code result count=N errors=N elapsed=NANOS p50=MS p99=MS [late=N] first_error=TEXT}; an
 * open loop's {@code late} counts operations started over a millisecond after they were due.
 */
final class ResultLine {
  private ResultLine() {}

  static LoadResult parse(String line) {
    int error = line.indexOf(" first_error=");
    String firstError = error < 0 ? "" : line.substring(error + " first_error=".length()).strip();
    Map<String, String> values = new HashMap<>();
    for (String pair : (error < 0 ? line : line.substring(0, error)).substring("result ".length()).split(" ")) {
      String[] keyAndValue = pair.split("=", 2);
      values.put(keyAndValue[0], keyAndValue[1]);
    }
    return new LoadResult(Long.parseLong(values.get("count")), Long.parseLong(values.get("errors")),
        Long.parseLong(values.get("elapsed")), millis(values.get("p50")), millis(values.get("p99")),
        firstError.isEmpty() ? null : firstError, 0, null, null,
        values.containsKey("late") ? Long.parseLong(values.get("late")) : 0);
  }

  private static Double millis(String value) {
    return value == null || value.equals("null") ? null : Double.valueOf(value);
  }
}
