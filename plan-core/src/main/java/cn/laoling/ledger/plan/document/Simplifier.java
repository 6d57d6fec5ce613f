package cn.laoling.ledger.plan.document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Traditional to simplified Chinese, character by character, so that a simplified text
 * lines up with its original: what is found in one is at the same place in the other.
 */
public final class Simplifier {

	private static final char[] TABLE = load();

	private Simplifier() {
	}

	public static String simplify(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			char mapped = TABLE[chars[i]];
			if (mapped != 0) {
				chars[i] = mapped;
			}
		}
		return new String(chars);
	}

	private static char[] load() {
		char[] table = new char[Character.MAX_VALUE + 1];
		InputStream in = Simplifier.class.getResourceAsStream("traditional-simplified.txt");
		if (in == null) {
			throw new IllegalStateException("traditional-simplified.txt is missing from the classpath");
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.length() == 2 && !line.startsWith("#")) {
					table[line.charAt(0)] = line.charAt(1);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return table;
	}

}
