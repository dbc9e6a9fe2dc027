package dev.estodo.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writers race on shared and private aggregates, some holding their transactions open or rolling
 * them back, while a follower reads from the start: it must see every committed event exactly
 * once, each aggregate in version order, and nothing that rolled back.
 */
class ConcurrentAppendTest {
  private static final int WRITERS = 8;
  private static final int APPENDS_PER_WRITER = 150;
  private static final List<UUID> SHARED = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

  private HikariDataSource dataSource;
  private PostgresEventStore store;
  private final Set<UUID> rolledBack = ConcurrentHashMap.newKeySet();
  private final ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();

  @BeforeEach
  void fresh_store() {
    dataSource = TestDatabase.freshDataSource();
    dataSource.setMaximumPoolSize(20);
    store = new PostgresEventStore(dataSource);
  }

  @AfterEach
  void close() {
    store.close();
    dataSource.close();
  }

  @Test
  void a_follower_reads_every_committed_event_exactly_once_in_aggregate_order() throws Exception {
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
    Future<List<StoredEvent>> follower = pool.submit(() -> follow(writing));
    List<Future<?>> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      writers.add(pool.submit(this::write));
    }

    for (Future<?> writer : writers) {
      writer.get();
    }
    writing.set(false);
    List<StoredEvent> read = follower.get();
    pool.shutdown();

    assertThat(unexpected).isEmpty();
    assertThat(read).extracting(StoredEvent::id).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(committedIds()).doesNotContainAnyElementsOf(rolledBack);
    assertVersionsAscendPerAggregate(read);
  }

  private void write() {
    UUID own = UUID.randomUUID();
    for (int i = 0; i < APPENDS_PER_WRITER; i++) {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      UUID aggregate = random.nextInt(3) == 0 ? SHARED.get(random.nextInt(SHARED.size())) : own;
      try {
        if (random.nextInt(10) == 0) {
          appendSlowly(aggregate, random.nextBoolean());
        } else {
          long version = store.readStream(aggregate).size();
          store.append(aggregate, version, List.of(EventStoreContract.event("todo_amended", "{\"n\":" + i + "}")));
        }
      } catch (ConcurrencyException expected) {
        // another writer won the race for a shared aggregate: the only failure allowed
      } catch (Throwable e) {
        unexpected.add(e);
      }
    }
  }

  /** Appends in a transaction held open for a while, then commits or rolls back. */
  private void appendSlowly(UUID aggregate, boolean commit) throws Exception {
    UUID id = UUID.randomUUID();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement statement = connection.prepareStatement("""
          SELECT append_events(?, NULL, ARRAY[?]::uuid[], ARRAY['todo_amended'], ARRAY['{}'],
                               ARRAY[NULL]::uuid[], ARRAY[NULL]::uuid[])""")) {
        statement.setObject(1, aggregate);
        statement.setObject(2, id);
        statement.execute();
      }
      Thread.sleep(ThreadLocalRandom.current().nextInt(5, 40));
      if (commit) {
        connection.commit();
      } else {
        rolledBack.add(id);
        connection.rollback();
      }
    }
  }

  private List<StoredEvent> follow(AtomicBoolean writing) {
    List<StoredEvent> read = new ArrayList<>();
    Checkpoint checkpoint = Checkpoint.START;
    while (true) {
      boolean finalPass = !writing.get();
      EventBatch batch = store.readAfter(checkpoint, 37);
      read.addAll(batch.events());
      if (!batch.isEmpty()) checkpoint = batch.events().get(batch.events().size() - 1).checkpoint();
      if (finalPass && batch.isEmpty() && !batch.moreInFlight()) return read;
    }
  }

  private List<UUID> committedIds() throws Exception {
    List<UUID> ids = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement("SELECT id FROM events");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getObject(1, UUID.class));
      }
    }
    assertThat(ids).hasSizeGreaterThan(WRITERS * APPENDS_PER_WRITER / 2);
    return ids;
  }

  private static void assertVersionsAscendPerAggregate(List<StoredEvent> read) {
    Map<UUID, Long> last = new HashMap<>();
    for (StoredEvent event : read) {
      long previous = last.getOrDefault(event.aggregateId(), 0L);
      assertThat(event.version()).as("version of %s", event.aggregateId()).isEqualTo(previous + 1);
      last.put(event.aggregateId(), event.version());
    }
  }
}
