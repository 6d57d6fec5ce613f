package cn.laoling.ledger.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main journey in a real browser (Debian's chromium, headless): the office logs in,
 * opens the 昆区 plan and sees its ten tasks with their lead units.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LedgerBrowserTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		if (!Files.isExecutable(CHROMIUM)) {
			// CI installs chromium (.ci/run); there the browser test must run, elsewhere
			// it may be skipped.
			assertThat(System.getenv("CI")).as("chromium is missing at " + CHROMIUM + " in CI").isNull();
			Assumptions.abort("chromium is not installed at " + CHROMIUM + "; apt-get install chromium");
		}
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--no-first-run", "--disable-sync")));
	}

	@AfterAll
	static void stopBrowser() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@Test
	void theOfficeLogsInAndSeesTheTenTasksOfTheKunquPlan() throws Exception {
		try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 900))) {
			page.navigate(url("/plans"));
			assertThat(page.url()).endsWith("/login");
			page.fill("#username", "office");
			page.fill("#password", "Demo@2026");
			page.click("button[type=submit]");
			page.waitForURL("**/plans");

			page.click("text=" + DemoLedger.KUNQU_PLAN);
			page.waitForSelector("#ledger");

			Locator rows = page.locator("#ledger tr.task-row");
			assertThat(rows.count()).isEqualTo(10);
			assertThat(rows.nth(0).locator("td.lead-units").innerText()).isEqualTo("区卫健委、各街镇");
			assertThat(rows.nth(9).locator("td.lead-units").innerText()).isEqualTo("区委老干部局");
			assertThat(page.locator("h1").innerText()).contains(DemoLedger.KUNQU_PLAN);

			Files.createDirectories(SCREENSHOTS);
			page.screenshot(
					new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("ledger-office.png")).setFullPage(true));
			page.setViewportSize(390, 844);
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("ledger-office-phone.png")));
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
