package cn.laoling.ledger.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.laoling.ledger.account.Role;
import cn.laoling.ledger.audit.AuditBreak;
import cn.laoling.ledger.plan.Comparator;
import cn.laoling.ledger.plan.PlanStatus;
import cn.laoling.ledger.plan.Recurrence;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All UI text comes from messages.properties: none typed into a template, none missing.
 */
class TemplateTextTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern CHINESE = Pattern.compile("[\\u3400-\\u9fff\\uff01-\\uff5e\\u3000-\\u303f]");

	private static final Pattern MESSAGE_KEY = Pattern
		.compile("#\\{([A-Za-z0-9_.]+)[}(]|#messages\\.msg\\('([A-Za-z0-9_.]+)'");

	@Test
	void noTemplateHoldsLiteralChineseText() throws IOException {
		List<String> offending = new ArrayList<>();
		for (Path template : templates()) {
			List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				if (CHINESE.matcher(lines.get(i)).find()) {
					offending.add(TEMPLATES.relativize(template) + ":" + (i + 1) + ": " + lines.get(i).strip());
				}
			}
		}
		assertThat(offending).as("move these texts to messages.properties").isEmpty();
	}

	@Test
	void everyMessageATemplateNamesExists() throws IOException {
		Properties messages = messages();
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
			while (matcher.find()) {
				String key = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
				if (!messages.containsKey(key)) {
					missing.add(TEMPLATES.relativize(template) + ": " + key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyValueShownByNameHasItsMessage() throws IOException {
		Properties messages = messages();
		List<String> keys = new ArrayList<>();
		Stream.of(TaskStatus.values()).forEach((v) -> keys.add("task.status." + v));
		Stream.of(PlanStatus.values()).forEach((v) -> keys.add("plan.status." + v));
		Stream.of(Role.values()).forEach((v) -> keys.add("role." + v));
		Stream.of(AuditBreak.Kind.values()).forEach((v) -> keys.add("audit.break." + v));
		Stream.of(UnitKind.values()).forEach((v) -> keys.add("unit.kind." + v));
		Stream.of(Comparator.values()).forEach((v) -> {
			keys.add("target.comparator." + v);
			keys.add("target.comparator.name." + v);
		});
		Stream.of(Recurrence.values()).forEach((v) -> {
			keys.add("target.recurrence." + v);
			keys.add("target.recurrence.name." + v);
		});
		assertThat(keys).allSatisfy((key) -> assertThat(messages).containsKey(key));
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((p) -> p.toString().endsWith(".html")).toList();
		}
	}

	private static Properties messages() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
