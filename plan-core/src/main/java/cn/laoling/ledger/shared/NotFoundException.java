package cn.laoling.ledger.shared;

/**
 * The thing asked for does not exist, or is not visible to the one asking (both look the
 * same from outside, so that ids of other regions and units cannot be probed).
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

}
