package cn.laoling.ledger.web.task;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.notification.NotificationKind;
import cn.laoling.ledger.notification.Recipient;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetYears;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.plan.YearShare;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.shared.NumberText;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.web.audit.AuditTrail;
import cn.laoling.ledger.web.notification.NotificationService;
import cn.laoling.ledger.web.plan.LedgerService;
import cn.laoling.ledger.web.plan.TaskRows;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.ShortText;
import cn.laoling.ledger.web.support.TargetText;

/**
 * 年度分解: the office divides a multi-year target into each year's share; what a closed year
 * carried into a later one stays.
 */
@Service
@Transactional
@PreAuthorize("hasRole('OFFICE')")
public class YearsService {

	private final Tasks tasks;

	private final LedgerService ledger;

	private final TaskRows rows;

	private final TargetText targetText;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final NotificationService notifications;

	YearsService(Tasks tasks, LedgerService ledger, TaskRows rows, TargetText targetText, AuditTrail audit,
			MessageSource messages, NotificationService notifications) {
		this.notifications = notifications;
		this.messages = messages;
		this.tasks = tasks;
		this.ledger = ledger;
		this.rows = rows;
		this.targetText = targetText;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public YearsPage page(Viewer viewer, TaskId taskId, int position) {
		Scope scope = scope(viewer, taskId, position);
		Target target = scope.task().targets().get(position);
		Optional<TargetYears> years = scope.task().yearsOf(position);
		List<BigDecimal> carried = new ArrayList<>();
		for (int year : scope.years()) {
			carried.add(years.flatMap((y) -> y.in(year)).map(YearShare::carried).orElse(BigDecimal.ZERO));
		}
		return new YearsPage(this.rows.of(scope.task(), viewer), this.ledger.summaryOf(scope.plan()), position,
				this.targetText.of(target), target.measure().symbol(), target.value().goal(), carried);
	}

	@Transactional(readOnly = true)
	public YearsForm form(Viewer viewer, TaskId taskId, int position) {
		Scope scope = scope(viewer, taskId, position);
		Optional<TargetYears> years = scope.task().yearsOf(position);
		YearsForm form = new YearsForm();
		form.setVersion(scope.task().version());
		for (int year : scope.years()) {
			form.getLines()
				.add(new YearsForm.Line(year, years.flatMap((y) -> y.in(year)).map(YearShare::planned).orElse(null)));
		}
		return form;
	}

	/**
	 * Saves the years' shares as typed.
	 * @throws StaleEditException when the task changed since the form was opened
	 */
	public void save(Viewer viewer, TaskId taskId, int position, YearsForm form) {
		Scope scope = scope(viewer, taskId, position);
		Task task = scope.task();
		if (task.version() != form.getVersion()) {
			throw new StaleEditException("task", taskId.value(), form.getVersion(), task.version());
		}
		Map<Integer, BigDecimal> planned = new LinkedHashMap<>();
		form.getLines().forEach((line) -> planned.put(line.getYear(), line.getAmount()));
		Optional<TargetYears> before = task.yearsOf(position);
		TargetYears after = TargetYears.of(task, scope.plan().period(), position, planned, before);
		task.divideByYear(after);
		this.tasks.save(task);
		Target target = task.targets().get(position);
		this.audit.change(AuditType.YEARS_CHANGED, this.audit.names().task(task, scope.plan().title()),
				this.audit.changes()
					.field("years.split", written(before.orElse(null), target), written(after, target))
					.toString());
		this.notifications.announce(Recipient.unit(task.leadUnits().get(0)), NotificationKind.QUOTA,
				"/tasks/" + task.id().value(), "handoff.years", task.number().value(), ShortText.of(task.text()),
				scope.plan().title(), target.counted(), written(after, target));
	}

	private String written(TargetYears years, Target target) {
		if (years == null || years.years().isEmpty()) {
			return "";
		}
		List<String> shares = new ArrayList<>();
		years.years()
			.forEach((y) -> shares
				.add(message("years.audit.share", y.year(), NumberText.of(y.planned()) + target.measure().symbol())));
		return String.join(message("list.separator"), shares);
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

	private Scope scope(Viewer viewer, TaskId taskId, int position) {
		Task task = this.ledger.visibleTask(viewer, taskId);
		Plan plan = this.ledger.visiblePlan(viewer, task.planId());
		if (position < 0 || position >= task.targets().size() || !TargetYears.isDivisible(task.targets().get(position))
				|| plan.period().start().getYear() == plan.period().end().getYear()) {
			throw new NotFoundException("target", position);
		}
		List<Integer> years = new ArrayList<>();
		for (int y = plan.period().start().getYear(); y <= plan.period().end().getYear(); y++) {
			years.add(y);
		}
		return new Scope(task, plan, years);
	}

	private record Scope(Task task, Plan plan, List<Integer> years) {
	}

}
