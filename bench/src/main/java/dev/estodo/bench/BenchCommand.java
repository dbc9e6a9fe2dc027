package dev.estodo.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./todo bench}: measures the store and the service against raw PostgreSQL, in one run. The
 * launcher runs it from the bench module's jar, beside the application's, so none of it ships in
 * the production jar.
 */
@Command(name = "todo bench", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Run the benchmark on its own embedded PostgreSQL (or DATABASE_URL, which needs "
        + "the right to create databases) and print one table and the targets of issue 13; the server "
        + "under test runs in its own process, the load (wrk and pgbench when installed, else the "
        + "bench's own generator) in another, and the raw-PostgreSQL baselines are measured in the "
        + "same run on the same database.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  Every scenario (with online rebuild, over twenty minutes on 2 cores)",
        "    ./todo bench",
        "  Appends and HTTP commands only",
        "    ./todo bench append commands",
        "  A quick run (small sizes, one to two minutes) on PostgreSQL 15",
        "    ./todo bench --quick --database-url postgres://postgres:postgres@localhost:5432/postgres"})
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", arity = "0..*",
      description = "scenarios to run, by name or number (default: all): 1 append, 2 commands, "
          + "3 queries, 4 catch-up, 5 lag, 6 scaling, 7 waits, 8 rebuild, 9 time-travel")
  List<String> scenarios = new ArrayList<>();

  @Option(names = "--quick", description = "small sizes and about a second per measurement: one to two minutes")
  boolean quick;

  @Option(names = "--builtin-generators",
      description = "use the bench's own generator (a JVM process) and JDBC for the raw INSERTs even when "
          + "wrk and pgbench are installed")
  boolean builtinGenerators;

  @Option(names = "--json", defaultValue = "target/bench.json",
      description = "where to write the results as JSON (default: ${DEFAULT-VALUE})")
  Path json;

  @Option(names = "--database-url", defaultValue = "${env:DATABASE_URL}",
      description = "DATABASE_URL: run on this server instead of an embedded PostgreSQL")
  String databaseUrl;

  /** Runs the bench with {@code args} and exits with its status (2 for a usage error). */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The bench's command line. */
  public static CommandLine commandLine() {
    return new CommandLine(new BenchCommand());
  }

  @Override
  public Integer call() throws Exception {
    for (String scenario : scenarios) {
      if (!Bench.knows(scenario)) {
        throw new ParameterException(spec.commandLine(),
            "unknown scenario " + scenario + "; choose from " + String.join(", ", Bench.names()));
      }
    }
    String url = databaseUrl == null || databaseUrl.isBlank() ? null : databaseUrl.trim();
    Bench.run(scenarios, quick, builtinGenerators, json, url, spec.commandLine().getOut());
    return 0;
  }
}
