package dev.estodo.eventsourcing.processing;

import static dev.estodo.eventsourcing.processing.Processors.PATIENCE;
import static dev.estodo.eventsourcing.processing.Processors.QUICK;
import static dev.estodo.eventsourcing.processing.Processors.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.EventData;
import dev.estodo.eventsourcing.EventStoreContract;
import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.eventsourcing.TestDatabase;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReactorTest {
  private HikariDataSource dataSource;
  private PostgresEventStore store;
  private ProcessorCheckpoints checkpoints;

  /** Tells the stakeholder once per completion, and records it; the list is the outbox it "sent". */
  static final class Notifier implements Reactor {
    final List<UUID> seen = new CopyOnWriteArrayList<>();
    final List<UUID> sent = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
      return "notifier";
    }

    @Override
    public void react(StoredEvent event, Reactions reactions) {
      if (!event.type().equals("todo_completed")) return;
      seen.add(event.aggregateId());
      if (reactions.alreadyCaused(event, "stakeholder_notified")) return;
      sent.add(event.aggregateId());
      reactions.emit(event, "stakeholder_notified", JsonNodeFactory.instance.objectNode().put("notified_on", "2017-06-12"));
    }
  }

  @BeforeEach
  void fresh_store() {
    dataSource = TestDatabase.freshDataSource();
    store = new PostgresEventStore(dataSource);
    checkpoints = new ProcessorCheckpoints(dataSource, store);
  }

  @AfterEach
  void close() {
    store.close();
    dataSource.close();
  }

  @Test
  void a_reactor_emits_with_causation_and_correlation_and_after_a_reset_and_replay_does_not_repeat_itself()
      throws Exception {
    UUID todo = UUID.randomUUID();
    UUID request = UUID.randomUUID();
    EventData completed = EventStoreContract.event("todo_completed", "{\"completed_on\":\"2017-06-12\"}", request, null);
    store.append(todo, 0, List.of(EventStoreContract.event("todo_added", "{\"title\":\"Get to the chopper\"}", request, null), completed));
    Notifier notifier = new Notifier();

    try (ProcessorRunner runner = new ProcessorRunner(dataSource, store, QUICK).add(notifier)) {
      runner.start();
      eventually("the notification is recorded", () -> store.readStream(todo).size() == 3);
      long last = store.readStream(todo).get(2).position();
      assertThat(checkpoints.awaitPosition(List.of("notifier"), last, PATIENCE)).isTrue();

      checkpoints.reset("notifier");

      assertThat(checkpoints.awaitPosition(List.of("notifier"), last, PATIENCE)).isTrue();
    }
    assertThat(notifier.seen).containsExactly(todo, todo);
    assertThat(notifier.sent).containsExactly(todo);

    StoredEvent notified = store.readStream(todo).get(2);
    assertThat(notified.type()).isEqualTo("stakeholder_notified");
    assertThat(notified.causationId()).isEqualTo(completed.id());
    assertThat(notified.correlationId()).isEqualTo(request);
    assertThat(notified.body().get("notified_on").asText()).isEqualTo("2017-06-12");
    assertThat(store.readStream(todo)).hasSize(3);
  }
}
