package dev.estodo.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the selected scenarios on one PostgreSQL, prints each row as it is measured and then the
 * whole table, and writes the run as JSON. Baselines are measured in the same run on the same server.
 */
public final class Bench {
  private static final List<Scenario> SCENARIOS = List.of(new AppendScenario(), new CommandsScenario(),
      new QueriesScenario(), new CatchUpScenario(), new LagScenario(), new ScalingScenario(),
      new WaitsScenario(), new RebuildScenario(),
      new TimeTravelScenario());

  private Bench() {}

  /** The scenario names the command line accepts, in run order; their numbers work too. */
  public static List<String> names() {
    return SCENARIOS.stream().map(Scenario::label).toList();
  }

  /** Whether {@code name} selects a scenario, by name ({@code append}) or number ({@code 1}). */
  public static boolean knows(String name) {
    return SCENARIOS.stream().anyMatch(scenario -> selects(scenario, name));
  }

  /**
   * Runs {@code selected} (every scenario when empty) on the server {@code databaseUrl} names, or an
   * embedded one when it is null, and writes the JSON report to {@code json}.
   *
   * @throws IllegalArgumentException naming an unknown scenario before anything runs
   */
  public static void run(List<String> selected, boolean quick, boolean builtinGenerators, Path json,
      String databaseUrl, PrintWriter out) throws Exception {
    List<Scenario> scenarios = select(selected);
    BenchSettings settings = quick ? BenchSettings.quickRun() : BenchSettings.fullRun();
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("started_at", Instant.now().toString());
    List<Measurement> rows = new ArrayList<>();
    List<Target> targets = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    long start = System.nanoTime();
    try (BenchDatabase database = BenchDatabase.start(databaseUrl);
        LoadTools tools = LoadTools.choose(builtinGenerators)) {
      describe(run, database, settings, selected);
      run.put("load_generators", tools.description());
      out.println("estodo bench on " + database.description() + " " + run.get("postgres"));
      out.println(tools.description());
      out.println(Report.header());
      out.flush();
      BenchContext context = new BenchContext(database, settings, out, database.cpuMeter(), tools, targets, notes);
      for (Scenario scenario : scenarios) {
        rows.addAll(scenario.run(context));
      }
    }
    run.put("seconds", (System.nanoTime() - start) / 1e9);
    run.put("targets", targets);
    run.put("notes", notes);
    out.println();
    Report.print(rows, out);
    Report.printTargets(targets, notes, out);
    Report.writeJson(json, run, rows);
    out.println("written to " + json);
    out.flush();
  }

  private static List<Scenario> select(List<String> selected) {
    if (selected.isEmpty()) return SCENARIOS;
    List<Scenario> scenarios = new ArrayList<>();
    for (String name : selected) {
      scenarios.add(SCENARIOS.stream()
          .filter(scenario -> selects(scenario, name))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException(
              "unknown scenario " + name + "; choose from " + String.join(", ", names()))));
    }
    return scenarios;
  }

  private static Map<String, Object> settingsOf(BenchSettings settings) {
    Map<String, Object> sizes = new LinkedHashMap<>();
    sizes.put("warmup_seconds", settings.timing().warmup().toMillis() / 1000.0);
    sizes.put("measure_seconds", settings.timing().measure().toMillis() / 1000.0);
    sizes.put("writers", settings.writers());
    sizes.put("connections", settings.connections());
    sizes.put("command_connections", settings.commandConnections());
    sizes.put("catch_up_events", settings.catchUpEvents());
    sizes.put("catch_up_limit_seconds", settings.catchUpLimit().toSeconds());
    sizes.put("scaling_events", settings.scalingEvents());
    sizes.put("query_todos", settings.queryTodos());
    sizes.put("lag_seconds", settings.lagMeasure().toMillis() / 1000.0);
    return sizes;
  }

  private static boolean selects(Scenario scenario, String name) {
    return scenario.name().equals(name) || scenario.label().startsWith(name + " ");
  }

  private static void describe(Map<String, Object> run, BenchDatabase database, BenchSettings settings,
      List<String> selected) throws Exception {
    run.put("command", ("./todo bench " + String.join(" ", selected) + (settings.quick() ? " --quick" : ""))
        .replace("  ", " ").trim());
    run.put("settings", settingsOf(settings));
    run.put("database", database.description());
    run.put("postgres", database.settings());
    run.put("machine", Map.of("processors", Runtime.getRuntime().availableProcessors(),
        "java", System.getProperty("java.version"), "os", System.getProperty("os.name")));
  }
}
