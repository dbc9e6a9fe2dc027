package dev.estodo.bench;

/**
 * The Lua scripts wrk runs: each thread is told its number by {@code setup}; adds get ids no
 * earlier run used (a fresh nonce, the thread, a counter), amends cycle over the thread's own
 * todos (connection slots t, t + threads, ... of the ones the bench loaded), and {@code done}
 * prints the result line the bench reads.
 */
final class WrkScripts {
  private static final String COMMON = """
      local threads = 0
      function setup(thread)
        thread:set("tid", threads)
        threads = threads + 1
      end
      function done(summary, latency, requests)
        local e = summary.errors
        local first = ""
        if e.status > 0 then first = e.status .. " answers were not 2xx or 3xx" end
        io.write(string.format("result count=%d errors=%d elapsed=%d p50=%.3f p99=%.3f first_error=%s\\n",
          summary.requests - e.status, e.connect + e.read + e.write + e.status + e.timeout,
          summary.duration * 1000, latency:percentile(50) / 1000, latency:percentile(99) / 1000, first))
      end
      """;
  private static final String ADD = """
      local n = 0
      local body = '{"title":"Get to the chopper","description":"Do it now!","due_date":"2017-07-13",' ..
        '"stakeholder_email":"the-governator@example.com"}'
      function request()
        n = n + 1
        local id = string.format("$FORMAT", $NONCE, tid, n)
        local headers = {["Content-Type"] = "application/json"}
        if $WITH_KEY then headers["Idempotency-Key"] = '"' .. id .. '"' end
        return wrk.format("POST", "/todo/" .. id, headers, body)
      end
      """;
  private static final String AMEND = """
      local ids = nil
      local n = 0
      local body = '{"description":"It IS leg day!"}'
      function request()
        if ids == nil then
          ids = {}
          for slot = tid, $SLOTS - 1, $THREADS do
            for number = 1, $PER_SLOT do ids[#ids + 1] = string.format("$FORMAT", $NONCE, slot, number) end
          end
        end
        n = n % #ids + 1
        return wrk.format("PUT", "/todo/" .. ids[n], {["Content-Type"] = "application/json"}, body)
      end
      """;
  private static final String GET = """
      wrk.method = "GET"
      wrk.path = "$PATH"
      if "$ETAG" ~= "" then wrk.headers["If-None-Match"] = '$ETAG' end
      """;

  private WrkScripts() {}

  /** The script for {@code workload} on {@code connections} connections over {@code threads} threads. */
  static String of(Workload workload, int connections, int threads) {
    String script = switch (workload.kind()) {
      case Workload.ADD, Workload.ADD_WITH_KEY -> ADD
          .replace("$NONCE", Long.toString(TodoIds.nonce()))
          .replace("$WITH_KEY", Boolean.toString(workload.kind().equals(Workload.ADD_WITH_KEY)));
      case Workload.AMEND -> AMEND.replace("$NONCE", workload.argument(0)).replace("$PER_SLOT", workload.argument(1))
          .replace("$SLOTS", Integer.toString(connections)).replace("$THREADS", Integer.toString(threads));
      case Workload.GET -> GET.replace("$PATH", workload.argument(0)).replace("$ETAG", lua(workload.argument(1)));
      default -> throw new IllegalArgumentException("wrk has no script for " + workload.kind());
    };
    return COMMON + script.replace("$FORMAT", TodoIds.FORMAT);
  }

  /** {@code value} safe inside a Lua string in single or double quotes. */
  private static String lua(String value) {
    return value.replace("\\", "\\\\").replace("'", "\\'").replace("\"", "\\\"");
  }
}
