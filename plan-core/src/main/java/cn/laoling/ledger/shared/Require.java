package cn.laoling.ledger.shared;

import java.util.Objects;

/**
 * Argument checks for value objects, with messages that name the argument.
 */
public final class Require {

	private Require() {
	}

	public static <T> T present(T value, String name) {
		return Objects.requireNonNull(value, () -> name + " must be given");
	}

	public static String text(String value, String name, int maxLength) {
		present(value, name);
		String trimmed = value.strip();
		if (trimmed.isEmpty()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		if (trimmed.length() > maxLength) {
			throw new IllegalArgumentException(
					name + " must have at most " + maxLength + " characters, was " + trimmed.length());
		}
		return trimmed;
	}

	public static String optionalText(String value, String name, int maxLength) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return text(value, name, maxLength);
	}

	/** An id: zero and negative numbers name no record. */
	public static long positive(long value, String name) {
		if (value <= 0) {
			throw new ImpossibleIdException(name, value);
		}
		return value;
	}

}
