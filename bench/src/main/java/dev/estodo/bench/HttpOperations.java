package dev.estodo.bench;

import dev.estodo.bench.ClosedLoop.Operation;
import java.util.function.IntFunction;

/** The closed-loop HTTP workloads of the bench's own generator, each thread on its own connection of {@code http}. */
final class HttpOperations {
  private HttpOperations() {}

  /** Thread i's operation for {@code workload}; a list expects 200, or 304 when sent with its ETag. */
  static IntFunction<Operation> of(Workload workload, LeanHttp http) {
    return switch (workload.kind()) {
      case Workload.ADD -> i -> TodoRequests.adds(http);
      case Workload.ADD_WITH_KEY -> i -> TodoRequests.addsWithKey(http);
      case Workload.MIXED -> i -> TodoRequests.mixed(http);
      case Workload.AMEND -> i -> TodoRequests.amends(http, Long.parseLong(workload.argument(0)), i,
          Long.parseLong(workload.argument(1)));
      case Workload.GET -> i -> list(http, workload.argument(0), workload.argument(1));
      default -> throw new IllegalArgumentException("unknown workload " + workload.kind());
    };
  }

  private static Operation list(LeanHttp http, String path, String etag) {
    if (etag.isEmpty()) return () -> http.send("GET", path, null, 200);
    return () -> http.sendIfNoneMatch(path, etag);
  }
}
