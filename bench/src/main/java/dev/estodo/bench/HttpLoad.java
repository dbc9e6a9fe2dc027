package dev.estodo.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * HTTP from the bench's own JVM (the queries during a rebuild, the time-travel reads, which run
 * in-process and measure no generator): one JDK HttpClient over HTTP/1.1 with keep-alive, so N
 * threads sending one request at a time hold N connections. The generator process uses its leaner
 * {@link LeanHttp}. A status other than the expected one fails.
 */
final class HttpLoad {
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  /** Sends {@code method} {@code uri} with a JSON {@code body} (null for none) and returns the response. */
  HttpResponse<String> send(String method, URI uri, String body, int expected)
      throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri), method, uri, body, expected);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String method, URI uri, String body, int expected)
      throws IOException, InterruptedException {
    request.timeout(Duration.ofSeconds(30));
    if (body == null) {
      request.method(method, BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json").method(method, BodyPublishers.ofString(body));
    }
    HttpResponse<String> response = client.send(request.build(), BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IOException(method + " " + uri.getPath() + " answered " + response.statusCode()
          + " (expected " + expected + "): " + response.body());
    }
    return response;
  }
}
