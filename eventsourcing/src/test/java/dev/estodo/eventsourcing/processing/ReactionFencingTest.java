package dev.estodo.eventsourcing.processing;

import static dev.estodo.eventsourcing.processing.Processors.PATIENCE;
import static dev.estodo.eventsourcing.processing.Processors.QUICK;
import static dev.estodo.eventsourcing.processing.Processors.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.EventStoreContract;
import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.eventsourcing.TestDatabase;
import dev.estodo.eventsourcing.TestLog;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A reaction recorded once: fenced by the lease's token, and refused by the store a second time as already done. */
class ReactionFencingTest {
  private final TestLog log = TestLog.mark();
  private HikariDataSource dataSource;
  private PostgresEventStore store;
  private ProcessorCheckpoints checkpoints;

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

  /** Tells the stakeholder, but the first time a standby elsewhere takes its lease while it is at it. */
  private final class Overtaken implements Reactor {
    final List<Long> reactions = new CopyOnWriteArrayList<>();
    final List<Long> recorded = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
      return "notifier";
    }

    @Override
    public void react(StoredEvent event, Reactions reactions) {
      if (!event.type().equals("todo_completed") || reactions.alreadyCaused(event, "stakeholder_notified")) return;
      this.reactions.add(Leases.token(dataSource, name()));
      if (this.reactions.size() == 1) Leases.takenElsewhere(dataSource, name(), 1000);
      recorded.add(reactions.emit(event, "stakeholder_notified", JsonNodeFactory.instance.objectNode()));
    }
  }

  @Test
  void a_reaction_whose_token_moved_on_records_nothing_and_is_done_once_by_the_next_holder() throws Exception {
    UUID todo = UUID.randomUUID();
    store.append(todo, 0, List.of(EventStoreContract.event("todo_added", "{\"title\":\"Get to the chopper\"}"),
        EventStoreContract.event("todo_completed", "{\"completed_on\":\"2017-06-12\"}")));
    Overtaken notifier = new Overtaken();

    try (ProcessorRunner runner = new ProcessorRunner(dataSource, store, QUICK).add(notifier)) {
      runner.start();

      assertThat(log.await("Processor notifier wrote nothing: lease of notifier moved from token 1 to 2;"
          + " stepping down to standby").level()).isEqualTo("WARN");
      assertThat(store.readStream(todo)).hasSize(2);
      assertThat(checkpoints.of("notifier").position()).as("past the todo_added only")
          .isEqualTo(store.readStream(todo).get(0).position());
      eventually("the notification is recorded by the next holder", () -> store.readStream(todo).size() == 3);
      assertThat(checkpoints.awaitPosition(List.of("notifier"), store.readStream(todo).get(2).position(), PATIENCE))
          .isTrue();
    }
    assertThat(notifier.reactions).containsExactly(1L, 3L);
    assertThat(notifier.recorded).containsExactly(store.readStream(todo).get(2).position());
  }

  @Test
  void a_batch_of_reactions_that_outlasts_the_lease_goes_on_while_the_heartbeat_renews_it() throws Exception {
    List<Long> positions = Processors.append(store, Processors.squats(8));
    List<Long> handled = new CopyOnWriteArrayList<>();
    Reactor slow = new Reactor() {
      @Override
      public String name() {
        return "notifier";
      }

      @Override
      public void react(StoredEvent event, Reactions reactions) throws InterruptedException {
        Thread.sleep(QUICK.lease().dividedBy(4).toMillis());
        handled.add(event.position());
      }
    };

    try (ProcessorRunner runner = new ProcessorRunner(dataSource, store, QUICK).add(slow)) {
      runner.start();
      assertThat(checkpoints.awaitPosition(List.of("notifier"), positions.get(7), PATIENCE)).isTrue();
    }

    assertThat(handled).containsExactlyElementsOf(positions);
    assertThat(Leases.token(dataSource, "notifier")).as("never stepped down").isEqualTo(1);
    assertThat(log.containing("stepping down")).isEmpty();
  }

  @Test
  void a_second_record_of_the_same_reaction_is_already_done_and_appends_nothing() throws Exception {
    UUID todo = UUID.randomUUID();
    store.append(todo, 0, List.of(EventStoreContract.event("todo_completed", "{\"completed_on\":\"2017-06-12\"}")));
    StoredEvent completed = store.readStream(todo).get(0);
    List<Long> recorded = new CopyOnWriteArrayList<>();
    Reactor twice = new Reactor() {
      @Override
      public String name() {
        return "notifier";
      }

      @Override
      public void react(StoredEvent event, Reactions reactions) {
        if (!event.type().equals("todo_completed")) return;
        // As two instances that both found no notification would: neither asks first.
        recorded.add(reactions.emit(event, "stakeholder_notified", JsonNodeFactory.instance.objectNode()));
        recorded.add(reactions.emit(event, "stakeholder_notified", JsonNodeFactory.instance.objectNode()));
      }
    };

    try (ProcessorRunner runner = new ProcessorRunner(dataSource, store, QUICK).add(twice)) {
      runner.start();
      eventually("both records tried", () -> recorded.size() == 2);
    }

    assertThat(store.readStream(todo)).extracting(StoredEvent::type).containsExactly("todo_completed", "stakeholder_notified");
    assertThat(recorded).containsOnly(store.readStream(todo).get(1).position());
    assertThat(store.readStream(todo).get(1).causationId()).isEqualTo(completed.id());
    assertThat(log.containing("Processor notifier failed")).isEmpty();
  }
}
