package dev.estodo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCommandTest {
  @TempDir Path directory;

  @Test
  void the_quick_bench_prints_a_row_for_every_scenario_and_writes_the_same_rows_as_json() throws Exception {
    Path json = directory.resolve("bench.json");
    StringWriter out = new StringWriter();

    int status = run(out, "--quick", "--json", json.toString());

    assertThat(status).isEqualTo(0);
    String table = out.toString().substring(out.toString().lastIndexOf("scenario "));
    JsonNode results = new ObjectMapper().readTree(json.toFile()).get("results");
    List<String> scenariosInJson = new ArrayList<>();
    results.forEach(row -> scenariosInJson.add(row.get("scenario").asText()));
    for (String scenario : Bench.names()) {
      assertThat(table).contains(scenario + " ");
      assertThat(scenariosInJson).contains(scenario);
    }
    results.forEach(row -> assertThat(row.get("count").asLong())
        .as("count of %s, %s", row.get("scenario").asText(), row.get("variant").asText()).isPositive());
    JsonNode targets = new ObjectMapper().readTree(json.toFile()).get("targets");
    assertThat(targets).hasSize(11);
    targets.forEach(target -> {
      assertThat(target.get("measured").isNumber()).as("measured: %s", target).isTrue();
      assertThat(table).contains(target.get("target").asText());
    });
    assertThat(out.toString()).contains("HTTP load: ", "raw INSERTs: ", "every generator in its own process");
  }

  @Test
  void an_unknown_scenario_is_a_usage_error_before_anything_runs() {
    StringWriter err = new StringWriter();
    CommandLine commandLine = BenchCommand.commandLine();
    commandLine.setErr(new PrintWriter(err, true));

    int status = commandLine.execute("leg-day", "--json", directory.resolve("none.json").toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("unknown scenario leg-day; choose from 1 append");
    assertThat(Files.exists(directory.resolve("none.json"))).isFalse();
  }

  private static int run(StringWriter out, String... args) {
    CommandLine commandLine = BenchCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    String database = System.getenv("TEST_DATABASE_URL");
    if (database == null || database.isBlank()) return commandLine.execute(args);
    List<String> withDatabase = new ArrayList<>(List.of(args));
    withDatabase.add("--database-url=" + database);
    return commandLine.execute(withDatabase.toArray(String[]::new));
  }
}
