package dev.estodo.todo.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.estodo.eventsourcing.EventStoreException;
import dev.estodo.eventsourcing.TestLog;
import dev.estodo.eventsourcing.processing.Projector;
import dev.estodo.todo.Application;
import dev.estodo.todo.TestServer;
import dev.estodo.todo.TodoHistory;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoMovedUp;
import dev.estodo.todo.reactors.RecordingEmail;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Online rebuilds against the app's real projections and processors, on one seeded database for the class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnlineRebuildTest {
  private static final OnlineRebuild.Progress QUIET = (projection, step, events) -> {};
  // Small batches, so a few hundred events make several of them, as a million would.
  private static final int BATCH = 100;

  private final RecordingEmail email = new RecordingEmail();
  private TestServer server;
  private Application application;
  private RebuildTables tables;
  private UUID milk;

  @BeforeAll
  void seed() {
    server = TestServer.startWithProcessors(email, Clock.systemUTC());
    application = server.application();
    tables = new RebuildTables(application);
    milk = tables.seedAYearOfTodos(150);
  }

  @AfterAll
  void close() throws Exception {
    server.close();
  }

  @Test
  void a_rebuild_while_todos_keep_coming_swaps_in_tables_equal_to_the_live_ones() throws Exception {
    tables.caughtUp();
    List<List<?>> before = tables.lists();
    long oid = tables.oid("query_outstanding_todos");
    List<String> indexes = tables.indexes();
    int sent = email.sent().size();
    long notified = tables.notifications();

    List<OnlineRebuild.Outcome> outcomes;
    try (TodoWriter writer = TodoWriter.start(new TodoHistory(application.store()))) {
      outcomes = application.projectors().stream().map(p -> rebuild(p, false)).toList();
    }
    // A move-up swaps two list positions in one statement: the swapped-in table's unique
    // constraint must still be deferrable, as the live one was.
    new TodoHistory(application.store()).append(milk, new TodoMovedUp());
    tables.caughtUp();

    assertThat(outcomes).allSatisfy(outcome -> {
      assertThat(outcome.differences()).isEmpty();
      assertThat(outcome.swapped()).isTrue();
      assertThat(outcome.events()).isGreaterThan(3 * BATCH);
    });
    assertThat(tables.oid("query_outstanding_todos")).isNotEqualTo(oid);
    assertThat(tables.indexes()).isEqualTo(indexes).contains("query_outstanding_todos_list_position_unique",
        "query_scheduled_todos_due");
    assertThat(tables.lists().subList(1, 3)).zipSatisfy(before.subList(1, 3), OnlineRebuildTest::startsWith);
    assertThat(tables.lists().get(0)).hasSizeGreaterThan(before.get(0).size());
    assertThat(tables.positionOf(milk)).isEqualTo(positionOf(before.get(0), milk) - 1);
    assertThat(application.projectors()).allSatisfy(p -> assertThat(rebuild(p, true).differences()).isEmpty());
    assertThat(email.sent()).hasSize(sent);
    assertThat(tables.notifications()).isEqualTo(notified);
    assertThat(tables.shadowSchemaExists()).isFalse();
  }

  @Test
  void a_corrupted_live_row_is_reported_by_its_todo_and_nothing_is_swapped() throws Exception {
    tables.caughtUp();
    long oid = tables.oid("query_outstanding_todos");
    tables.retitle(milk, "Milk is for grown-ups");

    OnlineRebuild.Outcome outcome = rebuild(tables.outstanding(), false);

    try {
      assertThat(outcome.swapped()).isFalse();
      assertThat(outcome.differences()).singleElement().satisfies(difference -> {
        assertThat(difference.table()).isEqualTo("query_outstanding_todos");
        assertThat(difference.count()).isEqualTo(1);
        assertThat(difference.rows()).singleElement().asString().startsWith("todo_id " + milk + ": live ")
            .contains("\"title\": \"Milk is for grown-ups\"", "\"title\": \"Milk is for babies\"");
      });
      assertThat(tables.oid("query_outstanding_todos")).isEqualTo(oid);
      assertThat(tables.title(milk)).isEqualTo("Milk is for grown-ups");
      assertThat(tables.shadowSchemaExists()).isFalse();
    } finally {
      tables.retitle(milk, "Milk is for babies");
    }
  }

  @Test
  void the_lists_answer_in_full_throughout_a_rebuild_and_its_swap() throws Exception {
    tables.caughtUp();
    List<List<?>> before = tables.lists();

    List<List<List<?>>> seen;
    try (TodoWriter writer = TodoWriter.start(new TodoHistory(application.store()));
        ListReader reader = ListReader.start(tables)) {
      application.projectors().forEach(p -> assertThat(rebuild(p, false).swapped()).isTrue());
      seen = reader.stop();
    }

    assertThat(seen).hasSizeGreaterThan(3);
    assertThat(seen).allSatisfy(lists -> assertThat(lists).zipSatisfy(before, OnlineRebuildTest::startsWith));
  }

  @Test
  void a_rebuild_killed_while_it_builds_leaves_the_live_projection_untouched() throws Exception {
    a_rebuild_killed_at_leaves_the_live_projection_untouched("built");
  }

  @Test
  void a_rebuild_killed_with_the_checkpoint_locked_leaves_the_live_projection_untouched() throws Exception {
    a_rebuild_killed_at_leaves_the_live_projection_untouched("comparing");
  }

  private void a_rebuild_killed_at_leaves_the_live_projection_untouched(String step) throws Exception {
    tables.caughtUp();
    List<List<?>> before = tables.lists();
    long oid = tables.oid("query_completed_todos");
    OnlineRebuild killed = new OnlineRebuild(application.dataSource(), application.store(),
        (projection, at, events) -> {
          if (at.equals(step)) tables.killTheRebuild();
        }, BATCH);

    TestLog log = TestLog.mark();

    assertThatThrownBy(() -> killed.run(tables.completed(), false)).isInstanceOf(EventStoreException.class);
    long added = new TodoHistory(application.store()).append(UUID.randomUUID(),
        new TodoAdded("Get your ass to Mars", null, null, null));
    tables.caughtUp();

    assertThat(log.only("marked as broken because of SQLSTATE(57P01)").level()).isEqualTo("WARN");
    assertThat(tables.oid("query_completed_todos")).isEqualTo(oid);
    assertThat(tables.lists().get(2)).isEqualTo(before.get(2));
    assertThat(application.checkpoints().of("completed_todos").position()).isEqualTo(added);
    assertThat(rebuild(tables.completed(), false).swapped()).isTrue();
    assertThat(tables.lists().get(2)).isEqualTo(before.get(2));
  }

  // The writes during a rebuild only add todos, which go to the end of every list.
  private static void startsWith(List<?> list, List<?> earlier) {
    assertThat(list).hasSizeGreaterThanOrEqualTo(earlier.size());
    assertThat(list.subList(0, earlier.size())).isEqualTo(earlier);
  }

  private static int positionOf(List<?> outstanding, UUID todoId) {
    return outstanding.stream().map(row -> ((TodoRow) row).todoId()).toList().indexOf(todoId);
  }

  private OnlineRebuild.Outcome rebuild(Projector projector, boolean verifyOnly) {
    return new OnlineRebuild(application.dataSource(), application.store(), QUIET, BATCH).run(projector, verifyOnly);
  }
}
