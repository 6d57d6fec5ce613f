package cn.laoling.ledger.web.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's chromium, headless, driven by Playwright for the browser tests of a class
 * ({@code @RegisterExtension static final Chromium chromium = new Chromium();}). Where it
 * is not installed the tests are skipped, except in CI ({@code .ci/run} installs it).
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback {

	public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

	/** Where the browser tests leave their screenshots (not committed). */
	public static final Path SCREENSHOTS = Path.of("target/screenshots");

	private Playwright playwright;

	private Browser browser;

	@Override
	public void beforeAll(ExtensionContext context) {
		if (!Files.isExecutable(EXECUTABLE)) {
			assertThat(System.getenv("CI")).as("chromium is missing at " + EXECUTABLE + " in CI").isNull();
			Assumptions.abort("chromium is not installed at " + EXECUTABLE + "; apt-get install chromium");
		}
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--no-first-run", "--disable-sync")));
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.playwright != null) {
			this.playwright.close();
		}
	}

	public Browser browser() {
		return this.browser;
	}

}
