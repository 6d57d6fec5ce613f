package cn.laoling.ledger.web.support;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.stereotype.Component;

/**
 * The bodies of pages kept by {@link RenderedFragments}, in a Caffeine cache weighed by
 * their bytes, so that a few large pages (an all-plans overview is a few hundred KB)
 * cannot crowd the memory; Caffeine keeps what is read often and recently. A body is
 * rendered once however many ask for it at once: the first renders it on its own thread,
 * the others wait for it. Its hits and misses are on the metrics as {@code cache.gets}
 * with {@code cache=ledger.pages}.
 */
@Component
public final class KeptPages implements MeterBinder {

	/** The bytes of the bodies kept, at most. */
	static final long BUDGET = 64L * 1024 * 1024;

	/** The name of the cache on the metrics. */
	static final String NAME = "ledger.pages";

	private final AsyncCache<Key, byte[]> kept;

	KeptPages() {
		this(BUDGET, ForkJoinPool.commonPool());
	}

	/**
	 * A store of the budget given, its evictions run by the executor (a test's own
	 * thread).
	 */
	KeptPages(long budget, Executor executor) {
		this.kept = Caffeine.newBuilder()
			.maximumWeight(budget)
			.weigher((Key key, byte[] body) -> body.length)
			.executor(executor)
			.recordStats()
			.buildAsync();
	}

	/**
	 * The body of the fragment kept under the key, else rendered by this thread and kept;
	 * a request asking while another renders it waits for that one's body.
	 */
	byte[] get(String fragment, String key, Supplier<byte[]> render) {
		CompletableFuture<byte[]> mine = new CompletableFuture<>();
		CompletableFuture<byte[]> body = this.kept.get(new Key(fragment, key), (k, executor) -> mine);
		if (body == mine) {
			try {
				mine.complete(render.get());
			}
			catch (RuntimeException | Error ex) {
				// a failed body is not kept: Caffeine drops a future that failed
				mine.completeExceptionally(ex);
				throw ex;
			}
		}
		try {
			return body.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException failure) ? failure : ex;
		}
	}

	/** The bytes kept now (after pending evictions). */
	long weight() {
		this.kept.synchronous().cleanUp();
		return this.kept.synchronous().policy().eviction().orElseThrow().weightedSize().orElseThrow();
	}

	CacheStats stats() {
		return this.kept.synchronous().stats();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		CaffeineCacheMetrics.monitor(registry, this.kept, NAME);
	}

	/** A fragment of a page and the key naming all it shows. */
	private record Key(String fragment, String key) {
	}

}
