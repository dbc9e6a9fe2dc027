package dev.estodo.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresEventStoreTest extends EventStoreContract {
  private HikariDataSource dataSource;
  private PostgresEventStore store;

  @BeforeEach
  void fresh_store() {
    dataSource = TestDatabase.freshDataSource();
    store = new PostgresEventStore(dataSource);
  }

  @AfterEach
  void close() {
    store.close();
    dataSource.close();
  }

  @Override
  protected EventStore store() {
    return store;
  }

  @Test
  void an_event_whose_transaction_is_still_open_holds_back_later_ones_until_it_commits() throws Exception {
    try (Connection slow = dataSource.getConnection()) {
      slow.setAutoCommit(false);
      appendInTransaction(slow, UUID.randomUUID());
      long later = store.append(UUID.randomUUID(), 0, List.of(event("todo_added", "{}")));

      EventBatch whileOpen = store.readAfter(Checkpoint.START, 100);
      slow.commit();
      EventBatch afterCommit = store.readAfter(Checkpoint.START, 100);

      assertThat(whileOpen.events()).isEmpty();
      assertThat(whileOpen.moreInFlight()).isTrue();
      assertThat(afterCommit.events()).hasSize(2);
      assertThat(afterCommit.events().get(1).position()).isEqualTo(later);
    }
  }

  @Test
  void other_processes_hear_of_appends_through_notify() throws Exception {
    CountDownLatch heard = new CountDownLatch(1);
    // Closing the other store stops its notification thread, and its subscription with it.
    try (PostgresEventStore elsewhere = new PostgresEventStore(dataSource)) {
      elsewhere.onAppend(heard::countDown);
      Thread.sleep(200);

      store.append(UUID.randomUUID(), 0, List.of(event("todo_added", "{}")));

      assertThat(heard.await(5, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void a_page_of_a_long_stream_is_its_events_from_the_offset_up_to_the_limit_oldest_first() {
    UUID squats = UUID.randomUUID();
    List<EventData> sets = IntStream.range(0, 600).mapToObj(set -> event("squats_done", "{\"set\":" + set + "}")).toList();
    store.append(squats, 0, sets);
    List<Long> read = new ArrayList<>();

    store.readStream(squats, 250, 300, event -> read.add(event.version()));

    assertThat(read).isEqualTo(LongStream.rangeClosed(251, 550).boxed().toList());
  }

  @Test
  void a_page_past_the_end_of_a_stream_is_empty_and_the_rest_is_all_that_is_left() {
    UUID squats = UUID.randomUUID();
    store.append(squats, 0, List.of(event("squats_done", "{}"), event("squats_done", "{}"), event("squats_done", "{}")));
    List<Long> pastTheEnd = new ArrayList<>();
    List<Long> rest = new ArrayList<>();

    store.readStream(squats, 3, 10, event -> pastTheEnd.add(event.version()));
    store.readStream(squats, 1, Long.MAX_VALUE, event -> rest.add(event.version()));

    assertThat(pastTheEnd).isEmpty();
    assertThat(rest).containsExactly(2L, 3L);
  }

  @Test
  void each_append_wakes_a_listener_in_the_same_process_once_not_again_through_its_own_notify() throws Exception {
    AtomicInteger wakes = new AtomicInteger();
    store.onAppend(wakes::incrementAndGet);
    Thread.sleep(200);

    store.append(UUID.randomUUID(), 0, List.of(event("todo_added", "{}")));
    Thread.sleep(500);

    assertThat(wakes.get()).isEqualTo(1);
  }

  @Test
  void a_second_event_of_one_type_for_one_cause_is_refused_as_already_caused() {
    UUID cause = UUID.randomUUID();
    store.append(UUID.randomUUID(), List.of(event("stakeholder_notified", "{}", null, cause)));

    assertThatThrownBy(() -> store.append(UUID.randomUUID(), List.of(event("stakeholder_notified", "{}", null, cause))))
        .isInstanceOf(AlreadyCausedException.class);
    long another = store.append(UUID.randomUUID(), List.of(event("stakeholder_thanked", "{}", null, cause)));

    assertThat(store.readAfter(Checkpoint.START, 10).events()).extracting(StoredEvent::type)
        .containsExactly("stakeholder_notified", "stakeholder_thanked");
    assertThat(another).isPositive();
  }

  static void appendInTransaction(Connection connection, UUID aggregateId) throws Exception {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SELECT append_events('" + aggregateId + "', 0, ARRAY['" + UUID.randomUUID()
          + "']::uuid[], ARRAY['todo_added'], ARRAY['{}'], ARRAY[NULL]::uuid[], ARRAY[NULL]::uuid[])");
    }
  }
}
