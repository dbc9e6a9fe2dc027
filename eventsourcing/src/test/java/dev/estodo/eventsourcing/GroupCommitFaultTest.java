package dev.estodo.eventsourcing;

import static dev.estodo.eventsourcing.EventStoreContract.event;
import static dev.estodo.eventsourcing.GroupCommitTest.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A batch that fails, a connection lost mid-batch, a closed store, an interrupted caller. */
class GroupCommitFaultTest {
  private HikariDataSource dataSource;
  private PostgresEventStore store;
  private final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void fresh_store() {
    dataSource = TestDatabase.freshDataSource();
    store = new PostgresEventStore(dataSource);
    store.observeAppendBatches((appends, events, took) -> batchSizes.add(appends));
  }

  @AfterEach
  void close() {
    store.close();
    dataSource.close();
  }

  @Test
  void a_batch_holding_a_stored_event_id_or_a_recorded_reaction_fails_only_those_appends() throws Exception {
    EventData squats = event("todo_added", "{\"title\":\"2000 squats\"}");
    UUID cause = UUID.randomUUID();
    store.append(UUID.randomUUID(), 0, List.of(squats));
    store.append(UUID.randomUUID(), List.of(event("stakeholder_notified", "{}", null, cause)));
    UUID chopper = UUID.randomUUID();
    List<CompletableFuture<Long>> outcomes = new ArrayList<>();
    try (BatchGate gate = new BatchGate(dataSource, store)) {
      outcomes.add(gate.queue(() -> store.append(chopper, 0, List.of(event("todo_added", "{\"title\":\"Get to the chopper\"}")))));
      outcomes.add(gate.queue(() -> store.append(UUID.randomUUID(), 0, List.of(squats))));
      outcomes.add(gate.queue(() -> store.append(UUID.randomUUID(), List.of(event("stakeholder_notified", "{}", null, cause)))));
      outcomes.add(gate.queue(() -> store.append(chopper, 1, List.of(event("todo_completed", "{}")))));

      gate.open();
      gate.gateAppend.join();
    }

    assertThat(failure(outcomes.get(1))).isExactlyInstanceOf(EventStoreException.class).hasMessageContaining("23505");
    assertThat(failure(outcomes.get(2))).isInstanceOf(AlreadyCausedException.class);
    assertThat(store.readStream(chopper)).extracting(StoredEvent::position)
        .containsExactly(outcomes.get(0).join(), outcomes.get(3).join());
    assertThat(store.readAfter(Checkpoint.START, 10).events()).hasSize(5);
    assertThat(batchSizes).endsWith(1, 4);
  }

  @Test
  void a_connection_killed_mid_batch_fails_its_appends_as_unavailable_and_stores_none_of_them() throws Exception {
    UUID chopper = UUID.randomUUID();
    List<UUID> todos = List.of(UUID.randomUUID(), chopper, UUID.randomUUID());
    List<CompletableFuture<Long>> outcomes = new ArrayList<>();
    TestLog log = TestLog.mark();
    try (BatchGate gate = new BatchGate(dataSource, store); Connection holder = dataSource.getConnection()) {
      holder.setAutoCommit(false);
      BatchGate.lock(holder, chopper);
      for (UUID todo : todos) {
        outcomes.add(gate.queue(() -> store.append(todo, 0, List.of(event("todo_added", "{\"title\":\"Get to the chopper\"}")))));
      }
      gate.open();
      terminate(gate.awaitBackendWaitingIn("append_batch"));

      assertThat(outcomes).allSatisfy(outcome -> assertThat(failure(outcome))
          .isInstanceOf(EventStoreUnavailableException.class).hasMessageContaining("terminating connection"));
      holder.rollback();
    }

    assertThat(todos).allSatisfy(todo -> assertThat(store.readStream(todo)).isEmpty());
    assertThat(store.append(chopper, 0, List.of(event("todo_added", "{\"title\":\"Get to the chopper\"}")))).isPositive();
    assertThat(log.await("marked as broken because of SQLSTATE(57P01)").level()).isEqualTo("WARN");
  }

  @Test
  void closing_the_store_writes_the_appends_already_waiting_and_refuses_later_ones() throws Exception {
    CompletableFuture<Long> squats;
    CompletableFuture<Void> closed;
    try (BatchGate gate = new BatchGate(dataSource, store)) {
      squats = gate.queue(() -> store.append(UUID.randomUUID(), 0, List.of(event("todo_added", "{\"title\":\"2000 squats\"}"))));
      closed = CompletableFuture.runAsync(store::close);
      Thread.sleep(50);

      gate.open();
      closed.join();
    }

    assertThat(squats.join()).isPositive();
    assertThatThrownBy(() -> store.append(UUID.randomUUID(), 0, List.of(event("todo_added", "{}"))))
        .isInstanceOf(EventStoreUnavailableException.class).hasMessage("the event store is closed; nothing was written");
  }

  @Test
  void an_append_interrupted_while_it_waits_for_its_batch_fails_and_writes_nothing() throws Exception {
    UUID chopper = UUID.randomUUID();
    CompletableFuture<Thread> appending = new CompletableFuture<>();
    try (BatchGate gate = new BatchGate(dataSource, store)) {
      CompletableFuture<Long> interrupted = gate.queue(() -> {
        appending.complete(Thread.currentThread());
        return store.append(chopper, 0, List.of(event("todo_added", "{\"title\":\"Get to the chopper\"}")));
      });

      appending.join().interrupt();

      assertThat(failure(interrupted)).isInstanceOf(EventStoreUnavailableException.class)
          .hasMessage("interrupted while the append waited for its batch; nothing was written");
      gate.open();
      gate.gateAppend.join();
    }

    assertThat(store.readStream(chopper)).isEmpty();
  }

  private void terminate(int pid) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement("SELECT pg_terminate_backend(?)")) {
      statement.setInt(1, pid);
      statement.execute();
    }
  }
}
