package cn.laoling.ledger.plan.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real documents in the repository's {@code seeds/}. */
final class Seeds {

	private Seeds() {
	}

	static String read(String prefix) {
		try (var files = Files.list(Path.of("..", "seeds"))) {
			Path file = files.filter((f) -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static PlanParse parse(String prefix) {
		return PlanDocumentParser.parse(read(prefix));
	}

}
