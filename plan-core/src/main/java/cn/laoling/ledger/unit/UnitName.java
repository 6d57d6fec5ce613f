package cn.laoling.ledger.unit;

import java.util.Optional;

import cn.laoling.ledger.shared.Require;

/**
 * A unit's name as written: the canonical name or an alias ({@code 区卫健委}, {@code 卫健委}).
 * Surrounding blanks and a trailing {@code 等} or {@code 。} are not part of a name.
 */
public record UnitName(String value) {

	public static final int MAX_LENGTH = 60;

	public UnitName {
		value = Require.text(value, "unit name", MAX_LENGTH + 2);
		value = value.replaceAll("[。．.；;，,、]+$", "").replaceAll("等$", "").strip();
		if (value.isEmpty()) {
			throw new IllegalArgumentException("unit name must not be blank");
		}
		if (value.length() > MAX_LENGTH) {
			throw new IllegalArgumentException(
					"unit name must have at most " + MAX_LENGTH + " characters, was " + value.length());
		}
	}

	/**
	 * The name written, or empty when the text cannot be a unit's name (blank, or longer
	 * than any name): such a text names no unit.
	 */
	public static Optional<UnitName> parse(String text) {
		try {
			return Optional.of(new UnitName(text));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
