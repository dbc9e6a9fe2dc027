package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.TestServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;

/** The page in a real browser: user text stays text, API errors show where they arose, it fits a phone. */
class WebPageSafetyTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static Browser browser;
  private static TestServer server;
  private TodoPage page;

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.start();
    server = TestServer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) server.close();
    if (browser != null) browser.close();
  }

  @BeforeEach
  void open_the_page() {
    browser.driver().manage().window().setSize(new Dimension(1280, 900));
    page = new TodoPage(browser.driver()).open(server.uri("/"));
  }

  @Test
  void a_title_that_looks_like_markup_is_shown_as_those_characters() {
    String title = "<img src=x onerror=\"window.terminated=1\"> <b>Skynet</b>";

    page.add(title, Map.of("description", "<script>window.terminated=2</script>"));

    assertThat(page.todo(title).getText()).contains(title, "<script>window.terminated=2</script>");
    assertThat(browser.driver().findElements(By.cssSelector("#todos img, #todos b, #todos script"))).isEmpty();
    assertThat(browser.driver().executeScript("return window.terminated")).isNull();
  }

  @Test
  void an_invalid_field_shows_the_api_message_next_to_it_in_the_add_form() {
    page.add("Call the governor", Map.of("stakeholder_email", "not an email"));

    assertThat(page.errorIn(By.id("add-form"))).isEqualTo("Bad Request: stakeholder_email is invalid");
    assertThat(browser.driver().findElement(By.cssSelector("#add-form [name='stakeholder_email']"))
        .getAttribute("aria-invalid")).isEqualTo("true");
  }

  @Test
  void a_command_the_todo_rejects_shows_the_reason_on_that_todo() throws Exception {
    page.add("Terminate the T-1000", Map.of());
    String id = page.todo("Terminate the T-1000").getAttribute("data-id");
    completeBehindThePagesBack(id);

    page.click("Terminate the T-1000", "abandon");
    page.todo("Terminate the T-1000").findElement(By.cssSelector(".finish-form button[type='submit']")).click();

    assertThat(page.errorIn(By.cssSelector("#todos [data-id='" + id + "']")))
        .isEqualTo("Unprocessable Entity: Todo \"" + id + "\" already complete");
  }

  @Test
  void the_page_fits_a_laptop_and_a_phone_and_breaks_none_of_its_own_rules() throws Exception {
    page.add("Get to the chopper", Map.of("description", "It's in the trees", "due_date", "2017-07-13",
        "stakeholder_email", "dillon@cia.gov"));
    page.add("2000 squats", Map.of("description", "Leg day."));
    page.click("2000 squats", "history");
    page.historyTypes(1);

    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve("estodo.png"), browser.driver().getScreenshotAs(OutputType.BYTES));
    browser.driver().manage().window().setSize(new Dimension(390, 1100));
    Files.write(SCREENSHOTS.resolve("estodo-phone.png"), browser.driver().getScreenshotAs(OutputType.BYTES));

    assertThat(browser.driver().executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
        .isEqualTo(true);
    assertThat(browser.consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
    assertThat(resourceOrigins()).containsOnly(server.uri("").toString());
  }

  @SuppressWarnings("unchecked")
  private static List<String> resourceOrigins() {
    return (List<String>) browser.driver().executeScript(
        "return performance.getEntriesByType('resource').map(entry => new URL(entry.name).origin)");
  }

  private static void completeBehindThePagesBack(String id) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(server.uri("/todo/" + id + "/complete"))
            .POST(HttpRequest.BodyPublishers.ofString("{\"completed_on\":\"2017-07-13\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
  }
}
