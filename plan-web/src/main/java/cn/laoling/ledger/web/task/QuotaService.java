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
import cn.laoling.ledger.plan.Quota;
import cn.laoling.ledger.plan.Quotas;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetSplit;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.shared.NumberText;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitDirectory;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.audit.AuditTrail;
import cn.laoling.ledger.web.notification.NotificationService;
import cn.laoling.ledger.web.plan.LedgerService;
import cn.laoling.ledger.web.plan.TaskRows;
import cn.laoling.ledger.web.report.Shares;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.spreadsheet.QuotaSheet;
import cn.laoling.ledger.web.support.FormRejection;
import cn.laoling.ledger.web.support.ShortText;
import cn.laoling.ledger.web.support.TargetText;

/**
 * 指标分解: the office splits a task's target among the units that report a part of it, typed
 * or read from a sheet of 单位/数量 into the form first (the preview), and saved at once.
 * Each unit whose share changed is told.
 */
@Service
@Transactional
@PreAuthorize("hasRole('OFFICE')")
public class QuotaService {

	private final Tasks tasks;

	private final Quotas quotas;

	private final Units units;

	private final LedgerService ledger;

	private final TaskRows rows;

	private final TargetText targetText;

	private final AuditTrail audit;

	private final NotificationService notifications;

	private final MessageSource messages;

	private final Shares shares;

	QuotaService(Tasks tasks, Quotas quotas, Units units, LedgerService ledger, TaskRows rows, TargetText targetText,
			AuditTrail audit, NotificationService notifications, MessageSource messages, Shares shares) {
		this.shares = shares;
		this.tasks = tasks;
		this.quotas = quotas;
		this.units = units;
		this.ledger = ledger;
		this.rows = rows;
		this.targetText = targetText;
		this.audit = audit;
		this.notifications = notifications;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public SplitPage page(Viewer viewer, TaskId taskId, int position) {
		Scope scope = scope(viewer, taskId, position);
		Target target = scope.target();
		return new SplitPage(this.rows.of(scope.task(), viewer), this.ledger.summaryOf(scope.plan()), position,
				this.targetText.of(target), target.measure().symbol(), target.value().goal(),
				scope.sharing().stream().map((u) -> new SplitPage.Option(u.value(), scope.names().get(u))).toList(),
				List.of());
	}

	/** The form as the split stands: a line per unit that reports a part. */
	@Transactional(readOnly = true)
	public QuotaForm form(Viewer viewer, TaskId taskId, int position) {
		Scope scope = scope(viewer, taskId, position);
		Optional<TargetSplit> split = TargetSplit.of(this.quotas.of(taskId), position);
		QuotaForm form = new QuotaForm();
		form.setVersion(scope.task().version());
		for (UnitId unit : scope.sharing()) {
			form.getLines().add(new QuotaForm.Line(unit.value(), split.flatMap((s) -> s.quotaOf(unit)).orElse(null)));
		}
		return form;
	}

	/**
	 * A sheet of 单位/数量 read into the form, changing nothing: rows naming a unit that does
	 * not report on the task, or without a number, are the warnings shown with it.
	 * @param form the form as it stood, whose version stays
	 */
	@Transactional(readOnly = true)
	public List<String> fill(Viewer viewer, TaskId taskId, int position, List<QuotaSheet.Entry> entries,
			QuotaForm form) {
		Scope scope = scope(viewer, taskId, position);
		UnitDirectory directory = new UnitDirectory(this.units.findAllIn(List.of(scope.plan().regionId())));
		Map<UnitId, BigDecimal> read = new LinkedHashMap<>();
		List<String> warnings = new ArrayList<>();
		for (QuotaSheet.Entry entry : entries) {
			Optional<Unit> unit = directory.resolve(List.of(entry.unit())).get(entry.unit());
			BigDecimal amount;
			try {
				amount = NumberText.parse(entry.amount());
			}
			catch (NumberFormatException ex) {
				amount = null;
			}
			if (unit == null || unit.isEmpty()) {
				warnings.add(message("quota.sheet.unknown", String.valueOf(entry.row()), entry.unit()));
			}
			else if (!scope.sharing().contains(unit.get().id())) {
				warnings.add(message("quota.sheet.notSharing", String.valueOf(entry.row()), entry.unit()));
			}
			else if (amount == null || amount.signum() < 0) {
				warnings.add(message("quota.sheet.amount", String.valueOf(entry.row()), entry.unit(), entry.amount()));
			}
			else if (read.containsKey(unit.get().id())) {
				warnings.add(message("quota.sheet.twice", String.valueOf(entry.row()), entry.unit()));
			}
			else {
				read.put(unit.get().id(), amount);
			}
		}
		form.getLines().clear();
		for (UnitId unit : scope.sharing()) {
			form.getLines().add(new QuotaForm.Line(unit.value(), read.get(unit)));
		}
		return warnings;
	}

	/**
	 * Saves the split as typed: a blank or 0 amount gives the unit no share.
	 * @throws FormRejection for a line naming a unit that does not report on the task
	 * @throws StaleEditException when the task changed since the form was opened
	 */
	public void save(Viewer viewer, TaskId taskId, int position, QuotaForm form) {
		Scope scope = scope(viewer, taskId, position);
		if (scope.task().version() != form.getVersion()) {
			throw new StaleEditException("task", taskId.value(), form.getVersion(), scope.task().version());
		}
		List<Quota> given = new ArrayList<>();
		FormRejection.Problems problems = new FormRejection.Problems();
		for (int i = 0; i < form.getLines().size(); i++) {
			QuotaForm.Line line = form.getLines().get(i);
			UnitId unit = new UnitId(line.getUnitId());
			if (!scope.sharing().contains(unit)) {
				problems.add("lines[" + i + "].amount", "quota.unit.notSharing");
			}
			else if (line.getAmount() != null && line.getAmount().signum() > 0) {
				given.add(new Quota(unit, line.getAmount()));
			}
		}
		problems.refuseIfAny();
		TargetSplit split = TargetSplit.of(scope.task(), position, given, scope.sharing());
		Optional<TargetSplit> before = TargetSplit.of(this.quotas.of(taskId), position);
		this.quotas.replace(taskId, form.getVersion(), split);
		Target target = scope.target();
		this.audit.change(AuditType.QUOTA_CHANGED, this.audit.names().task(scope.task(), scope.plan().title()),
				this.audit.changes()
					.field("quota.split", written(before.orElse(null), target, scope.names()),
							written(split, target, scope.names()))
					.toString());
		announce(scope, before.orElse(null), split);
	}

	/**
	 * Each unit whose share is new, changed or gone is told in its notification centre.
	 */
	private void announce(Scope scope, TargetSplit before, TargetSplit after) {
		Target target = scope.target();
		for (UnitId unit : scope.sharing()) {
			Optional<BigDecimal> was = (before == null) ? Optional.empty() : before.quotaOf(unit);
			Optional<BigDecimal> now = after.quotaOf(unit);
			if (was.map(NumberText::plain).equals(now.map(NumberText::plain))) {
				continue;
			}
			String share = now.map((a) -> NumberText.of(a) + target.measure().symbol()).orElse(message("quota.none"));
			this.notifications.announce(Recipient.unit(unit), NotificationKind.QUOTA,
					"/tasks/" + scope.task().id().value(), "handoff.quota", scope.task().number().value(),
					ShortText.of(scope.task().text()), scope.plan().title(), target.counted(), share);
		}
	}

	private String written(TargetSplit split, Target target, Map<UnitId, String> names) {
		if (split == null || split.quotas().isEmpty()) {
			return "";
		}
		List<String> shares = new ArrayList<>();
		split.quotas()
			.forEach((q) -> shares.add(names.get(q.unit()) + NumberText.of(q.amount()) + target.measure().symbol()));
		return String.join(message("list.separator"), shares);
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

	private Scope scope(Viewer viewer, TaskId taskId, int position) {
		Task task = this.ledger.visibleTask(viewer, taskId);
		Plan plan = this.ledger.visiblePlan(viewer, task.planId());
		if (position < 0 || position >= task.targets().size()
				|| !TargetSplit.isSplittable(task.targets().get(position))) {
			throw new NotFoundException("target", position);
		}
		List<UnitId> sharing = this.shares.sharing(task);
		return new Scope(task, plan, task.targets().get(position), sharing, this.units.namesOf(sharing));
	}

	private record Scope(Task task, Plan plan, Target target, List<UnitId> sharing, Map<UnitId, String> names) {
	}

}
