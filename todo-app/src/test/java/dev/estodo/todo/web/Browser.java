package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: one per test class. Both paths are
 * given, so Selenium Manager never runs and nothing is downloaded. Without them the tests are
 * skipped with the reason, unless ESTODO_REQUIRE_BROWSER is set (CI), where they fail.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

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
  static Browser start() throws IOException {
    requireChromium();
    return new Browser(Files.createTempDirectory("estodo-chromium-"));
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

  private static void requireChromium() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) return;
    String reason = "the browser tests need Debian's Chromium at " + CHROMIUM + " and its driver at "
        + CHROMEDRIVER + " (apt-get install chromium chromium-driver)";
    if (System.getenv("ESTODO_REQUIRE_BROWSER") != null) fail(reason + "; ESTODO_REQUIRE_BROWSER is set");
    assumeTrue(false, reason);
  }

  private static ChromeOptions options(Path profile) {
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--no-default-browser-check", "--disable-extensions",
        "--window-size=1280,900", "--user-data-dir=" + profile);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    return options;
  }
}
