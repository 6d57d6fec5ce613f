package cn.laoling.ledger.web.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import cn.laoling.ledger.plan.document.ParseWarning;

/**
 * The words users read for the parser's warnings and for why a document is not a plan.
 */
public final class ParseTexts {

	private final MessageSource messages;

	private final Locale locale;

	public ParseTexts(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** Without an application context, for the command line. */
	static ParseTexts standalone() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return new ParseTexts(source, Locale.SIMPLIFIED_CHINESE);
	}

	public String warning(ParseWarning warning) {
		List<Object> arguments = new ArrayList<>();
		if (warning.taskNumber() != null) {
			arguments.add(warning.taskNumber());
		}
		arguments.addAll(warning.arguments());
		return this.messages.getMessage("parse.warning." + warning.code(), arguments.toArray(), this.locale);
	}

	public String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, this.locale);
	}

	public String notPlanReason(List<String> reasons) {
		List<String> texts = reasons.stream()
			.map((r) -> this.messages.getMessage("parse.notPlan." + r, null, this.locale))
			.toList();
		return String.join("；", texts);
	}

}
