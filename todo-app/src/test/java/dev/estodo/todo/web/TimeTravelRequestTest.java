package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.TestServer;
import dev.estodo.todo.reactors.RecordingEmail;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ?at=}: every list at every moment equals what the live list showed then. A few hundred
 * mixed commands are sent one after another; after each, the three live lists are recorded with
 * {@code ?after=} its position, and the time is noted before the next command is sent.
 */
class TimeTravelRequestTest {
  private static final int COMMANDS = 200;
  private static final List<String> LISTS = List.of("outstanding", "scheduled", "completed");

  /** What the live lists answered right after a command, and a time between it and the next one. */
  private record Recorded(long position, Instant after, List<String> lists) {}

  private static TestServer server;
  private static MixedCommands user;
  private static final List<Recorded> recorded = new ArrayList<>();

  @BeforeAll
  static void record_the_live_lists_after_each_command() throws Exception {
    server = TestServer.startWithProcessors(new RecordingEmail(), Clock.systemUTC());
    user = new MixedCommands(server.uri("/"));
    for (int i = 0; i < COMMANDS; i++) {
      long position = user.next();
      List<String> lists = new ArrayList<>();
      for (String list : LISTS) {
        lists.add(body("/todos/" + list + "?after=" + position));
      }
      recorded.add(new Recorded(position, Instant.now(), lists));
    }
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void every_list_at_each_command_s_position_is_the_list_recorded_then() throws Exception {
    everyListEqualsTheRecordedOne(moment -> Long.toString(moment.position()));

    assertThat(snapshots()).as("snapshots taken, so that answers come from them too").isGreaterThan(LISTS.size());
  }

  @Test
  void every_list_at_a_time_between_two_commands_is_the_list_recorded_after_the_first() throws Exception {
    everyListEqualsTheRecordedOne(moment -> encoded(moment.after().toString()));
  }

  @Test
  void a_time_before_the_first_event_shows_empty_lists() throws Exception {
    for (String list : LISTS) {
      assertThat(body("/todos/" + list + "?at=2017-01-01T00:00:00Z")).isEqualTo("[]");
    }
  }

  @Test
  void a_page_of_a_list_at_a_moment_is_that_page_of_the_list_recorded_then() throws Exception {
    Recorded moment = recorded.get(COMMANDS * 3 / 4);
    String whole = moment.lists().get(0);

    String page = body("/todos/outstanding?at=" + moment.position() + "&offset=2&limit=3");

    assertThat(TodoApi.json(page)).hasSize(3);
    for (int i = 0; i < 3; i++) {
      assertThat(TodoApi.json(page).get(i)).isEqualTo(TodoApi.json(whole).get(i + 2));
    }
  }

  @Test
  void a_time_with_an_offset_names_the_same_moment_as_in_utc() throws Exception {
    Recorded moment = recorded.get(COMMANDS / 2);
    String local = moment.after().atOffset(ZoneOffset.ofHours(2)).toString();

    assertThat(body("/todos/completed?at=" + encoded(local))).isEqualTo(moment.lists().get(2));
  }

  // one thread per list, so the comparisons take a third of the time
  private static void everyListEqualsTheRecordedOne(Function<Recorded, String> at) throws Exception {
    List<CompletableFuture<Void>> lists = new ArrayList<>();
    for (int list = 0; list < LISTS.size(); list++) {
      int index = list;
      lists.add(CompletableFuture.runAsync(() -> {
        for (Recorded moment : recorded) {
          String path = "/todos/" + LISTS.get(index) + "?at=" + at.apply(moment);

          assertThat(body(path)).as(path).isEqualTo(moment.lists().get(index));
        }
      }));
    }
    CompletableFuture.allOf(lists.toArray(CompletableFuture[]::new)).get();
  }

  private static String body(String path) {
    HttpResponse<String> response = user.get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return response.body();
  }

  private static String encoded(String time) {
    return URLEncoder.encode(time, StandardCharsets.UTF_8);
  }

  private static long snapshots() throws Exception {
    try (Connection connection = server.application().dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT count(*) FROM list_snapshots")) {
      row.next();
      return row.getLong(1);
    }
  }
}
