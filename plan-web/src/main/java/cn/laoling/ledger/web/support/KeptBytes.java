package cn.laoling.ledger.web.support;

import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * Byte arrays kept by key up to a total size: the least recently used go first, so that a
 * few large pages (an all-plans overview is about a megabyte) cannot crowd the memory.
 */
final class KeptBytes {

	private final long budget;

	private final LinkedHashMap<String, byte[]> kept = new LinkedHashMap<>(64, 0.75f, true);

	private long size;

	KeptBytes(long budget) {
		this.budget = budget;
	}

	synchronized byte[] get(String key) {
		return this.kept.get(key);
	}

	synchronized void put(String key, byte[] value) {
		byte[] replaced = this.kept.put(key, value);
		this.size += value.length - ((replaced != null) ? replaced.length : 0);
		Iterator<byte[]> eldest = this.kept.values().iterator();
		while (this.size > this.budget && eldest.hasNext()) {
			this.size -= eldest.next().length;
			eldest.remove();
		}
	}

	synchronized long size() {
		return this.size;
	}

}
