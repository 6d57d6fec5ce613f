package cn.laoling.ledger.web.report;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.report.Evidence;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.web.ScratchData;
import cn.laoling.ledger.web.TestImages;
import cn.laoling.ledger.web.bench.BenchSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence files attacked over real HTTP: parallel uploads released together against the
 * per-report limit, and a file that is two kinds at once named as the more dangerous one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvidenceUploadAttackTest {

	/** A GIF header followed by markup: a browser sniffing it would run the script. */
	private static final byte[] POLYGLOT = "GIF89a/*<html><body><script>alert(document.cookie)</script></body></html>*/"
		.getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	ScratchData scratch;

	@Autowired
	ReportingPeriods periods;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void parallelUploadsToOneReportStopAtTwentyFiles() throws Exception {
		String form = formOf(this.scratch.task("区卫健委", "佐证材料并发上传测试"));
		BenchSession liaison = BenchSession.login(this.http, "http://localhost:" + this.port, "wjw", "Demo@2026");
		String csrf = liaison.csrf(form);
		assertThat(liaison.upload(form + "/evidence", csrf, "第1张.png", TestImages.PNG).statusCode()).isEqualTo(302);
		int parallel = 25;
		CyclicBarrier together = new CyclicBarrier(parallel);
		ExecutorService pool = Executors.newFixedThreadPool(parallel);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < parallel; i++) {
				String name = "并发" + i + ".png";
				answers.add(pool.submit(() -> {
					together.await();
					return liaison.upload(form + "/evidence", csrf, name, TestImages.PNG);
				}));
			}
			for (Future<HttpResponse<String>> answer : answers) {
				assertThat(answer.get().statusCode()).as("every upload answered by a redirect to its page")
					.isEqualTo(302);
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(kept(form)).isEqualTo(Evidence.MAX_PER_REPORT);
		assertThat(liaison.upload(form + "/evidence", csrf, "再一张.png", TestImages.PNG, "HX-Request", "true").body())
			.contains("每份报送最多上传 20 个佐证材料。");
		assertThat(kept(form)).isEqualTo(Evidence.MAX_PER_REPORT);
	}

	private Integer kept(String form) {
		return this.jdbc.queryForObject("""
				select count(*) from report_evidence e join report r on r.id = e.report_id
				where r.task_id = ?""", Integer.class, Long.parseLong(form.split("/")[2]));
	}

	@Test
	void aPolyglotNamedHtmlIsKeptAndServedAsTheGifItsContentIs() throws Exception {
		String form = formOf(this.scratch.task("区卫健委", "佐证材料类型测试"));
		BenchSession liaison = BenchSession.login(this.http, "http://localhost:" + this.port, "wjw", "Demo@2026");

		liaison.upload(form + "/evidence", liaison.csrf(form), "report.html", POLYGLOT);

		String page = liaison.get(form).body();
		assertThat(page).contains("report.gif").doesNotContain("report.html");
		String link = page.replaceAll("(?s).*href=\"(" + form + "/evidence/\\d+)\".*", "$1");
		HttpResponse<byte[]> download = liaison.fetch(link);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				(d) -> assertThat(d).startsWith("attachment").contains("report.gif").doesNotContain("html"));
		assertThat(download.headers().firstValue("Content-Type")).hasValue("image/gif");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(download.body()).isEqualTo(POLYGLOT);
	}

	private String formOf(Task task) {
		Quarter now = Quarter.of(LocalDate.now(ZoneId.of("Asia/Shanghai")));
		long period = this.periods.forPlan(task.planId())
			.stream()
			.filter((p) -> p.quarter().equals(now))
			.findFirst()
			.orElseThrow()
			.id()
			.value();
		return "/tasks/" + task.id().value() + "/reports/" + period;
	}

}
