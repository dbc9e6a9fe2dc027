package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.TestServer;
import dev.estodo.todo.TodoHistory;
import dev.estodo.todo.TodoHttp;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.reactors.RecordingEmail;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A long list in a real browser: 50 todos a page, next and previous, and a filter over the page shown. */
@ExtendWith(SharedBrowser.class)
class WebPagePagingTest {
  private static final int TODOS = 120;
  private static Browser browser;
  private static TestServer server;
  private TodoPage page;

  @BeforeAll
  static void start(Browser shared) throws Exception {
    browser = shared;
    server = TestServer.startWithProcessors(new RecordingEmail(), Clock.systemUTC());
    TodoHistory history = new TodoHistory(server.application().store());
    long last = 0;
    for (int n = 1; n <= TODOS; n++) {
      last = history.append(UUID.randomUUID(), new TodoAdded(squat(n), null, null, null));
    }
    TodoHttp.outstanding(server.uri("/"), last);
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
  void a_long_list_shows_fifty_todos_a_page_with_next_and_previous() {
    // the count can be written a moment before the rows (a live refresh renders them again): wait for the rows
    page.waitFor(driver -> titles().equals(squats(1, 50)));
    assertThat(count()).isEqualTo("50+");
    assertThat(button("page-previous").isEnabled()).isFalse();

    button("page-next").click();
    page.waitFor(driver -> titles().equals(squats(51, 100)));
    assertThat(text("page-range")).isEqualTo("Todos 51–100");
    button("page-next").click();
    page.waitFor(driver -> titles().equals(squats(101, 120)));

    assertThat(button("page-next").isEnabled()).isFalse();
    assertThat(count()).isEqualTo("120");
    button("page-previous").click();
    page.waitFor(driver -> titles().equals(squats(51, 100)));
  }

  @Test
  void the_filter_shows_the_todos_of_the_page_that_contain_its_text_in_any_case() {
    WebElement filter = browser.driver().findElement(By.id("filter"));

    filter.sendKeys("squat 00");
    page.waitFor(driver -> titles().equals(squats(1, 9)));
    filter.sendKeys("7");
    page.waitFor(driver -> titles().equals(List.of(squat(7))));
    filter.sendKeys("7");

    page.waitFor(driver -> titles().isEmpty());
    assertThat(text("empty")).isEqualTo("No todo on this page matches the filter.");
    filter.clear();
    filter.sendKeys(" ");
    page.waitFor(driver -> titles().equals(squats(1, 50)));
  }

  // one script call, not a WebDriver round trip per title: a page of 50 is read many times a second
  @SuppressWarnings("unchecked")
  private List<String> titles() {
    return (List<String>) browser.driver().executeScript(
        "return [...document.querySelectorAll('#todos .todo-title')].map((title) => title.textContent)");
  }

  private WebElement button(String id) {
    return browser.driver().findElement(By.id(id));
  }

  private String text(String id) {
    return browser.driver().findElement(By.id(id)).getText();
  }

  private String count() {
    return browser.driver().findElement(By.cssSelector("[data-count='outstanding']")).getText();
  }

  private static String squat(int n) {
    return "Squat %03d".formatted(n);
  }

  private static List<String> squats(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(WebPagePagingTest::squat).toList();
  }
}
