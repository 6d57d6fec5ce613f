package cn.laoling.ledger.web.support;

import java.util.Arrays;
import java.util.List;

/** Lists of names as offices type them: {@code 区卫健委、各街镇}. */
public final class Names {

	private static final String SEPARATORS = "[、，,；;\\s]+";

	private Names() {
	}

	public static List<String> split(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.strip().split(SEPARATORS)).filter((s) -> !s.isBlank()).distinct().toList();
	}

	public static String join(List<String> names) {
		return String.join("、", names);
	}

}
