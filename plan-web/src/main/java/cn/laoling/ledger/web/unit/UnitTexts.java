package cn.laoling.ledger.web.unit;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.laoling.ledger.unit.UnitReferences;

/**
 * The words for what refers to a unit, from {@code messages.properties}: the same for a
 * refused delete, the merge page and the audit log.
 */
@Component
class UnitTexts {

	private final MessageSource messages;

	UnitTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** One phrase per kind, e.g. {@code 3项任务（牵头或责任单位）}. */
	List<String> phrases(UnitReferences references) {
		return references.counts()
			.entrySet()
			.stream()
			.map((e) -> message("unit.referrer." + e.getKey().name(), e.getValue()))
			.toList();
	}

	/** For the records both units have: how the merge treats each kind. */
	List<String> sharedPhrases(UnitReferences shared, String kept) {
		return shared.counts()
			.entrySet()
			.stream()
			.map((e) -> message("unit.merge.shared." + e.getKey().name(), e.getValue(), kept))
			.toList();
	}

	String stillReferenced(String unit, UnitReferences references) {
		return message("unit.delete.referenced", unit, list(phrases(references)));
	}

	String merged(String merged, String kept, UnitReferences moved, List<String> aliases) {
		String records = moved.none() ? message("unit.merge.audit.nothing") : list(phrases(moved));
		return message("unit.merge.audit", merged, kept, records, list(aliases));
	}

	String list(List<String> items) {
		return items.stream().collect(Collectors.joining(message("list.separator")));
	}

	String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

}
