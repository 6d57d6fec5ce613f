package cn.laoling.ledger.web;

import java.util.HexFormat;

/** Tiny real files for upload tests. */
public final class TestImages {

	/** A 1×1 PNG. */
	public static final byte[] PNG = HexFormat.of()
		.parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000"
				+ "0500010d0a2db40000000049454e44ae426082");

	private TestImages() {
	}

}
