package dev.estodo.bench;

import dev.estodo.bench.ClosedLoop.Operation;
import java.net.URI;
import java.util.function.IntFunction;

/** The closed-loop HTTP workloads of the bench's own generator, one client per thread. */
final class HttpOperations {
  private HttpOperations() {}

  /** Thread i's operation for {@code workload}; a list expects 200, or 304 when sent with its ETag. */
  static IntFunction<Operation> of(Workload workload) {
    HttpLoad http = new HttpLoad();
    String base = workload.target();
    return switch (workload.kind()) {
      case Workload.ADD -> i -> TodoRequests.adds(base, http);
      case Workload.ADD_WITH_KEY -> i -> TodoRequests.addsWithKey(base, http);
      case Workload.MIXED -> i -> TodoRequests.mixed(base, http);
      case Workload.AMEND -> i -> TodoRequests.amends(base, http, Long.parseLong(workload.argument(0)), i,
          Long.parseLong(workload.argument(1)));
      case Workload.GET -> i -> list(http, base + workload.argument(0), workload.argument(1));
      default -> throw new IllegalArgumentException("unknown workload " + workload.kind());
    };
  }

  private static Operation list(HttpLoad http, String uri, String etag) {
    URI address = URI.create(uri);
    if (etag.isEmpty()) return () -> http.send("GET", address, null, 200);
    return () -> http.sendIfNoneMatch(address, etag);
  }
}
