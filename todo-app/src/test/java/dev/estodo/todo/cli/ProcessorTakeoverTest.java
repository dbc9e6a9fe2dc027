package dev.estodo.todo.cli;

import static dev.estodo.todo.LeasedProcessors.LEASE;
import static dev.estodo.todo.LeasedProcessors.STANDBY_RETRY;
import static dev.estodo.todo.LeasedProcessors.awaitActive;
import static dev.estodo.todo.LeasedProcessors.awaitStandingBy;
import static dev.estodo.todo.LeasedProcessors.signal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.DataDirectories;
import dev.estodo.todo.EstodoProcess;
import dev.estodo.todo.LeasedProcessors;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code ./todo processors} on one database, the active one frozen and later the other killed:
 * a standby takes over once the lease has expired, and a frozen one that wakes up writes nothing
 * and stands by. Takeover times are printed (the test's output) as measured, from the signal to
 * the standby's "is active" for all four processors. One pair of processes for both faults, since
 * each JVM costs seconds to start.
 */
class ProcessorTakeoverTest {
  // The standby tries every 100 ms, and these are JVMs on a busy machine: the slack is for
  // scheduling, not for the lease.
  private static final Duration SLACK = Duration.ofSeconds(1);
  private static final Duration RENEWAL = Duration.ofMillis(500);

  @TempDir Path home;

  @Test
  void a_frozen_process_is_replaced_writes_nothing_once_resumed_and_takes_over_when_the_other_is_killed()
      throws Exception {
    Path data = DataDirectories.fresh(home.resolve("postgres"));
    try (LeasedProcessors database = new LeasedProcessors(data);
        EstodoProcess frozen = database.start(Map.of())) {
      awaitActive(frozen, 0);
      try (EstodoProcess standby = database.start(Map.of())) {
        signal(frozen, "STOP");
        long stopped = System.nanoTime();

        awaitActive(standby, 0);
        Duration afterStop = Duration.ofNanos(System.nanoTime() - stopped);
        assertThat(database.processed(database.completedTodo("Get to the chopper"))).isTrue();
        int resumedAt = frozen.output().length();
        signal(frozen, "CONT");
        awaitStandingBy(frozen, resumedAt);
        assertThat(database.processed(database.completedTodo("2000 squats"))).isTrue();

        System.out.println("takeover after SIGSTOP: " + afterStop.toMillis() + " ms");
        assertThat(afterStop).isLessThan(LEASE.plus(RENEWAL).plus(STANDBY_RETRY).plus(SLACK));
        assertThat(frozen.output().substring(resumedAt)).doesNotContain("is active", "Email Sent");
        assertThat(database.leaseOwners()).containsOnly(standby.handle().pid());
        assertThat(database.notificationsPerCompletion()).containsExactly("1", "1");
        assertThat(emails(frozen) + emails(standby)).isEqualTo(2);

        int before = frozen.output().length();
        standby.kill();
        long killed = System.nanoTime();
        awaitActive(frozen, before);
        Duration afterKill = Duration.ofNanos(System.nanoTime() - killed);

        System.out.println("takeover after kill -9: " + afterKill.toMillis() + " ms");
        assertThat(afterKill).isLessThan(LEASE.plus(STANDBY_RETRY).plus(SLACK));
        assertThat(database.processed(database.completedTodo("I'll be back"))).isTrue();
        assertThat(database.leaseOwners()).containsOnly(frozen.handle().pid());
        assertThat(database.notificationsPerCompletion()).containsExactly("1", "1", "1");
      }
    }
  }

  private static int emails(EstodoProcess process) {
    return Collections.frequency(Arrays.asList(process.output().split("\n")), "-- Email Sent");
  }
}
