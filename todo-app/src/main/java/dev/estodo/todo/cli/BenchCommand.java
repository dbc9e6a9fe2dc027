package dev.estodo.todo.cli;

import dev.estodo.todo.bench.Bench;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./todo bench}: measures the store and the service against raw PostgreSQL, in one run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Run the benchmark on its own embedded PostgreSQL (or DATABASE_URL, which needs "
        + "the right to create databases) and print one table; the raw-PostgreSQL baselines are "
        + "measured in the same run on the same database.")
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", arity = "0..*",
      description = "scenarios to run, by name or number (default: all): 1 append, 2 commands, "
          + "3 queries, 4 catch-up, 5 lag, 6 scaling")
  List<String> scenarios = new ArrayList<>();

  @Option(names = "--quick", description = "small sizes and about a second per measurement: under a minute")
  boolean quick;

  @Option(names = "--json", defaultValue = "target/bench.json",
      description = "where to write the results as JSON (default: ${DEFAULT-VALUE})")
  Path json;

  @Option(names = "--database-url", defaultValue = "${env:DATABASE_URL}",
      description = "DATABASE_URL: run on this server instead of an embedded PostgreSQL")
  String databaseUrl;

  @Override
  public Integer call() throws Exception {
    for (String scenario : scenarios) {
      if (!Bench.knows(scenario)) {
        throw new CliException("unknown scenario " + scenario + "; choose from " + String.join(", ", Bench.names()));
      }
    }
    String url = databaseUrl == null || databaseUrl.isBlank() ? null : databaseUrl.trim();
    Bench.run(scenarios, quick, json, url, spec.commandLine().getOut());
    return 0;
  }
}
