package cn.laoling.ledger.web.report;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.laoling.ledger.web.bench.BenchSession;
import cn.laoling.ledger.web.support.ApplicationProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A power cut in the middle of liaisons' work on the demo as the README's first command
 * runs it (its own embedded PostgreSQL): while several sessions save their reports over
 * HTTP, the application's JVM and every process of its PostgreSQL are killed outright
 * (SIGKILL); started again on the same directory, the application shows every save it had
 * acknowledged.
 * <p>
 * What it proves: no acknowledged commit lived only in the processes' memory. SIGKILL
 * leaves the operating system's file cache alone, so it catches an acknowledgement sent
 * before the commit's WAL was written out of PostgreSQL ({@code synchronous_commit=off},
 * which fails it), not one sent before the WAL reached the disk ({@code fsync=off}, which
 * only a real power cut shows).
 */
class PowerCutTest {

	private static final String PASSWORD = "Demo@2026";

	private static final Pattern REPORT_LINK = Pattern.compile("href=\"(/tasks/\\d+/reports/\\d+)\"");

	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_formToken\" value=\"([^\"]+)\"");

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(-?\\d+)\"");

	private static final Pattern SAVED = Pattern.compile("power-cut (\\d+) #(\\d+)");

	private static final int SAVES_BEFORE_THE_CUT = 20;

	private final HttpClient client = BenchSession.newClient();

	@TempDir
	Path temporary;

	@Test
	void everySaveAcknowledgedBeforeAPowerCutIsThereAfterIt() throws Exception {
		Path directory = this.temporary.resolve("app");
		Path database = directory.resolve("postgres");
		String[] arguments = { "--ledger.embedded-db.directory=" + database, "--logging.level.root=WARN" };
		List<Writer> writers;
		AtomicIntegerArray acknowledged;
		ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
		try (ApplicationProcess app = ApplicationProcess.fromClasspath(directory, Map.of(), arguments)) {
			app.awaitUp(Duration.ofSeconds(120));
			writers = editableReports(app.base(), "mzj", "wjw");
			assertThat(writers).as("reports the demo's liaisons can still save").hasSizeGreaterThanOrEqualTo(2);
			acknowledged = new AtomicIntegerArray(writers.size());
			AtomicBoolean cut = new AtomicBoolean();
			CountDownLatch saved = new CountDownLatch(SAVES_BEFORE_THE_CUT * writers.size());
			List<Thread> threads = new ArrayList<>();
			for (int i = 0; i < writers.size(); i++) {
				int writer = i;
				Thread thread = new Thread(
						() -> keepSaving(app.base(), writers.get(writer), writer, acknowledged, cut, saved, refused));
				thread.start();
				threads.add(thread);
			}
			// the cut comes right after an acknowledgement, when its commit is youngest
			boolean enough = saved.await(60, TimeUnit.SECONDS);
			cut.set(true);
			cutThePower(app, database);
			for (Thread thread : threads) {
				thread.join(30_000);
			}
			assertThat(refused).as("saves refused while the power was on").isEmpty();
			assertThat(enough).as("%d saves acknowledged before the cut", SAVES_BEFORE_THE_CUT * writers.size())
				.isTrue();
		}

		try (ApplicationProcess again = ApplicationProcess.fromClasspath(directory, Map.of(), arguments)) {
			again.awaitUp(Duration.ofSeconds(120));
			for (int i = 0; i < writers.size(); i++) {
				Writer writer = writers.get(i);
				String form = reportForm(BenchSession.login(this.client, again.base(), writer.username(), PASSWORD)
					.get(writer.form())
					.body());
				Matcher saved = SAVED.matcher(form);
				assertThat(saved.find()).as("a save of %s is in %s", writer, form).isTrue();
				assertThat(Integer.parseInt(saved.group(1))).isEqualTo(i);
				assertThat(Integer.parseInt(saved.group(2))).as("the last save of %s", writer)
					// the save under way at the cut may have committed without its answer
					.isBetween(acknowledged.get(i), acknowledged.get(i) + 1);
			}
		}
	}

	/**
	 * The report forms each liaison can still save, one writer each; a form shown
	 * read-only (submitted, accepted) is left out.
	 */
	private List<Writer> editableReports(String base, String... usernames) throws Exception {
		Map<String, Writer> writers = new LinkedHashMap<>();
		for (String username : usernames) {
			BenchSession session = BenchSession.login(this.client, base, username, PASSWORD);
			Matcher links = REPORT_LINK.matcher(session.get("/reports").body());
			while (links.find()) {
				String form = reportForm(session.get(links.group(1)).body());
				if (!form.isEmpty() && !form.contains("<fieldset disabled")) {
					writers.putIfAbsent(username + links.group(1), new Writer(username, links.group(1)));
				}
			}
		}
		return List.copyOf(writers.values());
	}

	/**
	 * One liaison's browser: opens its report form and saves it again and again, each
	 * save numbered, until the power goes.
	 */
	private void keepSaving(String base, Writer writer, int index, AtomicIntegerArray acknowledged, AtomicBoolean cut,
			CountDownLatch saved, ConcurrentLinkedQueue<String> refused) {
		try {
			BenchSession session = BenchSession.login(this.client, base, writer.username(), PASSWORD);
			for (int n = 1;; n++) {
				String form = reportForm(session.get(writer.form()).body());
				Map<String, String> fields = new LinkedHashMap<>();
				fields.put("_csrf", BenchSession.find(BenchSession.CSRF, form));
				fields.put("_formToken", BenchSession.find(FORM_TOKEN, form));
				fields.put("version", BenchSession.find(VERSION, form));
				fields.put("action", "draft");
				fields.put("progress", "power-cut " + index + " #" + n);
				fields.put("status", "IN_PROGRESS");
				HttpResponse<String> answer = session.post(writer.form(), BenchSession.form(fields));
				if (answer.statusCode() == 302
						&& answer.headers().firstValue("Location").orElse("").endsWith(writer.form())) {
					acknowledged.set(index, n);
					saved.countDown();
				}
				else {
					refused.add(writer + " save " + n + ": " + answer.statusCode());
					return;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (!cut.get()) {
				refused.add(writer + ": " + ex);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * SIGKILL to every process of the database (its WAL writer and backends first, so
	 * that none writes out what it holds), then to the postmaster and the application, as
	 * a power cut leaves them: no shutdown hook, no checkpoint.
	 */
	private static void cutThePower(ApplicationProcess app, Path database) throws Exception {
		long pid = Long.parseLong(Files.readAllLines(database.resolve("postmaster.pid")).get(0).strip());
		ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
		List<ProcessHandle> backends = postmaster.descendants().toList();
		backends.forEach(ProcessHandle::destroyForcibly);
		postmaster.destroyForcibly();
		app.kill();
		postmaster.onExit().join();
		backends.forEach((backend) -> backend.onExit().join());
	}

	private static String reportForm(String page) {
		int start = page.indexOf("id=\"report-form\"");
		return (start < 0) ? "" : page.substring(start, page.indexOf("</form>", start));
	}

	private record Writer(String username, String form) {
	}

}
