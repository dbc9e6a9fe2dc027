package dev.estodo.todo.metrics;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One answer of {@code GET /metrics}, parsed into samples: a name, its labels and its value. */
record Scrape(HttpResponse<String> response, List<Sample> samples) {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})? (\\S+)$");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** A sample line of the text format. */
  record Sample(String name, Map<String, String> labels, double value) {}

  static Scrape of(URI server) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.resolve("/metrics")).build(),
        HttpResponse.BodyHandlers.ofString());
    return new Scrape(response, response.body().lines().map(LINE::matcher).filter(Matcher::matches)
        .map(Scrape::sample).toList());
  }

  private static Sample sample(Matcher line) {
    Map<String, String> labels = new LinkedHashMap<>();
    Matcher label = LABEL.matcher(line.group(2) == null ? "" : line.group(2));
    while (label.find()) {
      labels.put(label.group(1), label.group(2));
    }
    return new Sample(line.group(1), labels, Double.parseDouble(line.group(3)));
  }

  /** The value of the one sample named {@code name} whose labels include {@code labels}; NaN when there is none. */
  double value(String name, String... labels) {
    return samples.stream().filter(sample -> sample.name().equals(name) && has(sample, labels))
        .mapToDouble(Sample::value).findFirst().orElse(Double.NaN);
  }

  boolean exports(String name) {
    return samples.stream().anyMatch(sample -> sample.name().equals(name));
  }

  private static boolean has(Sample sample, String... labels) {
    for (int i = 0; i < labels.length; i += 2) {
      if (!labels[i + 1].equals(sample.labels().get(labels[i]))) return false;
    }
    return true;
  }
}
