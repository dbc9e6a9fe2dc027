package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.TestServer;
import dev.estodo.todo.reactors.RecordingEmail;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Live updates in a real browser: what one window, curl or a script changes shows in another within a second. */
@ExtendWith(SharedBrowser.class)
class WebPageLiveTest {
  private static final Duration A_SECOND = Duration.ofSeconds(1);
  private static Browser browser;
  private static TestServer server;
  private String first;

  @BeforeAll
  static void start(Browser shared) {
    browser = shared;
    server = TestServer.startWithProcessors(new RecordingEmail(), Clock.systemUTC());
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) server.close();
  }

  @AfterEach
  void close_the_second_window() {
    WebDriver driver = browser.driver();
    for (String handle : driver.getWindowHandles()) {
      if (!handle.equals(first)) driver.switchTo().window(handle).close();
    }
    driver.switchTo().window(first);
  }

  @Test
  void an_add_an_edit_and_a_completion_in_one_window_show_in_the_other_within_a_second() throws Exception {
    WebDriver driver = browser.driver();
    first = driver.getWindowHandle();
    TodoPage one = new TodoPage(driver).open(server.uri("/"));
    driver.switchTo().newWindow(WindowType.WINDOW);
    String second = driver.getWindowHandle();
    TodoPage other = new TodoPage(driver).open(server.uri("/"));
    waitUntilLive();

    driver.switchTo().window(first);
    one.add("Get to the chopper", Map.of());
    one.todo("Get to the chopper");
    driver.switchTo().window(second);
    withinASecond(d -> other.titles().contains("Get to the chopper"));

    driver.switchTo().window(first);
    one.click("Get to the chopper", "edit");
    one.fill(one.todo("Get to the chopper").findElement(By.cssSelector(".edit-form")), "title", "Get to the chopper, NOW!");
    one.todo("Get to the chopper").findElement(By.cssSelector(".edit-form button[type='submit']")).click();
    one.todo("Get to the chopper, NOW!");
    driver.switchTo().window(second);
    withinASecond(d -> other.titles().contains("Get to the chopper, NOW!"));

    driver.switchTo().window(first);
    one.click("Get to the chopper, NOW!", "complete");
    one.waitUntilGone("Get to the chopper, NOW!");
    driver.switchTo().window(second);
    withinASecond(d -> !other.titles().contains("Get to the chopper, NOW!"));
  }

  @Test
  void a_todo_added_with_curl_shows_on_the_page_within_a_second() throws Exception {
    first = browser.driver().getWindowHandle();
    TodoPage page = new TodoPage(browser.driver()).open(server.uri("/"));
    waitUntilLive();

    new PageSeeds(server.uri("/")).command("POST", java.util.UUID.randomUUID().toString(), "", "{\"title\":\"I'll be back\"}");

    withinASecond(d -> page.titles().contains("I'll be back"));
  }

  // the page says Live once its stream is open; before that an event could come and go unseen
  private static void waitUntilLive() {
    WebElement live = browser.driver().findElement(By.id("live"));
    new TodoPage(browser.driver()).waitFor(d -> "live".equals(live.getAttribute("data-state")));
  }

  private static void withinASecond(Function<WebDriver, Boolean> condition) {
    new WebDriverWait(browser.driver(), A_SECOND, Duration.ofMillis(50)).until(condition);
  }
}
