package cn.laoling.ledger.web.planimport;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.Recurrence;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetValue;
import cn.laoling.ledger.plan.document.ParsedTask;
import cn.laoling.ledger.plan.document.PlanParse;
import cn.laoling.ledger.shared.NumberText;

/** A parse in the shape the {@code parse} command prints, ready for a JSON writer. */
final class ParseJson {

	private ParseJson() {
	}

	static Map<String, Object> of(String file, PlanParse parse, ParseTexts texts) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("file", file);
		json.put("isPlan", parse.isPlan());
		json.put("kind", parse.kind().name());
		json.put("notPlanReason", parse.isPlan() ? null : texts.notPlanReason(parse.notPlanReasons()));
		json.put("title", parse.title());
		json.put("docNumber", parse.documentNumber());
		json.put("issuer", parse.issuer());
		json.put("issueDate", (parse.issueDate() != null) ? parse.issueDate().toString() : null);
		Map<String, Object> period = null;
		if (parse.period() != null) {
			period = new LinkedHashMap<>();
			period.put("start", parse.period().start().toString());
			period.put("end", parse.period().end().toString());
		}
		json.put("period", period);
		json.put("sections", parse.sections());
		json.put("tasks", parse.tasks().stream().map((t) -> task(t, parse, texts)).toList());
		json.put("warnings", parse.warnings().stream().map(texts::warning).toList());
		return json;
	}

	private static Map<String, Object> task(ParsedTask task, PlanParse parse, ParseTexts texts) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("number", task.number());
		json.put("path", task.path());
		json.put("text", task.text());
		json.put("simplifiedText", task.simplifiedText());
		json.put("leadUnits", task.leadUnits());
		json.put("responsibleUnits", task.responsibleUnits());
		json.put("targets", task.targets().stream().map(ParseJson::target).toList());
		json.put("deadlines", task.deadlines().stream().map(ParseJson::deadline).toList());
		json.put("warnings", parse.warningsAbout(task).stream().map(texts::warning).toList());
		return json;
	}

	private static Map<String, Object> target(Target target) {
		Map<String, Object> json = new LinkedHashMap<>();
		if (target.value() instanceof TargetValue.Range range) {
			json.put("value", number(range.low()));
			json.put("valueMax", number(range.high()));
		}
		else {
			json.put("value", number(target.value().goal()));
			json.put("valueMax", null);
		}
		json.put("measure", target.measure().symbol());
		json.put("subject", target.counted());
		json.put("comparator", target.comparator().name());
		json.put("recurrence", recurrence(target.recurrence()));
		return json;
	}

	private static Map<String, Object> deadline(Deadline deadline) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("text", deadline.wording());
		json.put("date", deadline.date().toString());
		json.put("implied", deadline.implied());
		return json;
	}

	private static String recurrence(Recurrence recurrence) {
		return switch (recurrence) {
			case ONCE -> "ONCE";
			case PER_YEAR -> "YEARLY";
			case PER_QUARTER -> "QUARTERLY";
		};
	}

	private static Number number(BigDecimal value) {
		BigDecimal plain = NumberText.plain(value);
		return (plain.scale() == 0) ? (Number) plain.longValueExact() : (Number) plain.doubleValue();
	}

}
