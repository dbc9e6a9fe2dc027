package dev.estodo.todo.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web page as a user sees it, for the browser tests: what they type, click and read. */
final class TodoPage {
  // generous: this machine is shared, and a list read waits for the projections
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final WebDriver driver;
  private final WebDriverWait wait;

  TodoPage(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, PATIENCE);
    wait.pollingEvery(Duration.ofMillis(100)).ignoring(StaleElementReferenceException.class);
  }

  /** Loads the page afresh (a URL differing only in its #tab would not reload it) and waits for its first lists. */
  TodoPage open(URI root) {
    driver.get("about:blank");
    driver.get(root.toString());
    wait.until(d -> !d.findElement(By.cssSelector("[data-count='outstanding']")).getText().isEmpty());
    return this;
  }

  /** Types {@code value} into the input named {@code name} inside {@code scope}. */
  void fill(WebElement scope, String name, String value) {
    type(scope.findElement(By.name(name)), value);
  }

  /** Fills the add form with {@code fields} (by input name) and presses Enter in the title. */
  void add(String title, Map<String, String> fields) {
    WebElement form = driver.findElement(By.id("add-form"));
    fields.forEach((name, value) -> fill(form, name, value));
    type(form.findElement(By.name("title")), title);
    form.findElement(By.name("title")).sendKeys(Keys.ENTER);
  }

  /** Shows one list: outstanding, scheduled or completed. */
  void tab(String list) {
    driver.findElement(By.cssSelector("[role='tab'][data-list='" + list + "']")).click();
    wait.until(ExpectedConditions.attributeToBe(
        By.cssSelector("[role='tab'][data-list='" + list + "']"), "aria-selected", "true"));
  }

  /** The shown list's item titled {@code title}, once it is there. */
  WebElement todo(String title) {
    return wait.until(d -> d.findElements(By.cssSelector("#todos > li")).stream()
        .filter(item -> item.findElement(By.className("todo-title")).getText().equals(title))
        .findFirst().orElse(null));
  }

  /**
   * The text of the shown list's item titled {@code title}, read inside the wait: the list may be
   * drawn again (a refresh with {@code ?after=}) between finding the item and reading it.
   */
  String text(String title) {
    return wait.until(d -> todo(title).getText());
  }

  /** Waits until the shown list has no item titled {@code title}. */
  void waitUntilGone(String title) {
    wait.until(d -> !titles().contains(title));
  }

  /** The titles of the shown list, in order. */
  List<String> titles() {
    return driver.findElements(By.cssSelector("#todos .todo-title")).stream().map(WebElement::getText).toList();
  }

  /** Clicks {@code action} (moveup, edit, complete: the checkbox, abandon, history) on the item titled {@code title}. */
  void click(String title, String action) {
    todo(title).findElement(By.cssSelector(".action-" + action)).click();
  }

  /** The history's sentences, oldest first, once there are {@code count}. */
  List<String> historySentences(int count) {
    return wait.until(d -> {
      List<String> sentences = d.findElements(By.cssSelector("#events .event-sentence")).stream()
          .map(WebElement::getText).toList();
      return sentences.size() >= count ? sentences : null;
    });
  }

  /** The raw bodies of the history's events, each opened with one click on its summary. */
  List<String> rawBodies() {
    for (WebElement summary : driver.findElements(By.cssSelector("#events details:not([open]) summary"))) {
      summary.click();
    }
    return driver.findElements(By.cssSelector("#events .event-body")).stream().map(WebElement::getText).toList();
  }

  /** The error shown inside {@code scope}, once there is one. */
  String errorIn(By scope) {
    return wait.until(d -> d.findElement(scope).findElements(By.cssSelector(".error")).stream()
        .filter(WebElement::isDisplayed).map(WebElement::getText).findFirst().orElse(null));
  }

  /** The event types in the history panel, oldest first, once there are {@code count}. */
  List<String> historyTypes(int count) {
    return wait.until(d -> {
      List<String> types = d.findElements(By.cssSelector("#events .event-type")).stream()
          .map(WebElement::getText).toList();
      return types.size() >= count ? types : null;
    });
  }

  /** Waits until {@code condition} holds. */
  <T> T waitFor(Function<WebDriver, T> condition) {
    return wait.until(condition);
  }

  // a date input's typing order follows the browser's locale; its value is always ISO
  private void type(WebElement input, String value) {
    if ("date".equals(input.getAttribute("type"))) {
      ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", input, value);
      return;
    }
    input.clear();
    input.sendKeys(value);
  }
}
