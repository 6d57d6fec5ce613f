package cn.laoling.ledger.shared;

/**
 * Someone else changed the aggregate after it was read: the edit is refused rather than
 * silently overwriting their change.
 */
public class StaleEditException extends RuntimeException {

	private final String aggregate;

	private final Object id;

	public StaleEditException(String aggregate, Object id, long expectedVersion, long actualVersion) {
		super(aggregate + " " + id + " was changed by someone else (edited version " + expectedVersion
				+ ", current version " + actualVersion + ")");
		this.aggregate = aggregate;
		this.id = id;
	}

	public StaleEditException(String aggregate, Object id, Throwable cause) {
		super(aggregate + " " + id + " was changed by someone else", cause);
		this.aggregate = aggregate;
		this.id = id;
	}

	public String aggregate() {
		return this.aggregate;
	}

	public Object id() {
		return this.id;
	}

}
