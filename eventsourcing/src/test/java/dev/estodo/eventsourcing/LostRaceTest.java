package dev.estodo.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A conflict tells a race the append lost while it waited for the lock from a stream that was there before. */
class LostRaceTest {
  private final HikariDataSource dataSource = TestDatabase.freshDataSource();
  private final PostgresEventStore store = new PostgresEventStore(dataSource);
  private final UUID arnold = UUID.randomUUID();

  @AfterEach
  void close() {
    store.close();
    dataSource.close();
  }

  @Test
  void an_append_that_waited_while_a_rival_started_the_stream_lost_the_race() throws Exception {
    try (Connection rival = dataSource.getConnection(); BatchGate watch = new BatchGate(dataSource, store)) {
      watch.open();
      watch.gateAppend.get(10, TimeUnit.SECONDS);
      rival.setAutoCommit(false);
      store.append(rival, arnold, 0, List.of(squats(2000)));
      CompletableFuture<Long> append = watch.queue(() -> store.append(arnold, 0, List.of(squats(500))));
      watch.awaitBackendWaitingIn("append_events");

      rival.commit();

      assertThat(conflictOf(append)).satisfies(conflict -> {
        assertThat(conflict.lostRace()).isTrue();
        assertThat(conflict.actualVersion()).isEqualTo(1);
      });
    }
  }

  @Test
  void an_append_to_a_stream_that_was_there_before_lost_no_race() {
    store.append(arnold, 0, List.of(squats(2000)));

    CompletableFuture<Long> append = CompletableFuture.supplyAsync(() -> store.append(arnold, 0, List.of(squats(500))));

    assertThat(conflictOf(append).lostRace()).isFalse();
  }

  @Test
  void in_a_batch_only_the_append_whose_stream_a_rival_started_while_it_waited_lost_the_race() throws Exception {
    UUID franco = UUID.randomUUID();
    UUID lou = UUID.randomUUID();
    store.append(lou, 0, List.of(squats(100)));
    try (Connection rival = dataSource.getConnection(); BatchGate gate = new BatchGate(dataSource, store)) {
      rival.setAutoCommit(false);
      store.append(rival, arnold, 0, List.of(squats(2000)));
      CompletableFuture<Long> raced = gate.queue(() -> store.append(arnold, 0, List.of(squats(500))));
      CompletableFuture<Long> fresh = gate.queue(() -> store.append(franco, 0, List.of(squats(300))));
      CompletableFuture<Long> existing = gate.queue(() -> store.append(lou, 0, List.of(squats(200))));
      gate.open();
      gate.awaitBackendWaitingIn("append_batch");

      rival.commit();

      assertThat(conflictOf(raced).lostRace()).isTrue();
      assertThat(fresh.get(10, TimeUnit.SECONDS)).isPositive();
      assertThat(conflictOf(existing).lostRace()).isFalse();
    }
  }

  @Test
  void of_two_appends_in_one_batch_starting_one_stream_the_second_lost_the_race() throws Exception {
    try (BatchGate gate = new BatchGate(dataSource, store)) {
      CompletableFuture<Long> first = gate.queue(() -> store.append(arnold, 0, List.of(squats(2000))));
      CompletableFuture<Long> second = gate.queue(() -> store.append(arnold, 0, List.of(squats(500))));

      gate.open();

      assertThat(first.get(10, TimeUnit.SECONDS)).isPositive();
      assertThat(conflictOf(second).lostRace()).isTrue();
    }
    assertThat(store.readStream(arnold)).hasSize(1);
  }

  private static EventData squats(int count) {
    return EventStoreContract.event("set_done", "{\"squats\": " + count + "}");
  }

  private static ConcurrencyException conflictOf(CompletableFuture<Long> append) {
    try {
      append.orTimeout(10, TimeUnit.SECONDS).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof ConcurrencyException conflict) return conflict;
      throw e;
    }
    throw new AssertionError("the append succeeded");
  }
}
