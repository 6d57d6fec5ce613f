package cn.laoling.ledger.web.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.laoling.ledger.web.bench.BenchSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kept page asked for by many at once over real HTTP is rendered once, and the
 * application's meter registry counts it: one miss, the others hits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeptPagesOverHttpTest {

	private static final int AT_ONCE = 8;

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry registry;

	@Test
	void anOverviewAskedForByEightAtOnceIsRenderedOnce() throws Exception {
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		BenchSession office = BenchSession.login(http, "http://localhost:" + this.port, "office", "Demo@2026");
		// a year no test has asked for: a body not kept yet
		String path = "/overview?year=" + ThreadLocalRandom.current().nextInt(3000, 9000);
		double misses = gets("miss");
		double hits = gets("hit");

		CyclicBarrier together = new CyclicBarrier(AT_ONCE);
		ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < AT_ONCE; i++) {
				answers.add(threads.submit(() -> {
					together.await();
					return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
						.header("Cookie", office.cookie())
						.build(), HttpResponse.BodyHandlers.ofString());
				}));
			}
			List<String> bodies = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : answers) {
				HttpResponse<String> page = answer.get(60, TimeUnit.SECONDS);
				assertThat(page.statusCode()).isEqualTo(200);
				bodies.add(KeptBody.of(page.body()));
			}
			assertThat(bodies).as("all see the same body").containsOnly(bodies.get(0));
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(gets("miss") - misses).as("rendered once").isEqualTo(1);
		assertThat(gets("hit") - hits).as("the others waited for it").isEqualTo(AT_ONCE - 1);
	}

	private double gets(String result) {
		return this.registry.get("cache.gets")
			.tag("cache", KeptPages.NAME)
			.tag("result", result)
			.functionCounter()
			.count();
	}

}
