package dev.estodo.todo.cli;

import static dev.estodo.todo.LeasedProcessors.LEASE;
import static dev.estodo.todo.LeasedProcessors.NAMES;
import static dev.estodo.todo.LeasedProcessors.STANDBY_RETRY;
import static dev.estodo.todo.LeasedProcessors.awaitActive;
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
 * Two {@code ./todo processors} on one database, the active one killed or frozen: the standby takes
 * over once the lease has expired, and a frozen one that wakes up writes nothing and stands by.
 * Takeover times are printed (the test's output) as measured, from the signal to the standby's
 * "is active" for all four processors.
 */
class ProcessorTakeoverTest {
  // The lease may have just been renewed, the standby tries every 100 ms, and these are JVMs on a
  // busy machine: the slack is for scheduling, not for the lease.
  private static final Duration SLACK = Duration.ofSeconds(1);

  @TempDir Path home;

  @Test
  void when_the_active_process_is_killed_a_standby_takes_over_within_the_lease() throws Exception {
    Path data = DataDirectories.fresh(home.resolve("postgres"));
    try (LeasedProcessors database = new LeasedProcessors(data);
        EstodoProcess active = database.start(Map.of())) {
      awaitActive(active, 0);
      try (EstodoProcess standby = database.start(Map.of())) {
        active.kill();
        long killed = System.nanoTime();

        awaitActive(standby, 0);
        Duration takeover = Duration.ofNanos(System.nanoTime() - killed);

        System.out.println("takeover after kill -9: " + takeover.toMillis() + " ms");
        assertThat(takeover).isLessThan(LEASE.plus(STANDBY_RETRY).plus(SLACK));
        assertThat(database.processed(database.completedTodo("Get to the chopper"))).isTrue();
        assertThat(database.leaseOwners()).containsOnly(standby.handle().pid());
        assertThat(database.notificationsPerCompletion()).containsExactly("1");
      }
    }
  }

  @Test
  void a_frozen_active_process_is_replaced_and_once_resumed_writes_nothing_and_stands_by() throws Exception {
    Path data = DataDirectories.fresh(home.resolve("postgres"));
    try (LeasedProcessors database = new LeasedProcessors(data);
        EstodoProcess frozen = database.start(Map.of())) {
      awaitActive(frozen, 0);
      try (EstodoProcess standby = database.start(Map.of())) {
        signal(frozen, "STOP");
        long stopped = System.nanoTime();

        awaitActive(standby, 0);
        Duration takeover = Duration.ofNanos(System.nanoTime() - stopped);
        long whileFrozen = database.completedTodo("Get to the chopper");
        assertThat(database.processed(whileFrozen)).isTrue();
        int resumedAt = frozen.output().length();
        signal(frozen, "CONT");
        for (String name : NAMES) {
          frozen.awaitOutput("Processor " + name + " no longer holds its lease; standing by");
        }
        long afterResume = database.completedTodo("2000 squats");

        System.out.println("takeover after SIGSTOP: " + takeover.toMillis() + " ms");
        assertThat(takeover).isLessThan(LEASE.plus(Duration.ofMillis(500)).plus(STANDBY_RETRY).plus(SLACK));
        assertThat(database.processed(afterResume)).isTrue();
        String sinceResumed = frozen.output().substring(resumedAt);
        assertThat(sinceResumed).doesNotContain("is active", "Email Sent");
        assertThat(database.leaseOwners()).as(standby.output()).containsOnly(standby.handle().pid());
        assertThat(database.notificationsPerCompletion()).containsExactly("1", "1");
        assertThat(emails(frozen) + emails(standby)).isEqualTo(2);

        int before = frozen.output().length();
        standby.stop();
        awaitActive(frozen, before);
        assertThat(database.leaseOwners()).containsOnly(frozen.handle().pid());
      }
    }
  }

  private static int emails(EstodoProcess process) {
    return Collections.frequency(Arrays.asList(process.output().split("\n")), "-- Email Sent");
  }
}
