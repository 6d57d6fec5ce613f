package cn.laoling.ledger.web.support;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many uploaded files are read at once: reading a .docx or .xlsx takes several times
 * its size in memory, so a burst of uploads waits here for a slot instead of exhausting
 * the heap. An upload that finds no slot within {@link #WAIT} is refused with
 * {@link UploadsBusy}, to be sent again.
 */
public final class UploadSlots {

	/** Files read at once, in the whole application (the machine has two cores). */
	public static final int PARALLEL = 2;

	public static final Duration WAIT = Duration.ofSeconds(3);

	private static final Semaphore SLOTS = new Semaphore(PARALLEL, true);

	private UploadSlots() {
	}

	/** What reads an uploaded file. */
	@FunctionalInterface
	public interface Reading<T, E extends Exception> {

		T read() throws E;

	}

	/**
	 * Reads the file in a slot.
	 * @throws UploadsBusy when no slot frees in time
	 */
	public static <T, E extends Exception> T read(Reading<T, E> reading) throws E {
		try {
			if (!SLOTS.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new UploadsBusy();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new UploadsBusy();
		}
		try {
			return reading.read();
		}
		finally {
			SLOTS.release();
		}
	}

}
