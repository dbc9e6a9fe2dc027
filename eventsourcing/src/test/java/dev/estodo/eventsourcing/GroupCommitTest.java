package dev.estodo.eventsourcing;

import static dev.estodo.eventsourcing.EventStoreContract.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Concurrent autocommitted appends share a transaction, and each still gets its own true outcome. */
class GroupCommitTest {
  private HikariDataSource dataSource;
  private PostgresEventStore store;
  private final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void fresh_store() {
    dataSource = TestDatabase.freshDataSource();
    dataSource.setMaximumPoolSize(24);
    store = new PostgresEventStore(dataSource);
    store.observeAppendBatches((appends, events, took) -> batchSizes.add(appends));
  }

  @AfterEach
  void close() {
    store.close();
    dataSource.close();
  }

  @Test
  void appends_from_sixteen_threads_at_once_share_batches_and_each_gets_the_position_of_its_own_event() throws Exception {
    ExecutorService writers = Executors.newFixedThreadPool(16);
    List<Future<List<Long>>> positions = new ArrayList<>();
    for (int w = 0; w < 16; w++) {
      positions.add(writers.submit(this::addSquats));
    }

    List<Long> returned = new ArrayList<>();
    for (Future<List<Long>> writer : positions) {
      returned.addAll(writer.get());
    }
    writers.shutdown();

    assertThat(Collections.max(batchSizes)).as("largest batch").isGreaterThan(1);
    assertThat(batchSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(16 * 40);
    List<StoredEvent> stored = store.readAfter(Checkpoint.START, 1000).events();
    assertThat(stored).extracting(StoredEvent::position).containsExactlyInAnyOrderElementsOf(returned);
    assertThat(stored).allSatisfy(event -> assertThat(event.body().get("set").asLong()).isEqualTo(event.version()));
  }

  private List<Long> addSquats() {
    UUID workout = UUID.randomUUID();
    List<Long> positions = new ArrayList<>();
    for (int set = 1; set <= 40; set++) {
      positions.add(store.append(workout, set - 1, List.of(event("squats_done", "{\"set\":" + set + "}"))));
    }
    return positions;
  }

  @Test
  void a_conflict_in_a_batch_fails_only_its_own_append_with_the_version_it_found() throws Exception {
    UUID chopper = UUID.randomUUID();
    store.append(chopper, 0, List.of(event("todo_added", "{\"title\":\"Get to the chopper\"}")));
    CompletableFuture<Long> squats;
    CompletableFuture<Long> stale;
    CompletableFuture<Long> pushUps;
    try (BatchGate gate = new BatchGate(dataSource, store)) {
      squats = gate.queue(() -> store.append(UUID.randomUUID(), 0, List.of(event("todo_added", "{\"title\":\"2000 squats\"}"))));
      stale = gate.queue(() -> store.append(chopper, 0, List.of(event("todo_amended", "{\"title\":\"Get down\"}"))));
      pushUps = gate.queue(() -> store.append(UUID.randomUUID(), 0, List.of(event("todo_added", "{\"title\":\"100 push-ups\"}"))));

      gate.open();
      gate.gateAppend.join();
    }

    assertThat(squats.join()).isPositive();
    assertThat(pushUps.join()).isGreaterThan(squats.join());
    assertThat(failure(stale)).isInstanceOf(ConcurrencyException.class)
        .hasMessage("Aggregate " + chopper + " expected version 0, found 1");
    assertThat(store.readStream(chopper)).hasSize(1);
    assertThat(batchSizes).containsExactly(1, 1, 3);
  }

  @Test
  void two_appends_to_one_aggregate_in_one_batch_behave_as_if_one_came_after_the_other() throws Exception {
    UUID squats = UUID.randomUUID();
    List<CompletableFuture<Long>> outcomes = new ArrayList<>();
    try (BatchGate gate = new BatchGate(dataSource, store)) {
      outcomes.add(gate.queue(() -> store.append(squats, 0, List.of(event("squats_done", "{\"set\":1}")))));
      outcomes.add(gate.queue(() -> store.append(squats, 0, List.of(event("squats_done", "{\"set\":\"again\"}")))));
      outcomes.add(gate.queue(() -> store.append(squats, 1, List.of(event("squats_done", "{\"set\":2}"),
          event("squats_done", "{\"set\":3}")))));
      outcomes.add(gate.queue(() -> store.append(squats, List.of(event("workout_over", "{}")))));

      gate.open();
      gate.gateAppend.join();
    }

    assertThat(failure(outcomes.get(1))).isInstanceOf(ConcurrencyException.class)
        .hasMessage("Aggregate " + squats + " expected version 0, found 1");
    List<StoredEvent> stream = store.readStream(squats);
    assertThat(stream).extracting(StoredEvent::version).containsExactly(1L, 2L, 3L, 4L);
    assertThat(stream).extracting(event -> event.body().path("set").asInt()).containsExactly(1, 2, 3, 0);
    assertThat(List.of(outcomes.get(0).join(), outcomes.get(2).join(), outcomes.get(3).join()))
        .containsExactly(stream.get(0).position(), stream.get(2).position(), stream.get(3).position());
    assertThat(batchSizes).containsExactly(1, 4);
  }

  static Throwable failure(CompletableFuture<Long> outcome) {
    try {
      return new AssertionError("succeeded at position " + outcome.join());
    } catch (CompletionException e) {
      return e.getCause();
    }
  }
}
