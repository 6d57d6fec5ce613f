package cn.laoling.ledger.web.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class KeptPagesTest {

	private final KeptPages kept = new KeptPages(10, Runnable::run);

	@Test
	void aBodyAskedForByManyAtOnceIsRenderedOnceAndAllGetIt() throws Exception {
		KeptPages pages = new KeptPages(KeptPages.BUDGET, Runnable::run);
		int requests = 12;
		CyclicBarrier together = new CyclicBarrier(requests);
		AtomicInteger renders = new AtomicInteger();
		Supplier<byte[]> slowRender = () -> {
			renders.incrementAndGet();
			sleep(200);
			return "<p>overview</p>".getBytes(StandardCharsets.UTF_8);
		};
		ExecutorService threads = Executors.newFixedThreadPool(requests);
		try {
			List<Future<byte[]>> bodies = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				bodies.add(threads.submit(() -> {
					together.await();
					return pages.get("overview/overview :: #content", "2026-12-06|office", slowRender);
				}));
			}
			for (Future<byte[]> body : bodies) {
				assertThat(new String(body.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8))
					.isEqualTo("<p>overview</p>");
			}
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(renders).as("rendered once for all twelve").hasValue(1);
		assertThat(pages.stats().missCount()).isOne();
		assertThat(pages.stats().hitCount()).isEqualTo(requests - 1);
	}

	@Test
	void theBodiesKeptStayWithinTheirBytesAndOneLargerThanAllIsShownButNotKept() {
		AtomicInteger renders = new AtomicInteger();
		for (String key : List.of("a", "b", "c", "a", "b", "c")) {
			this.kept.get("page", key, counting(renders, 4));
			assertThat(this.kept.weight()).as("bytes kept").isLessThanOrEqualTo(10);
		}
		assertThat(renders).as("some bodies rendered again, not all six").hasValueBetween(4, 5);

		assertThat(this.kept.get("page", "huge", counting(renders, 11))).hasSize(11);
		this.kept.get("page", "huge", counting(renders, 11));
		assertThat(this.kept.weight()).isLessThanOrEqualTo(10);
		assertThat(renders).as("rendered again each time").hasValueBetween(6, 7);
	}

	@Test
	void aRenderingThatFailsIsNotKept() {
		assertThatIllegalStateException().isThrownBy(() -> this.kept.get("page", "a", () -> {
			throw new IllegalStateException("Rendering failed");
		}));

		AtomicInteger renders = new AtomicInteger();
		assertThat(this.kept.get("page", "a", counting(renders, 4))).hasSize(4);
		assertThat(renders).hasValue(1);
	}

	@Test
	void theHitRateIsOnTheMetricsAsTheCacheLedgerPages() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		this.kept.bindTo(registry);
		AtomicInteger renders = new AtomicInteger();

		this.kept.get("page", "a", counting(renders, 4));
		this.kept.get("page", "a", counting(renders, 4));
		this.kept.get("page", "a", counting(renders, 4));

		assertThat(
				registry.get("cache.gets").tag("cache", "ledger.pages").tag("result", "hit").functionCounter().count())
			.isEqualTo(2);
		assertThat(
				registry.get("cache.gets").tag("cache", "ledger.pages").tag("result", "miss").functionCounter().count())
			.isEqualTo(1);
	}

	private static Supplier<byte[]> counting(AtomicInteger renders, int size) {
		return () -> {
			renders.incrementAndGet();
			return new byte[size];
		};
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
