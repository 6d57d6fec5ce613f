package cn.laoling.ledger.web.planimport;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ConfigurableApplicationContext;

import cn.laoling.ledger.web.bench.BenchApplication;
import cn.laoling.ledger.web.bench.BenchSession;
import cn.laoling.ledger.web.support.HostilePackages;

/**
 * Six hostile plan documents uploaded at once: each an 18-20 MB .docx whose 14 extra
 * parts inflate to 95 MB each (1.3 GB; {@code -Dparts}, {@code -DpartMegabytes}),
 * compressed about seventy to one, so that POI's own inflate-ratio check lets them
 * through. Prints the process's resident memory and the heap used before, at their peak
 * while the uploads run (sampled every 10 ms) and after, with each upload's answer. Not a
 * test: run it by hand as docs/benchmarks.md says and record the figures there.
 */
public final class HostileUploadBenchmark {

	private static final int UPLOADS = 6;

	/** Parts added to the document, and what each inflates to. */
	private static final int PARTS = Integer.getInteger("parts", 14);

	private static final int PART_MB = Integer.getInteger("partMegabytes", 95);

	private HostileUploadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		byte[] hostile = HostilePackages.expanding(TestFiles.docx("某区老龄工作方案", "一、重点任务", "1.新建老年食堂3个。"), PARTS, PART_MB);
		System.out.printf("hostile .docx: %.1f MB, %d parts inflating to %d MB%n", hostile.length / 1e6, PARTS,
				PARTS * PART_MB);
		Path directory = Path.of("target/hostile-upload-db");
		ConfigurableApplicationContext app = BenchApplication.fresh(directory);
		try {
			int port = BenchApplication.port(app);
			HttpClient client = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(10))
				.build();
			List<BenchSession> sessions = new ArrayList<>();
			for (int i = 0; i < UPLOADS; i++) {
				sessions.add(BenchSession.login(client, "http://127.0.0.1:" + port, "office", "Demo@2026"));
			}
			List<String> tokens = new ArrayList<>();
			for (BenchSession session : sessions) {
				tokens.add(session.csrf("/plans/import"));
			}
			System.gc();
			Thread.sleep(500);
			System.out.printf("before: %s%n", memory());
			Sampler sampler = new Sampler();
			Thread sampling = new Thread(sampler);
			sampling.setDaemon(true);
			sampling.start();
			CyclicBarrier together = new CyclicBarrier(UPLOADS);
			ExecutorService pool = Executors.newFixedThreadPool(UPLOADS);
			long started = System.nanoTime();
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < UPLOADS; i++) {
				BenchSession session = sessions.get(i);
				String token = tokens.get(i);
				answers.add(pool.submit(() -> {
					together.await();
					long at = System.nanoTime();
					HttpResponse<String> answer = session.upload("/plans/import", token, "方案.docx", hostile);
					return String.format("%d %s in %d ms", answer.statusCode(), verdict(answer.body()),
							(System.nanoTime() - at) / 1_000_000);
				}));
			}
			for (Future<String> answer : answers) {
				System.out.println("  " + answer.get());
			}
			pool.shutdown();
			sampler.stop = true;
			sampling.join();
			System.out.printf("all answered in %d ms%n", (System.nanoTime() - started) / 1_000_000);
			System.out.printf("peak: RSS %d MB, heap used %d MB%n", sampler.rss.get() >> 20, sampler.heap.get() >> 20);
			System.gc();
			Thread.sleep(500);
			System.out.printf("after: %s%n", memory());
		}
		finally {
			app.close();
		}
	}

	private static String verdict(String page) {
		if (page.contains("压缩炸弹")) {
			return "refused as a zip bomb";
		}
		if (page.contains("同时上传的文件较多")) {
			return "asked to come again (busy)";
		}
		return page.isEmpty() ? "(no body)" : "(another page)";
	}

	private static String memory() throws IOException {
		MemoryMXBean bean = ManagementFactory.getMemoryMXBean();
		return String.format("RSS %d MB, heap used %d MB (max %d MB)", rss() >> 20,
				bean.getHeapMemoryUsage().getUsed() >> 20, bean.getHeapMemoryUsage().getMax() >> 20);
	}

	private static long rss() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
			}
		}
		return -1;
	}

	private static final class Sampler implements Runnable {

		final AtomicLong rss = new AtomicLong();

		final AtomicLong heap = new AtomicLong();

		volatile boolean stop;

		@Override
		public void run() {
			MemoryMXBean bean = ManagementFactory.getMemoryMXBean();
			while (!this.stop) {
				try {
					this.rss.accumulateAndGet(rss(), Math::max);
					this.heap.accumulateAndGet(bean.getHeapMemoryUsage().getUsed(), Math::max);
					Thread.sleep(10);
				}
				catch (IOException | InterruptedException ex) {
					return;
				}
			}
		}

	}

}
