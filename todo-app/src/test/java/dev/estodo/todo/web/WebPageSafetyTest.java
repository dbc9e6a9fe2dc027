package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.TestServer;
import dev.estodo.todo.reactors.RecordingEmail;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The page in a real browser: user text stays text, and API errors show where they arose. */
@ExtendWith(SharedBrowser.class)
class WebPageSafetyTest {
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
  void a_title_that_looks_like_markup_is_shown_as_those_characters() {
    String title = "<img src=x onerror=\"window.terminated=1\"> <b>Skynet</b>";

    page.add(title, Map.of("description", "<script>window.terminated=2</script>"));

    assertThat(page.text(title)).contains(title, "<script>window.terminated=2</script>");
    assertThat(browser.driver().findElements(By.cssSelector("#todos img, #todos b, #todos script"))).isEmpty();
    assertThat(browser.driver().executeScript("return window.terminated")).isNull();
  }

  @Test
  void every_user_string_is_isolated_in_its_own_direction_in_the_list_and_the_history() {
    String title = "\u202Ekcab eb ll'I";
    page.add(title, Map.of("description", "\u202EGet to the chopper", "stakeholder_email", "dillon@cia.gov"));

    WebElement todo = page.todo(title);
    List<WebElement> isolated = List.of(todo.findElement(By.cssSelector(".todo-title bdi")),
        todo.findElement(By.cssSelector(".todo-description bdi")), todo.findElement(By.cssSelector(".stakeholder bdi")));
    page.click(title, "history");
    page.historySentences(1);
    page.rawBodies();
    WebElement body = browser.driver().findElement(By.cssSelector("#events .event-body"));
    WebElement sentence = browser.driver().findElement(By.cssSelector("#events .event-sentence"));

    assertThat(isolated).extracting(WebElement::getText)
        .containsExactly(title, "\u202EGet to the chopper", "dillon@cia.gov");
    assertThat(body.findElements(By.tagName("bdi"))).extracting(WebElement::getText)
        .contains("\"" + title + "\"", "\"dillon@cia.gov\"");
    assertThat(sentence.findElements(By.tagName("bdi"))).extracting(WebElement::getText)
        .containsExactly(title, "dillon@cia.gov", "\u202EGet to the chopper");
    assertThat(browser.driver().findElement(By.cssSelector("#history-title bdi")).getText()).isEqualTo(title);
    assertThat(browser.driver().findElements(By.cssSelector("#todos bdi, #history bdi")))
        .allSatisfy(element -> assertThat(element.getCssValue("unicode-bidi")).isEqualTo("isolate"));
  }

  @Test
  void an_invalid_field_says_so_in_plain_words_under_it_with_the_api_message_as_its_tooltip() {
    page.add("Call the governor", Map.of("stakeholder_email", "not an email"));

    assertThat(page.errorIn(By.cssSelector("#add-form .field-stakeholder_email")))
        .isEqualTo("Enter an email address, such as dillon@cia.gov.");
    WebElement error = browser.driver().findElement(By.id("add-error-stakeholder_email"));
    WebElement input = browser.driver().findElement(By.cssSelector("#add-form [name='stakeholder_email']"));
    assertThat(error.getAttribute("title")).isEqualTo("Bad Request: stakeholder_email is invalid");
    assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(input.getAttribute("aria-describedby")).isEqualTo("add-error-stakeholder_email");
    assertThat(browser.driver().switchTo().activeElement()).isEqualTo(input);
  }

  // the form stays open while the completion arrives live: the page does not pull a form from under the user
  @Test
  void a_command_the_todo_rejects_shows_the_reason_on_that_todo_in_plain_words() throws Exception {
    page.add("Terminate the T-1000", Map.of());
    String id = page.todo("Terminate the T-1000").getAttribute("data-id");
    page.click("Terminate the T-1000", "abandon");
    completeBehindThePagesBack(id);

    page.todo("Terminate the T-1000").findElement(By.cssSelector(".finish-form button[type='submit']")).click();

    By todo = By.cssSelector("#todos [data-id='" + id + "']");
    assertThat(page.errorIn(todo)).isEqualTo("This todo was already completed, perhaps in another window.");
    assertThat(browser.driver().findElement(todo).findElement(By.cssSelector(".error:not([hidden])")).getAttribute("title"))
        .isEqualTo("Unprocessable Entity: Todo \"" + id + "\" already complete");
  }

  private static void completeBehindThePagesBack(String id) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(server.uri("/todo/" + id + "/complete"))
            .POST(HttpRequest.BodyPublishers.ofString("{\"completed_on\":\"2017-07-13\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
  }
}
