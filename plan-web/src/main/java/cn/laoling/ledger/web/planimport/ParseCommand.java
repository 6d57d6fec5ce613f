package cn.laoling.ledger.web.planimport;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import cn.laoling.ledger.plan.document.PlanDocumentParser;

/**
 * {@code java -jar plan-web.jar parse FILE...}: prints each file's parse as one line of
 * JSON, without a web server or a database.
 */
public final class ParseCommand {

	public static final String NAME = "parse";

	private final PrintStream out;

	private final PrintStream err;

	public ParseCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * @return the exit status: 0 when every file was read, 1 otherwise
	 */
	public int run(List<String> files) {
		silenceLogging();
		ParseTexts texts = ParseTexts.standalone();
		JsonMapper json = JsonMapper.builder().build();
		if (files.isEmpty()) {
			this.err.println(texts.message("cli.parse.usage"));
			return 2;
		}
		int status = 0;
		for (String file : files) {
			try {
				String text = DocumentText.read(Files.readAllBytes(Path.of(file)));
				this.out.println(json.writeValueAsString(ParseJson.of(file, PlanDocumentParser.parse(text), texts)));
			}
			catch (IOException ex) {
				this.err.println(file + ": " + texts.message("cli.parse.unreadable"));
				status = 1;
			}
			catch (UnreadableDocument ex) {
				this.err.println(file + ": " + texts.message(ex.code()));
				status = 1;
			}
		}
		this.out.flush();
		return status;
	}

	/** Logging would go to standard output, which carries a command's result. */
	public static void silenceLogging() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
			context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
		}
	}

}
