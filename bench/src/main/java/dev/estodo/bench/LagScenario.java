package dev.estodo.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;

/**
 * Scenario 5: the live lag, on the server in its own process. First its maximum command rate with
 * its processors running (the mixed workload, closed loop, by the bench's generator), then a
 * steady load at half that rate from the generator: clients that add a todo, ask
 * {@code GET /todos/outstanding?limit=1&after=} its position (which the server answers once the
 * projection has it) and complete it. The lag is the time from the add's 2xx to that answer, as
 * a client sees it.
 */
final class LagScenario implements Scenario {
  static final String NAME = "5 lag";
  private static final int COMMANDS_PER_CLIENT_STEP = 2;
  /** A step's requests: the add, the {@code GET ?after=} and the complete. */
  private static final int REQUESTS_PER_CLIENT_STEP = 3;

  @Override
  public String name() {
    return "lag";
  }

  @Override
  public String label() {
    return NAME;
  }

  @Override
  public List<Measurement> run(BenchContext context) throws Exception {
    int connections = context.settings().connections();
    HikariDataSource pool = context.database().fresh(2);
    try (EstodoProcess server = EstodoProcess.start("serve", context.database().addressOf(pool))) {
      CpuMeter serverCpu = context.cpu().forProcess(server.pid());
      LoadTools tools = context.tools();
      Measurement max = context.reported(Measurement.of(NAME, "add, amend, complete: closed loop (max), generator",
          connections, "requests/s", context.said(tools.generator(Workload.of(Workload.MIXED, server.base()),
              connections, context.settings().timing(), serverCpu))));
      Timing steady = new Timing(context.settings().timing().warmup(), context.settings().lagMeasure(), 1);
      double steps = max.rate() / 2 / COMMANDS_PER_CLIENT_STEP;
      LoadResult lags = context.said(tools.generator(Workload.of(Workload.LAG, server.base(), steps),
          connections * 2, steady, serverCpu));
      double rate = COMMANDS_PER_CLIENT_STEP * lags.count() / (steady.measure().toNanos() / 1e9);
      Measurement lag = context.reported(Measurement.lag(NAME, "lag at half max: 2xx to GET ?limit=1&after= answer",
          connections, rate, lags, REQUESTS_PER_CLIENT_STEP));
      context.check(Target.millis("live lag p99 at half the maximum command rate, 2xx to ?after= answer",
          lag.p99Ms(), 20));
      return List.of(max, lag);
    }
  }
}
