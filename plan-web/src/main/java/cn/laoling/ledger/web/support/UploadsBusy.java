package cn.laoling.ledger.web.support;

/**
 * Every slot for reading uploads stayed taken while this upload waited; it changed
 * nothing and may be sent again.
 */
public class UploadsBusy extends RuntimeException {

	UploadsBusy() {
		super("every upload slot is taken");
	}

}
