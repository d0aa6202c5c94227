package com.otopair.journeys;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromedriver}; override with
 * {@code CHROME_BIN} and {@code CHROMEDRIVER}) with the waits Vaadin pages need.
 */
final class Browser implements AutoCloseable {

  final WebDriver driver;
  private final WebDriverWait wait;
  private final String base;

  Browser(String base) {
    this(base, "en-US");
  }

  /** A browser whose user reads {@code language} first (its Accept-Language, "fr-CA"). */
  Browser(String base, String language) {
    this.base = base;
    var options = new ChromeOptions();
    options.setExperimentalOption(
        "prefs", Map.of("intl.accept_languages", language + "," + language.substring(0, 2)));
    options.setBinary(env("CHROME_BIN", "/usr/bin/chromium"));
    // What the page writes to its console, for journeys that check it stays clean.
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--lang=" + language);
    var service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(env("CHROMEDRIVER", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  void open(String path) {
    driver.get(path.startsWith("http") ? path : base + path);
    waitForVaadin();
  }

  /**
   * Moves to {@code path} inside the open page, as a router link does (one round trip, no reload),
   * and waits until the page has moved: to {@code path}, or wherever its view sent the visitor.
   * Where it does not move, loads {@code path} whole instead.
   */
  void navigate(String path) {
    String before =
        (String)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "const before = location.pathname + location.search;"
                        + " const a = document.createElement('a'); a.href = arguments[0];"
                        + " a.setAttribute('router-link', ''); document.body.appendChild(a);"
                        + " a.click(); a.remove(); return before",
                    base + path);
    try {
      // The server answers the click with the page's new address: once it shows, the view is in.
      new WebDriverWait(driver, Duration.ofSeconds(5))
          .until(
              d ->
                  !before.equals(
                      ((JavascriptExecutor) d)
                          .executeScript("return location.pathname + location.search")));
      waitForVaadin();
    } catch (org.openqa.selenium.TimeoutException stayed) {
      open(path);
    }
  }

  /** Waits until Vaadin has no request in flight. */
  void waitForVaadin() {
    wait.until(
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
                            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive"
                            + " || !c.isActive())")));
  }

  WebElement find(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Types into the native input slotted inside the Vaadin field with this label. */
  void type(String label, String text) {
    WebElement input = find(By.xpath("//*[label[normalize-space(.)=\"" + label + "\"]]/input"));
    input.clear();
    input.sendKeys(text);
  }

  void clickButton(String text) {
    WebElement button =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)=\"" + text + "\"]")));
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
    button.click();
    waitForVaadin();
  }

  /**
   * On Find, asks for more results until the shop's link shows: the other journeys' shops open at
   * the city's centre, nearer than the demo's, and fill the first pages.
   */
  void waitForFindResult(String shop) {
    wait.until(
        d -> {
          if (!d.findElements(By.linkText(shop)).isEmpty()) {
            return true;
          }
          try {
            List<WebElement> more = d.findElements(By.id("find-more"));
            if (!more.isEmpty()) {
              ((JavascriptExecutor) d)
                  .executeScript(
                      "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()",
                      more.getFirst());
            }
          } catch (StaleElementReferenceException redrawn) {
            // The list was redrawn between the look and the click: look again.
          }
          return false;
        });
  }

  void waitForText(String text) {
    wait.until(
        d ->
            ((String) ((JavascriptExecutor) d).executeScript("return document.body.innerText"))
                .contains(text));
  }

  /** Runs a script in the page and answers what it returns. */
  Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Waits until a script returns {@code expected}. */
  void waitForScript(String script, Object expected) {
    wait.until(d -> expected.equals(((JavascriptExecutor) d).executeScript(script)));
  }

  /** The errors the page wrote to its console (or threw) since the last call. */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  void screenshot(String name) {
    try {
      Path folder = Path.of("target", "browser-screenshots");
      Files.createDirectories(folder);
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      System.err.println("Could not save a screenshot: " + e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
