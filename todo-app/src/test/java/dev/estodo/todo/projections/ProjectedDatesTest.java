package dev.estodo.todo.projections;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.EventData;
import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.eventsourcing.TestDatabase;
import dev.estodo.todo.Application;
import dev.estodo.todo.events.IsoDates;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoCompleted;
import dev.estodo.todo.events.TodoEvent;
import dev.estodo.todo.events.TodoEventTypes;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Dates the commands accept, as projections store them: a few thousand texts, drawn around and
 * inside ISO-8601's shapes and kept if the validator accepts them, each checked against the instant
 * the validator read. Events are built in memory as the store returns them, so they fit in one batch.
 */
class ProjectedDatesTest {
  private static final List<String> ACCEPTED = DateTexts.acceptedByTheCommands(4000);
  private static final String STORED = """
      SELECT t.due_date, c.completed_on FROM query_scheduled_todos t JOIN query_completed_todos c USING (todo_id)
      ORDER BY c.completion_order""";
  private static final String READ_BY_POSTGRESQL = """
      SELECT t::timestamptz FROM unnest(?::text[]) WITH ORDINALITY AS u(t, n) ORDER BY n""";

  private final HikariDataSource dataSource = TestDatabase.freshDataSource();
  private final Application application = Application.on(dataSource, dataSource);
  private final ScheduledTodos scheduled = new ScheduledTodos(dataSource);
  private final CompletedTodos completed = new CompletedTodos(dataSource);

  @AfterEach
  void close() throws Exception {
    application.close();
  }

  @Test
  void every_date_the_commands_accept_is_projected_as_the_instant_they_validated() throws Exception {
    List<StoredEvent> added = new ArrayList<>();
    List<StoredEvent> addedAndCompleted = new ArrayList<>();
    for (String text : ACCEPTED) {
      StoredEvent add = stored(added.size(), new TodoAdded("2000 squats", null, text, null));
      added.add(add);
      addedAndCompleted.addAll(List.of(add, stored(add.aggregateId(), new TodoCompleted(text))));
    }

    try (Connection transaction = dataSource.getConnection()) {
      transaction.setAutoCommit(false);
      scheduled.projectBatch(transaction, added);
      completed.projectBatch(transaction, addedAndCompleted);
      transaction.commit();
    }

    List<OffsetDateTime[]> rows = storedDates();
    assertThat(rows).hasSize(ACCEPTED.size());
    for (int i = 0; i < ACCEPTED.size(); i++) {
      OffsetDateTime validated = IsoDates.parse(ACCEPTED.get(i));
      assertThat(rows.get(i)).as(ACCEPTED.get(i)).containsExactly(validated, validated);
    }
  }

  @Test
  void postgresql_reads_every_accepted_date_as_the_same_instant_as_the_original_app_relied_on() throws Exception {
    // PostgreSQL rounds digits past the microsecond where IsoDates drops them; those texts are left out.
    List<String> texts = ACCEPTED.stream().filter(text -> !text.matches(".*\\.\\d{7,}.*")).toList();

    List<OffsetDateTime> read = readByPostgresqlInUtc(texts);

    assertThat(texts).hasSizeGreaterThan(ACCEPTED.size() / 2);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(read.get(i)).as(texts.get(i)).isEqualTo(IsoDates.parse(texts.get(i)));
    }
  }

  private StoredEvent stored(int position, TodoEvent event) {
    return stored(new UUID(0, position + 1), event);
  }

  private StoredEvent stored(UUID todo, TodoEvent event) {
    EventData data = TodoEventTypes.registry().toData(event, null, null);
    return new StoredEvent(0, 0, data.id(), todo, 1, data.type(), data.body(), null, null, Instant.EPOCH);
  }

  private List<OffsetDateTime[]> storedDates() throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(STORED)) {
      List<OffsetDateTime[]> result = new ArrayList<>();
      while (rows.next()) {
        result.add(new OffsetDateTime[] {rows.getObject(1, OffsetDateTime.class), rows.getObject(2, OffsetDateTime.class)});
      }
      return result;
    }
  }

  /** As the original's database read the texts it was given: a session in UTC, the text cast to timestamptz. */
  private List<OffsetDateTime> readByPostgresqlInUtc(List<String> texts) throws Exception {
    try (Connection transaction = dataSource.getConnection()) {
      transaction.setAutoCommit(false);
      try (Statement statement = transaction.createStatement()) {
        statement.execute("SET LOCAL TIME ZONE 'UTC'");
      }
      Array array = transaction.createArrayOf("text", texts.toArray());
      try (PreparedStatement statement = transaction.prepareStatement(READ_BY_POSTGRESQL)) {
        statement.setArray(1, array);
        List<OffsetDateTime> result = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            result.add(rows.getObject(1, OffsetDateTime.class));
          }
        }
        transaction.rollback();
        return result;
      }
    }
  }
}
