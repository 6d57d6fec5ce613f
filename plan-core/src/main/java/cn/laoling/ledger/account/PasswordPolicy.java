package cn.laoling.ledger.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The password rules of 等保 level 3: at least 8 characters, three of the four classes
 * (upper case, lower case, digit, symbol), not the username. Long passphrases are
 * welcome; whether a password was used recently needs the hashes and is checked where
 * they are.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	public static final int MAX_LENGTH = 128;

	public static final int REQUIRED_CLASSES = 3;

	private PasswordPolicy() {
	}

	public static List<PasswordProblem> check(String username, String candidate) {
		List<PasswordProblem> problems = new ArrayList<>();
		String password = (candidate != null) ? candidate : "";
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			problems.add(PasswordProblem.TOO_SHORT);
		}
		if (length > MAX_LENGTH) {
			problems.add(PasswordProblem.TOO_LONG);
		}
		if (classesIn(password) < REQUIRED_CLASSES) {
			problems.add(PasswordProblem.TOO_FEW_CHARACTER_CLASSES);
		}
		if (username != null && !username.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
			problems.add(PasswordProblem.CONTAINS_USERNAME);
		}
		return problems;
	}

	private static int classesIn(String password) {
		boolean upper = false;
		boolean lower = false;
		boolean digit = false;
		boolean symbol = false;
		for (int c : password.codePoints().toArray()) {
			if (Character.isUpperCase(c)) {
				upper = true;
			}
			else if (Character.isLowerCase(c)) {
				lower = true;
			}
			else if (Character.isDigit(c)) {
				digit = true;
			}
			else {
				symbol = true;
			}
		}
		return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
	}

}
