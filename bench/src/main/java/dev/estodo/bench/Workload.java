package dev.estodo.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * What a load generator runs: its kind, its target (the server's base URL, or a JDBC URL for the
 * raw baselines) and the kind's arguments (the amends' nonce and todos per connection, the list's
 * path and ETag, the open loop's rate).
 */
record Workload(String kind, String target, List<String> arguments) {
  static final String ADD = "add";
  static final String ADD_WITH_KEY = "add-with-key";
  static final String AMEND = "amend";
  static final String MIXED = "mixed";
  static final String GET = "get";
  static final String INSERT = "insert";
  static final String SELECT = "select";
  static final String OPEN_ADD = "open-add";
  static final String LAG = "lag";

  static Workload of(String kind, String target, Object... arguments) {
    List<String> strings = new ArrayList<>();
    for (Object argument : arguments) {
      strings.add(String.valueOf(argument));
    }
    return new Workload(kind, target, strings);
  }

  String argument(int index) {
    return arguments.get(index);
  }
}
