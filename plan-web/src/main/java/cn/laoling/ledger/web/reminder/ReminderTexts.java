package cn.laoling.ledger.web.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.Quotas;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetSplit;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.reminder.ReminderItem;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriodId;
import cn.laoling.ledger.shared.NumberText;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.web.support.ShortText;

/** The words of a reminder: a title, and one line per item, as the unit reads them. */
@Component
class ReminderTexts {

	private final MessageSource messages;

	private final Quotas quotas;

	ReminderTexts(MessageSource messages, Quotas quotas) {
		this.messages = messages;
		this.quotas = quotas;
	}

	record Message(String title, String body) {
	}

	/** One message for the items, grouped under their plans. */
	Message of(Map<PlanId, Plan> plans, List<ReminderItem> items, Map<TaskId, Task> tasks,
			Map<ReportingPeriodId, ReportingPeriod> periods, LocalDate day) {
		Map<PlanId, List<String>> lines = new LinkedHashMap<>();
		Map<TaskId, List<TargetSplit>> splits = this.quotas.ofTasks(items.stream().map(ReminderItem::task).toList());
		for (ReminderItem item : items) {
			Task task = tasks.get(item.task());
			String text = ShortText.of(task.text());
			String quarter = (item.period() == null) ? "" : message("quarter.label",
					periods.get(item.period()).quarter().year(), periods.get(item.period()).quarter().number());
			lines.computeIfAbsent(task.planId(), (id) -> new ArrayList<>())
				.add(message("reminder.item." + item.kind(), task.number().value(), text, quarter,
						item.due().toString()) + quotaOf(task, splits.getOrDefault(task.id(), List.of()), item.unit()));
		}
		String body = lines.entrySet()
			.stream()
			.map((e) -> message("reminder.body", plans.get(e.getKey()).title(), String.join("\n", e.getValue())))
			.collect(Collectors.joining("\n\n"));
		return new Message(message("reminder.title", items.size(), day.toString()), body);
	}

	/** The unit's own share of the task's split targets (指标分解), to be reminded of. */
	private String quotaOf(Task task, List<TargetSplit> splits, UnitId unit) {
		List<String> shares = new ArrayList<>();
		for (TargetSplit split : TargetSplit.applying(splits, task.targets())) {
			Target target = task.targets().get(split.target());
			split.quotaOf(unit)
				.ifPresent(
						(amount) -> shares.add(target.counted() + NumberText.of(amount) + target.measure().symbol()));
		}
		return shares.isEmpty() ? "" : message("reminder.item.quota", String.join(message("list.separator"), shares));
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

}
