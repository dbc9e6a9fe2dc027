package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.TestServer;
import dev.estodo.todo.reactors.RecordingEmail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * The page on a laptop and a phone, in dark mode and in time travel, by keyboard, within its own rules;
 * screenshots in target/screenshots, or in ESTODO_SCREENSHOTS (the README's come from {@code ../docs}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedBrowser.class)
class WebPageLooksTest {
  private static final Path SCREENSHOTS = Path.of(System.getenv().getOrDefault("ESTODO_SCREENSHOTS", "target/screenshots"));
  private static Browser browser;
  private static TestServer server;

  @BeforeAll
  static void start(Browser shared) {
    browser = shared;
    server = TestServer.startWithProcessors(new RecordingEmail(), Clock.systemUTC());
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) server.close();
  }

  // first, so the screenshots show only the todos it seeds
  @Test
  @Order(1)
  void the_page_fits_a_laptop_and_a_phone_and_breaks_none_of_its_own_rules() throws Exception {
    String chopper = seedTheOriginalsTodos();
    TodoPage page = new TodoPage(browser.driver()).open(server.uri("/"));
    page.click("Get to the chopper, NOW!", "history");
    page.historyTypes(3);

    screenshot("estodo.png", 1280, 1000);
    screenshot("estodo-phone.png", 390, 844);

    assertThat(browser.driver().findElement(By.id("add-form")).getSize().getHeight()).as("one line on a phone")
        .isLessThan(80);
    assertThat(page.todo("Get to the chopper, NOW!").getAttribute("data-id")).isEqualTo(chopper);
    assertThat(browser.driver().executeScript("return document.documentElement.scrollWidth <= innerWidth"))
        .isEqualTo(true);
    assertThat(browser.consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
    assertThat(resourceOrigins()).containsOnly(server.uri("").toString());
  }

  @Test
  @Order(2)
  void dark_mode_follows_the_system_and_time_travel_shows_an_earlier_moment() throws Exception {
    TodoPage page = new TodoPage(browser.driver()).open(server.uri("/#log"));
    page.waitFor(driver -> driver.findElements(By.cssSelector("#log .travel-to")).size() >= 6);
    List<WebElement> events = browser.driver().findElements(By.cssSelector("#log .travel-to"));
    events.get(events.size() - 4).click(); // right after the move up: the chopper above the squats
    page.waitFor(driver -> driver.findElement(By.id("travel")).isDisplayed() && page.titles().size() == 2);
    screenshot("estodo-time-travel.png", 1280, 900);
    browser.driver().findElement(By.id("travel-now")).click();
    page.waitFor(driver -> !driver.findElement(By.id("travel")).isDisplayed());

    darkMode("dark");
    screenshot("estodo-dark.png", 1280, 900);

    assertThat(browser.driver().executeScript("return getComputedStyle(document.body).backgroundColor"))
        .isEqualTo("rgb(15, 19, 27)");
    darkMode("light");
    assertThat(browser.driver().executeScript("return getComputedStyle(document.body).backgroundColor"))
        .isEqualTo("rgb(243, 245, 249)");
  }

  private static void darkMode(String scheme) {
    browser.driver().executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  @Test
  @Order(3)
  void enter_adds_a_todo_and_leaves_the_cursor_in_the_title_for_the_next() {
    browser.driver().manage().window().setSize(new Dimension(1280, 860));
    TodoPage page = new TodoPage(browser.driver()).open(server.uri("/"));
    WebElement title = browser.driver().findElement(By.name("title"));

    title.sendKeys("Come with me if you want to live", Keys.ENTER);

    page.todo("Come with me if you want to live");
    assertThat(browser.driver().switchTo().activeElement()).isEqualTo(title);
    page.click("Come with me if you want to live", "edit");
    browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
    page.waitFor(driver -> driver.findElements(By.cssSelector("#todos .edit-form")).isEmpty());
  }

  private static void screenshot(String name, int width, int height) throws Exception {
    browser.driver().manage().window().setSize(new Dimension(width, height));
    browser.driver().executeScript("scrollTo(0, 0)");
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name), browser.driver().getScreenshotAs(OutputType.BYTES));
  }

  // the README's examples, a little further on: one amended and moved up, one done
  private static String seedTheOriginalsTodos() throws Exception {
    String squats = send("POST", UUID.randomUUID().toString(), "", "{\"title\":\"2000 squats\","
        + "\"description\":\"Leg day.\",\"due_date\":\"" + LocalDate.now().plusDays(9) + "\"}");
    String chopper = send("POST", UUID.randomUUID().toString(), "", "{\"title\":\"Get to the chopper\","
        + "\"description\":\"It's in the trees\",\"due_date\":\"2017-01-01\","
        + "\"stakeholder_email\":\"dillon@cia.gov\"}");
    send("PUT", chopper, "", "{\"title\":\"Get to the chopper, NOW!\"}");
    send("POST", chopper, "/moveup", "{}");
    send("POST", UUID.randomUUID().toString(), "", "{\"title\":\"Find Sarah Connor\","
        + "\"description\":\"Check every Connor in the phone book.\","
        + "\"stakeholder_email\":\"the-governator@example.com\"}");
    String back = send("POST", UUID.randomUUID().toString(), "", "{\"title\":\"I'll be back\"}");
    send("POST", back, "/complete", "{\"completed_on\":\"" + LocalDate.now() + "\"}");
    assertThat(squats).isNotEmpty();
    return chopper;
  }

  private static String send(String method, String id, String suffix, String json) throws Exception {
    new PageSeeds(server.uri("/")).command(method, id, suffix, json);
    return id;
  }

  @SuppressWarnings("unchecked")
  private static List<String> resourceOrigins() {
    return (List<String>) browser.driver().executeScript(
        "return performance.getEntriesByType('resource').map(entry => new URL(entry.name).origin)");
  }
}
