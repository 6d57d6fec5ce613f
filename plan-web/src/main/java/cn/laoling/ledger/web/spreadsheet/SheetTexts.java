package cn.laoling.ledger.web.spreadsheet;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.TaskStatus;

/** The words of a ledger spreadsheet: its title, notes, column names and cell texts. */
public final class SheetTexts {

	private final MessageSource messages;

	private final Locale locale;

	public SheetTexts(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** Without an application context, for the command line. */
	public static SheetTexts standalone() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return new SheetTexts(source, Locale.SIMPLIFIED_CHINESE);
	}

	public MessageSource messages() {
		return this.messages;
	}

	public String header(LedgerColumn column) {
		return message("sheet.column." + column);
	}

	/** The column's name and the other names offices give it, the name first. */
	public List<String> names(LedgerColumn column) {
		String synonyms = this.messages.getMessage("sheet.column." + column + ".synonyms", null, "", this.locale);
		return Stream.concat(Stream.of(header(column)), Arrays.stream(synonyms.split("[,，]")))
			.map(String::strip)
			.filter((s) -> !s.isEmpty())
			.toList();
	}

	public String title(String planTitle) {
		return message("sheet.title", planTitle);
	}

	public String period(LocalDate start, LocalDate end) {
		return message("sheet.period", start, end);
	}

	public String status(TaskStatus status) {
		return message("task.status." + status);
	}

	/** A written deadline in the plan's words; an implied one as the period end. */
	public String deadline(Deadline deadline) {
		return deadline.implied() ? message("task.deadline.implied", deadline.date().toString()) : deadline.wording();
	}

	public String units(List<String> names) {
		return String.join(message("list.separator"), names);
	}

	public String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, this.locale);
	}

}
