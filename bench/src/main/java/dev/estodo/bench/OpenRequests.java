package dev.estodo.bench;

import dev.estodo.bench.OpenLoop.Measured;

/**
 * The open-loop workloads of the bench's own generator: adds measured from when each was due
 * (so a slow server cannot hide its queue, as a closed loop would), and the live lag: an add,
 * then {@code GET /todos/outstanding?limit=1&after=} its position, measured from the add's 2xx to
 * that answer; the todo is then completed. The answer is one row, so the lag is the projection's
 * and the request's, not the list's length: every step in flight has a todo on the list, and when
 * the server fell behind, the open loop's added threads made the whole list's renders grow with
 * them until rendering took the server's CPU (a JFR of such a run: 97% of its samples). Each runs
 * on the open loop's thread, on that thread's connection of {@code http}.
 */
final class OpenRequests {
  private OpenRequests() {}

  static Measured of(Workload workload, LeanHttp http) {
    if (workload.kind().equals(Workload.OPEN_ADD)) {
      return (index, due) -> {
        TodoRequests.client(http).add();
        return System.nanoTime() - due;
      };
    }
    return (index, due) -> {
      TodoRequests client = TodoRequests.client(http);
      long position = client.add();
      long answered = System.nanoTime();
      http.send("GET", "/todos/outstanding?limit=1&after=" + position, null, 200);
      long lag = System.nanoTime() - answered;
      client.complete();
      return lag;
    };
  }
}
