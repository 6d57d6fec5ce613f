package cn.laoling.ledger.web.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;

/**
 * What a browser downloads to show the office's overview: the bytes on the wire (headers
 * and bodies, as Chromium counts them) of a first view with an empty cache and of a
 * repeat view in the same browser, against a running application ({@code -Dbase}, default
 * {@code http://localhost:8080}; {@code -Duser}, {@code -Dpassword}). It logs in in one
 * browser context and views the page in another with the same cookies, so that the login
 * page's files are not already in the cache of the first view.
 */
public final class OverviewBytesBenchmark {

	private OverviewBytesBenchmark() {
	}

	public static void main(String[] args) {
		String base = System.getProperty("base", "http://localhost:8080");
		String path = System.getProperty("path", "/overview");
		try (Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(java.nio.file.Path.of("/usr/bin/chromium"))
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu")));
			String cookies;
			try (BrowserContext login = browser.newContext()) {
				Page page = login.newPage();
				page.navigate(base + "/login");
				page.fill("input[name=username]", System.getProperty("user", "office"));
				page.fill("input[name=password]", System.getProperty("password", "Demo@2026"));
				page.click("button[type=submit]");
				page.waitForLoadState(LoadState.NETWORKIDLE);
				cookies = login.storageState();
			}
			try (BrowserContext context = browser
				.newContext(new Browser.NewContextOptions().setStorageState(cookies))) {
				Page page = context.newPage();
				Traffic traffic = new Traffic(context.newCDPSession(page));
				for (String view : List.of("first", "repeat")) {
					traffic.clear();
					page.navigate(base + path);
					page.waitForLoadState(LoadState.NETWORKIDLE);
					// the favicon is asked for after the page has loaded
					page.waitForTimeout(1000);
					traffic.print(view + " view of " + path);
				}
			}
		}
	}

	/** The requests of a page as Chromium's network domain reports them. */
	private static final class Traffic {

		private final Map<String, String> urls = new ConcurrentHashMap<>();

		private final Map<String, long[]> finished = new ConcurrentHashMap<>();

		private final Map<String, Boolean> cached = new ConcurrentHashMap<>();

		private final Map<String, String> encodings = new ConcurrentHashMap<>();

		Traffic(CDPSession cdp) {
			cdp.send("Network.enable");
			cdp.on("Network.requestWillBeSent", (JsonObject event) -> this.urls.put(id(event),
					event.getAsJsonObject("request").get("url").getAsString()));
			cdp.on("Network.requestServedFromCache", (JsonObject event) -> this.cached.put(id(event), true));
			cdp.on("Network.responseReceived", (JsonObject event) -> {
				JsonObject response = event.getAsJsonObject("response");
				if (response.get("fromDiskCache").getAsBoolean()
						|| (response.has("fromMemoryCache") && response.get("fromMemoryCache").getAsBoolean())) {
					this.cached.put(id(event), true);
				}
				JsonObject headers = response.getAsJsonObject("headers");
				String encoding = headers.keySet()
					.stream()
					.filter("content-encoding"::equalsIgnoreCase)
					.map((name) -> headers.get(name).getAsString())
					.findFirst()
					.orElse("-");
				this.encodings.put(id(event), response.get("status").getAsInt() + " " + encoding);
			});
			cdp.on("Network.loadingFinished", (JsonObject event) -> this.finished.put(id(event),
					new long[] { event.get("encodedDataLength").getAsLong() }));
		}

		private static String id(JsonObject event) {
			return event.get("requestId").getAsString();
		}

		void clear() {
			this.urls.clear();
			this.finished.clear();
			this.cached.clear();
			this.encodings.clear();
		}

		void print(String title) {
			long total = 0;
			int fetched = 0;
			Map<String, String> rows = new LinkedHashMap<>();
			for (Map.Entry<String, String> request : this.urls.entrySet()) {
				long bytes = this.finished.getOrDefault(request.getKey(), new long[] { 0 })[0];
				boolean fromCache = this.cached.containsKey(request.getKey());
				total += bytes;
				fetched += (fromCache || bytes == 0) ? 0 : 1;
				rows.put(request.getValue(), String.format("%,10d B  %s%s", bytes,
						this.encodings.getOrDefault(request.getKey(), "-"), fromCache ? "  (cache)" : ""));
			}
			System.out.printf("%s: %d requests, %d over the network, %,d bytes transferred%n", title, this.urls.size(),
					fetched, total);
			rows.forEach((url, row) -> System.out.println("  " + row + "  " + url));
		}

	}

}
