package vn.dxflow.tasklist;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/** Debian's chromium and chromium-driver, headless at a commune office's 1366×768, for the Tasklist browser tests. */
public final class HeadlessChromium {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** Skipped only where Chromium is not installed and this is not CI (CI=true must run the test). */
    public static void require() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String missing = CHROMIUM + " or " + CHROMEDRIVER + " is missing (Debian packages chromium and chromium-driver)";
        if ("true".equals(System.getenv("CI"))) {
            fail(missing + ": CI=true, so the Tasklist browser test must run");
        }
        Assumptions.abort(missing + ": Tasklist browser test skipped (install them, or set CI=true to make this fail)");
    }

    /**
     * A browser whose language is English, as on most office PCs: Tasklist must still be Vietnamese. It has a
     * fresh profile folder of its own, deleted when the browser quits.
     */
    public static ChromeDriver start() throws IOException {
        Path profile = Files.createTempDirectory("dxflow-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1366,768", "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        // The driver is given explicitly, so Selenium Manager is never asked for one (nor for a browser).
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options) {
            @Override
            public void quit() {
                try {
                    super.quit();
                } finally {
                    FileSystemUtils.deleteRecursively(profile.toFile());
                }
            }
        };
    }

    /** The page as an image and as text, kept as build output for review. */
    public static void screenshot(ChromeDriver browser, Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(folder.resolve(name + ".txt"), browser.findElement(By.tagName("body")).getText());
    }
}
