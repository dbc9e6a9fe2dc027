package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.TestServer;
import dev.estodo.todo.reactors.RecordingEmail;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The event log and time travel in a real browser: the lists at an earlier event equal what they were then. */
@ExtendWith(SharedBrowser.class)
class WebPageTimeTravelTest {
  private static Browser browser;
  private static TestServer server;
  private static PageSeeds seeds;
  private static long squatsAdded;
  private static long chopperAdded;
  private static List<List<String>> thenAtChopperAdded;

  @BeforeAll
  static void start(Browser shared) throws Exception {
    browser = shared;
    server = TestServer.startWithProcessors(new RecordingEmail(), Clock.systemUTC());
    seeds = new PageSeeds(server.uri("/"));
    String squats = UUID.randomUUID().toString();
    String chopper = UUID.randomUUID().toString();
    squatsAdded = seeds.command("POST", squats, "", "{\"title\":\"2000 squats\",\"due_date\":\"2031-07-13\"}");
    chopperAdded = seeds.command("POST", chopper, "", "{\"title\":\"Get to the chopper\"}");
    thenAtChopperAdded = lists("after=" + chopperAdded);
    seeds.command("POST", squats, "/complete", "{\"completed_on\":\"2017-07-13\"}");
    long last = seeds.command("PUT", chopper, "", "{\"title\":\"Get to the chopper, NOW!\"}");
    lists("after=" + last);
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) server.close();
  }

  @Test
  void the_log_tells_the_whole_store_newest_first_and_filters_by_type() {
    TodoPage page = new TodoPage(browser.driver()).open(server.uri("/#log"));

    page.waitFor(d -> sentences().size() >= 4);
    assertThat(sentences()).containsSubsequence("Title changed from \"Get to the chopper\" to \"Get to the chopper, NOW!\"",
        "Completed on 13 Jul 2017", "Added \"Get to the chopper\"", "Added \"2000 squats\", due 13 Jul 2031");
    new Select(browser.driver().findElement(By.id("log-type"))).selectByValue("todo_added");
    page.waitFor(d -> sentences().equals(List.of("Added \"Get to the chopper\"", "Added \"2000 squats\", due 13 Jul 2031")));
  }

  @Test
  void choosing_an_event_shows_the_lists_as_they_were_then_and_back_to_now_shows_them_now() throws Exception {
    TodoPage page = new TodoPage(browser.driver()).open(server.uri("/#log"));
    new Select(browser.driver().findElement(By.id("log-type"))).selectByValue("todo_added");
    page.waitFor(d -> sentences().size() == 2);

    entry(chopperAdded).findElement(By.className("travel-to")).click();

    page.waitFor(d -> browser.driver().findElement(By.id("travel")).isDisplayed());
    assertThat(shownLists(page)).isEqualTo(thenAtChopperAdded);
    assertThat(browser.driver().findElement(By.id("travel-where")).getText()).contains("event " + chopperAdded);
    assertThat(browser.driver().findElements(By.cssSelector("#todos .action-edit"))).isEmpty();
    browser.driver().findElement(By.id("travel-earlier")).click();
    page.waitFor(d -> browser.driver().findElement(By.id("travel-where")).getText().contains("event " + squatsAdded));
    assertThat(shownLists(page)).isEqualTo(lists("at=" + squatsAdded));
    browser.driver().findElement(By.id("travel-now")).click();

    page.waitFor(d -> !browser.driver().findElement(By.id("travel")).isDisplayed());
    assertThat(shownLists(page)).isEqualTo(lists("after=0"));
    assertThat(lists("after=0").get(0)).containsExactly("Get to the chopper, NOW!");
  }

  private static WebElement entry(long position) {
    return browser.driver().findElement(By.cssSelector("#log [data-position='" + position + "']"));
  }

  // the titles of the outstanding, scheduled and completed lists as the page shows them, once drawn
  private static List<List<String>> shownLists(TodoPage page) {
    return List.of("outstanding", "scheduled", "completed").stream().map(name -> {
      page.tab(name);
      page.waitFor(d -> d.findElement(By.id("list-panel")).getAttribute("aria-busy") == null);
      return page.titles();
    }).toList();
  }

  private static List<List<String>> lists(String query) throws Exception {
    return List.of(seeds.titles("outstanding", query), seeds.titles("scheduled", query), seeds.titles("completed", query));
  }

  @SuppressWarnings("unchecked")
  private static List<String> sentences() {
    return (List<String>) browser.driver().executeScript(
        "return [...document.querySelectorAll('#log .event-sentence')].map((sentence) => sentence.textContent)");
  }
}
