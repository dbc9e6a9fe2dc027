package dev.estodo.todo.cli;

import dev.estodo.todo.Environment;
import java.util.HashMap;
import java.util.Map;

/** The flags a command was given, each over the environment variable of the same name. */
final class Flags {
  private Flags() {}

  /** The environment under {@code namesAndValues} (variable, flag value, ...); a flag not given is null. */
  static Environment overEnvironment(String... namesAndValues) {
    Map<String, String> flags = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      flags.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return Environment.system().overriddenBy(flags);
  }
}
