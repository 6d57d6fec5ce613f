package cn.laoling.ledger.web.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lists of names as offices type them. In a task, units are separated by {@code 、，；} or
 * spaces ({@code 区卫健委、各街镇}), yet a collective name may itself hold a {@code 、}
 * ({@code 各县、市、区政府}): the longest run of pieces that names a known unit wins.
 */
public final class Names {

	private static final String SEPARATORS = "[、，,；;\\s]+";

	private static final String LINE_SEPARATORS = "[\\r\\n，,；;]+";

	private Names() {
	}

	/** The names in a text, resolved with the longest known name first. */
	public static <T> Resolved<T> resolve(String text, Function<String, Optional<T>> lookup) {
		List<String> pieces = pieces(text, SEPARATORS);
		List<T> found = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		int start = 0;
		while (start < pieces.size()) {
			int end = pieces.size();
			Optional<T> match = Optional.empty();
			while (end > start && match.isEmpty()) {
				match = lookup.apply(String.join("、", pieces.subList(start, end)));
				if (match.isEmpty()) {
					end--;
				}
			}
			if (match.isPresent()) {
				found.add(match.get());
				start = end;
			}
			else {
				unknown.add(pieces.get(start));
				start++;
			}
		}
		return new Resolved<>(found, unknown);
	}

	/**
	 * Names one to a line (or separated by {@code ，；}), which may themselves hold
	 * {@code 、}.
	 */
	public static List<String> lines(String text) {
		return pieces(text, LINE_SEPARATORS);
	}

	public static String join(List<String> names) {
		return String.join("、", names);
	}

	public static String joinLines(List<String> names) {
		return String.join("\n", names);
	}

	private static List<String> pieces(String text, String separators) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.strip().split(separators)).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	/** What a list of names resolved to, and the names that match nothing. */
	public record Resolved<T>(List<T> found, List<String> unknown) {

	}

}
