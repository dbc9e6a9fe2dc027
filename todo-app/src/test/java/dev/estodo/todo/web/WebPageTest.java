package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.TestServer;
import dev.estodo.todo.reactors.RecordingEmail;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The page in a real browser does what the API does: add, amend, move up, complete, abandon, history. */
@ExtendWith(SharedBrowser.class)
class WebPageTest {
  private static Browser browser;
  private static TestServer server;
  private TodoPage page;

  @BeforeAll
  static void start(Browser shared) {
    browser = shared;
    server = TestServer.startWithProcessors(new RecordingEmail(), Clock.systemUTC());
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) server.close();
  }

  @BeforeEach
  void open_the_page() {
    page = new TodoPage(browser.driver()).open(server.uri("/"));
  }

  @Test
  void a_todo_added_with_the_form_shows_in_the_outstanding_and_scheduled_lists() {
    page.add("2000 squats", Map.of("description", "Leg day.", "due_date", "2017-07-13",
        "stakeholder_email", "the-governator@example.com"));

    WebElement todo = page.todo("2000 squats");
    assertThat(todo.getText()).contains("Leg day.", "Overdue: 13 Jul 2017", "the-governator@example.com");
    assertThat(browser.driver().findElement(By.name("title")).getAttribute("value")).isEmpty();
    page.tab("scheduled");
    assertThat(page.text("2000 squats")).contains("Overdue: 13 Jul 2017");
  }

  @Test
  void a_command_from_the_page_carries_an_idempotency_key_whose_answer_is_stored() throws Exception {
    long before = storedAnswers();

    page.add("Consider that a divorce", Map.of());

    page.todo("Consider that a divorce");
    assertThat(storedAnswers()).isEqualTo(before + 1);
  }

  private static long storedAnswers() throws java.sql.SQLException {
    try (var connection = server.application().dataSource().getConnection();
        var rows = connection.createStatement().executeQuery("SELECT count(*) FROM idempotency_keys WHERE status = 201")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Test
  void amending_inline_changes_only_what_was_edited() {
    page.add("Get to the chopper", Map.of("description", "It's in the trees"));
    page.click("Get to the chopper", "edit");

    WebElement form = page.todo("Get to the chopper").findElement(By.cssSelector(".edit-form"));
    page.fill(form, "title", "Get to the chopper, NOW!");
    form.findElement(By.cssSelector("button[type='submit']")).click();

    assertThat(page.text("Get to the chopper, NOW!")).contains("It's in the trees");
    page.click("Get to the chopper, NOW!", "history");
    assertThat(page.historyTypes(2)).containsExactly("todo_added", "todo_amended");
    assertThat(page.historySentences(2)).containsExactly("Added \"Get to the chopper\", description \"It's in the trees\"",
        "Title changed from \"Get to the chopper\" to \"Get to the chopper, NOW!\"");
    assertThat(page.rawBodies().get(1)).isEqualToIgnoringWhitespace("{\"title\": \"Get to the chopper, NOW!\"}");
  }

  @Test
  void moving_up_puts_the_todo_above_the_one_before_it() {
    page.add("Find Sarah Connor", Map.of());
    page.todo("Find Sarah Connor");
    page.add("Find John Connor", Map.of());
    page.todo("Find John Connor");

    page.click("Find John Connor", "moveup");

    page.waitFor(driver -> page.titles().indexOf("Find John Connor") < page.titles().indexOf("Find Sarah Connor"));
  }

  @Test
  void ticking_the_checkbox_completes_the_todo_dated_today_and_moves_it_to_the_completed_list() {
    page.add("I'll be back", Map.of());

    page.click("I'll be back", "complete");

    page.waitUntilGone("I'll be back");
    page.tab("completed");
    String today = LocalDate.now().format(DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));
    assertThat(page.text("I'll be back")).contains("Completed " + today);
    assertThat(page.todo("I'll be back").findElement(By.cssSelector(".action-complete")).isSelected()).isTrue();
  }

  @Test
  void abandoning_takes_the_todo_off_every_list_and_the_history_keeps_it() {
    page.add("Hasta la vista", Map.of("due_date", "2017-07-13"));
    page.click("Hasta la vista", "history");
    page.historyTypes(1);
    page.click("Hasta la vista", "abandon");
    page.todo("Hasta la vista").findElement(By.cssSelector(".finish-form button[type='submit']")).click();

    page.waitUntilGone("Hasta la vista");
    page.tab("scheduled");
    page.waitUntilGone("Hasta la vista");
    assertThat(page.historyTypes(2)).containsExactly("todo_added", "todo_abandoned");
  }
}
