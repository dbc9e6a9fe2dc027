package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: one per run, which the test classes
 * share ({@link SharedBrowser}). Both paths are given (ESTODO_CHROMIUM and ESTODO_CHROMEDRIVER move
 * them), so Selenium Manager never runs and nothing is downloaded. Without them the tests are
 * skipped with the reason, unless ESTODO_REQUIRE_BROWSER is set (CI), where they fail.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("ESTODO_CHROMIUM", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getenv().getOrDefault("ESTODO_CHROMEDRIVER", "/usr/bin/chromedriver"));
  private static final int LAPTOP_WIDTH = 1280;
  private static final int LAPTOP_HEIGHT = 900;

  // Selenium looks for DevTools bindings of this Chromium's version, which the tests never use
  private static final Logger DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");

  static {
    DEVTOOLS.setLevel(Level.SEVERE);
  }

  private final Path profile;
  private final ChromeDriver driver;

  private Browser(Path profile) {
    this.profile = profile;
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    this.driver = new ChromeDriver(service, options(profile));
  }

  /** A fresh headless Chromium with an empty profile, its window laptop-sized. */
  static Browser start() {
    requireChromium();
    try {
      return new Browser(Files.createTempDirectory("estodo-chromium-"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a profile directory for Chromium", e);
    }
  }

  /** Back to a blank page in a laptop-sized window, with what earlier pages wrote to the console read. */
  Browser reset() {
    driver.get("about:blank");
    driver.manage().window().setSize(new Dimension(LAPTOP_WIDTH, LAPTOP_HEIGHT));
    consoleMessages();
    return this;
  }

  /** The driver. */
  ChromeDriver driver() {
    return driver;
  }

  /** What the page wrote to the console since the last call (CSP violations show up here). */
  List<String> consoleMessages() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    }
  }

  /** Whether Chromium and its driver are installed. */
  static boolean present() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** Whether the browser tests must run (CI sets ESTODO_REQUIRE_BROWSER). */
  static boolean required() {
    return System.getenv("ESTODO_REQUIRE_BROWSER") != null;
  }

  /** Why the browser tests cannot run here. */
  static String missing() {
    return "the browser tests need Debian's Chromium at " + CHROMIUM + " and its driver at "
        + CHROMEDRIVER + " (apt-get install chromium chromium-driver)";
  }

  private static void requireChromium() {
    if (present()) return;
    fail(missing() + (required() ? "; ESTODO_REQUIRE_BROWSER is set" : ""));
  }

  private static ChromeOptions options(Path profile) {
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--no-default-browser-check", "--disable-extensions",
        "--window-size=" + LAPTOP_WIDTH + "," + LAPTOP_HEIGHT, "--user-data-dir=" + profile);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    return options;
  }
}
