package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.todo.TestServer;
import dev.estodo.todo.reactors.RecordingEmail;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** TodoMVC's habits in a real browser: double-click to edit, Enter and Escape, focus, the tab in the URL. */
@ExtendWith(SharedBrowser.class)
class WebPageHabitsTest {
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
  void double_clicking_a_title_edits_it_enter_saves_and_escape_cancels() {
    page.add("Get to the chopper", Map.of());
    new Actions(browser.driver()).doubleClick(page.todo("Get to the chopper").findElement(By.className("todo-title"))).perform();

    WebElement title = page.waitFor(driver -> driver.findElement(By.cssSelector("#todos .edit-form [name='title']")));
    assertThat(focused()).isEqualTo(title);
    title.sendKeys(", NOW!", Keys.ENTER);

    page.todo("Get to the chopper, NOW!");
    assertThat(focused().getAttribute("class")).contains("action-edit");
    new Actions(browser.driver()).doubleClick(page.todo("Get to the chopper, NOW!").findElement(By.className("todo-title"))).perform();
    page.waitFor(driver -> driver.findElement(By.cssSelector("#todos .edit-form [name='title']"))).sendKeys(" Later", Keys.ESCAPE);
    page.waitFor(driver -> driver.findElements(By.cssSelector("#todos .edit-form")).isEmpty());
    assertThat(page.titles()).contains("Get to the chopper, NOW!");
    assertThat(focused().getAttribute("class")).contains("action-edit");
  }

  @Test
  void the_focus_stays_with_the_todo_acted_on_or_the_one_that_takes_its_place() {
    page.add("Find Sarah Connor", Map.of());
    page.todo("Find Sarah Connor");
    page.add("Find John Connor", Map.of());
    String john = page.todo("Find John Connor").getAttribute("data-id");

    page.click("Find John Connor", "moveup");
    page.waitFor(driver -> page.titles().indexOf("Find John Connor") < page.titles().indexOf("Find Sarah Connor"));
    page.waitFor(driver -> (john + ":moveup").equals(focused().getAttribute("data-focus"))
        || (john + ":item").equals(focused().getAttribute("data-focus")));
    page.click("Find John Connor", "complete");

    page.waitUntilGone("Find John Connor");
    String sarah = page.todo("Find Sarah Connor").getAttribute("data-id");
    page.waitFor(driver -> (sarah + ":complete").equals(focused().getAttribute("data-focus")));
  }

  @Test
  void a_double_click_on_move_up_moves_the_todo_once() throws Exception {
    page.add("Hasta la vista", Map.of());
    page.todo("Hasta la vista");
    page.add("Baby", Map.of());
    String baby = page.todo("Baby").getAttribute("data-id");
    int before = page.titles().indexOf("Hasta la vista");

    new Actions(browser.driver()).doubleClick(page.todo("Baby").findElement(By.className("action-moveup"))).perform();

    page.waitFor(driver -> page.titles().indexOf("Baby") == before);
    Thread.sleep(1000); // a second move, had it been sent, would be stored by now
    assertThat(page.titles().indexOf("Baby")).isEqualTo(before);
    assertThat(server.application().store().readStream(UUID.fromString(baby))).extracting(StoredEvent::type)
        .containsExactly("todo_added", "todo_moved_up");
  }

  @Test
  void the_tab_is_in_the_url_and_survives_a_reload() {
    page.add("2000 squats", Map.of("due_date", "2031-07-13"));
    page.todo("2000 squats");

    page.tab("scheduled");
    assertThat(browser.driver().getCurrentUrl()).endsWith("#scheduled");
    browser.driver().navigate().refresh();

    page.waitFor(driver -> "true".equals(driver.findElement(By.id("tab-scheduled")).getAttribute("aria-selected")));
    assertThat(page.text("2000 squats")).contains("Due 13 Jul 2031");
    page.tab("outstanding");
    assertThat(browser.driver().getCurrentUrl()).endsWith("#outstanding");
  }

  private WebElement focused() {
    return browser.driver().switchTo().activeElement();
  }
}
