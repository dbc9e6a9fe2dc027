package dev.estodo.todo.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/alerts.yml names only metrics that a running server exports, and alerts on what the issue asks. */
class AlertRulesTest {
  private static final Path RULES = Path.of("..", "docs", "alerts.yml").toAbsolutePath().normalize();
  // An expression runs from "expr:" to the rule's next key; metrics are the names before a selector.
  private static final Pattern EXPR = Pattern.compile("(?ms)^\\s+expr:(.*?)^\\s+(?:for|labels|annotations):");
  private static final Pattern METRIC = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*[{\\[]");
  private static final Pattern ALERT = Pattern.compile("(?m)^\\s+- alert: (\\S+)$");

  @Test
  void the_rules_alert_on_failing_lagging_unattended_and_parked_processors_and_on_server_errors() throws Exception {
    String rules = Files.readString(RULES);

    List<String> alerts = ALERT.matcher(rules).results().map(result -> result.group(1)).toList();

    assertThat(alerts).containsExactly("EstodoProcessorFailing", "EstodoProcessorLagging",
        "EstodoProcessorWithoutActiveInstance", "EstodoParkedEvents", "EstodoServerErrors");
    assertThat(expressions(rules)).hasSameSizeAs(alerts).allSatisfy(expr -> assertThat(metrics(expr)).isNotEmpty());
  }

  @Test
  void every_metric_the_rules_name_is_exported_by_a_running_server() throws Exception {
    Set<String> named = new TreeSet<>();
    expressions(Files.readString(RULES)).forEach(expr -> named.addAll(metrics(expr)));

    Scrape scrape;
    try (TestServer server = TestServer.start()) {
      Scrape.of(server.uri("/"));
      scrape = Scrape.of(server.uri("/")); // counts the first scrape, so the requests' meters exist
    }

    assertThat(named).contains("estodo_processor_state", "estodo_http_requests_seconds_count");
    assertThat(named).allSatisfy(metric -> assertThat(scrape.exports(metric)).as(metric).isTrue());
  }

  private static List<String> expressions(String rules) {
    return EXPR.matcher(rules).results().map(result -> result.group(1)).toList();
  }

  private static Set<String> metrics(String expr) {
    Set<String> names = new TreeSet<>();
    METRIC.matcher(expr).results().map(MatchResult::group).map(match -> match.replaceAll("\\s*[{\\[]$", ""))
        .forEach(names::add);
    return names;
  }
}
