package cn.laoling.ledger.web.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.account.Role;
import cn.laoling.ledger.audit.AuditOutcome;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.notice.IssueNumber;
import cn.laoling.ledger.notification.NotificationKind;
import cn.laoling.ledger.notification.Recipient;
import cn.laoling.ledger.notice.Notice;
import cn.laoling.ledger.notice.NoticeFindings;
import cn.laoling.ledger.notice.NoticeId;
import cn.laoling.ledger.notice.NoticeState;
import cn.laoling.ledger.notice.NoticeText;
import cn.laoling.ledger.notice.Notices;
import cn.laoling.ledger.notice.Receipt;
import cn.laoling.ledger.notice.Receipts;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanHead;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetSplit;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.TaskQuery;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.region.Regions;
import cn.laoling.ledger.report.LightRules;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriodId;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.audit.AuditChanges;
import cn.laoling.ledger.web.audit.AuditTrail;
import cn.laoling.ledger.web.notification.NotificationService;
import cn.laoling.ledger.web.plan.LedgerService;
import cn.laoling.ledger.web.report.ShareTable;
import cn.laoling.ledger.web.report.Shares;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.AfterCommit;
import cn.laoling.ledger.web.support.TargetText;

/**
 * 进度通报: the office drafts a notice of a plan's period from the ledger, edits it and sends
 * it for sign-off; a leader signs it off or sends it back; the office publishes it; every
 * unit it went to acknowledges it. A leader reads a notice once it was sent for sign-off,
 * a liaison once it is published.
 */
@Service
@Transactional(readOnly = true)
public class NoticeService {

	private static final String AGGREGATE = "notice";

	private final Notices notices;

	private final Receipts receipts;

	private final LedgerService ledger;

	private final Plans plans;

	private final Tasks tasks;

	private final Reports reports;

	private final ReportingPeriods periods;

	private final Units units;

	private final Regions regions;

	private final TargetText targetText;

	private final LightRules rules;

	private final NoticeDrafter drafter;

	private final AuditTrail audit;

	private final Clock clock;

	private final NotificationService notifications;

	private final Counter published;

	private final Shares shares;

	NoticeService(Notices notices, Receipts receipts, LedgerService ledger, Plans plans, Tasks tasks, Reports reports,
			ReportingPeriods periods, Units units, Regions regions, TargetText targetText, LightRules rules,
			NoticeDrafter drafter, AuditTrail audit, Clock clock, NotificationService notifications,
			MeterRegistry meters, Shares shares) {
		this.shares = shares;
		this.published = Counter.builder("ledger.notices.published")
			.description("Progress notices published (a correction too), counted once committed")
			.register(meters);
		this.notifications = notifications;
		this.notices = notices;
		this.receipts = receipts;
		this.ledger = ledger;
		this.plans = plans;
		this.tasks = tasks;
		this.reports = reports;
		this.periods = periods;
		this.units = units;
		this.regions = regions;
		this.targetText = targetText;
		this.rules = rules;
		this.drafter = drafter;
		this.audit = audit;
		this.clock = clock;
	}

	public List<NoticeRow> list(Viewer viewer) {
		List<Notice> shown = this.notices.inRegions(viewer.regions())
			.stream()
			.filter((n) -> mayRead(viewer, n))
			.toList();
		Map<PlanId, String> titles = new HashMap<>();
		shown.forEach(
				(n) -> titles.computeIfAbsent(n.planId(), (id) -> this.plans.findById(id).map(Plan::title).orElse("")));
		return shown.stream().map((n) -> row(viewer, n, titles.get(n.planId()))).toList();
	}

	private NoticeRow row(Viewer viewer, Notice notice, String planTitle) {
		List<Receipt> sent = notice.isPublished() ? this.receipts.of(notice.id()) : List.of();
		long acknowledged = sent.stream().filter(Receipt::isAcknowledged).count();
		Boolean mine = viewer.unit()
			.flatMap((u) -> sent.stream().filter((r) -> r.unit().equals(u)).findFirst())
			.map(Receipt::isAcknowledged)
			.orElse(null);
		return new NoticeRow(notice.id().value(), notice.text().title(), planTitle, notice.quarter(),
				this.drafter.issueLabel(notice), notice.state(), sent.size(), (int) acknowledged, mine);
	}

	/** Drafts the notice of the plan's period, for the office of the plan's region. */
	@Transactional
	public NoticeId draft(Viewer viewer, PlanId planId, ReportingPeriodId periodId) {
		Plan plan = this.ledger.ownPlan(viewer, planId);
		if (!plan.status().isBinding()) {
			throw new DomainRuleException("plan.notBinding", "plan " + planId + " is " + plan.status());
		}
		ReportingPeriod period = this.periods.findById(periodId)
			.filter((p) -> p.planId().equals(planId))
			.orElseThrow(() -> new NotFoundException("reporting period", periodId.value()));
		LocalDate today = LocalDate.now(this.clock);
		LocalDate day = today.isAfter(period.quarter().end()) ? period.quarter().end() : today;
		List<Task> all = this.tasks.find(TaskQuery.all(planId));
		Map<UnitId, Unit> known = this.ledger.unitsNamedIn(all);
		Function<UnitId, String> name = (
				id) -> Optional.ofNullable(known.get(id)).map((u) -> u.name().value()).orElse("?");
		List<Report> periodReports = this.reports.inPeriod(periodId);
		NoticeFindings findings = NoticeFindings.of(all,
				this.reports.latestAccepted(all.stream().map(Task::id).toList(), period.quarter()), period,
				periodReports, (id) -> Optional.ofNullable(known.get(id)), plan.period(), day, this.clock.getZone(),
				this.rules, new NoticeFindings.Wording() {

					@Override
					public String target(Target target) {
						return NoticeService.this.targetText.of(target);
					}

					@Override
					public String target(Target target, int year) {
						return NoticeService.this.targetText.ofYear(target, year);
					}

					@Override
					public String deadline(Task task) {
						return NoticeService.this.drafter.deadline(task);
					}

					@Override
					public String unitNames(List<UnitId> ids) {
						return NoticeService.this.drafter.join(ids, name);
					}

				});
		Map<TaskId, List<TargetSplit>> splits = this.shares.of(all);
		List<NoticeDrafter.ShareBehind> behind = new ArrayList<>();
		for (Task task : all) {
			List<TargetSplit> split = splits.get(task.id());
			if (split == null) {
				continue;
			}
			for (ShareTable table : this.shares.tables(task, plan.period(), split,
					this.shares.latestParts(task, periodId), day)) {
				table.rows()
					.stream()
					.filter(ShareTable.Row::behind)
					.forEach((row) -> behind.add(new NoticeDrafter.ShareBehind(row.unit(), task.number().value(),
							table.target(), row.quota(), row.reported(), table.measure())));
			}
		}
		NoticeText text = this.drafter.draft(plan.title(), this.regions.tree().nameOf(plan.regionId()),
				period.quarter(), day, findings, name, behind);
		Notice saved = this.notices.save(Notice.draft(planId, plan.regionId(), periodId, period.quarter(), text,
				findings.figures(), viewer.username(), this.clock.instant()));
		this.audit.change(AuditType.NOTICE_DRAFTED, this.audit.names().notice(saved.id(), text.title()), "");
		return saved.id();
	}

	/** The notice as its .docx is made, the download recorded. */
	public NoticePage download(Viewer viewer, NoticeId id) {
		NoticePage page = page(viewer, id);
		this.audit.now(AuditType.NOTICE_DOWNLOADED, this.audit.names().notice(id, page.notice().text().title()),
				AuditOutcome.SUCCESS, "");
		return page;
	}

	public NoticePage page(Viewer viewer, NoticeId id) {
		Notice notice = readable(viewer, id);
		boolean office = viewer.isOffice() && isHome(viewer, notice);
		boolean leader = viewer.role() == Role.LEADER && isHome(viewer, notice);
		List<Receipt> sent = notice.isPublished() ? this.receipts.of(notice.id()) : List.of();
		Map<UnitId, String> names = this.units.findAllById(sent.stream().map(Receipt::unit).toList())
			.stream()
			.collect(Collectors.toMap(Unit::id, (u) -> u.name().value()));
		List<NoticePage.ReceiptLine> receiptLines = office ? sent.stream()
			.map((r) -> new NoticePage.ReceiptLine(names.getOrDefault(r.unit(), "?"), r.acknowledgedBy(),
					(r.acknowledgedAt() == null) ? null
							: r.acknowledgedAt().atZone(this.clock.getZone()).toLocalDateTime()))
			.toList() : List.of();
		Optional<Receipt> own = viewer.unit()
			.flatMap((u) -> sent.stream().filter((r) -> r.unit().equals(u)).findFirst());
		Optional<Notice> earlier = Optional.ofNullable(notice.corrects()).flatMap(this.notices::findById);
		List<NoticePage.Change> changes = earlier
			.map((e) -> notice.text()
				.changesFrom(e.text())
				.stream()
				.map((s) -> new NoticePage.Change(s, s.of(e.text()), s.of(notice.text())))
				.toList())
			.orElse(List.of());
		String planTitle = this.plans.findById(notice.planId()).map(Plan::title).orElse("");
		return new NoticePage(notice, planTitle, this.drafter.issueLabel(notice), receiptLines, own.isPresent(),
				own.map(Receipt::isAcknowledged).orElse(false),
				earlier.map(Notice::id).map(NoticeId::value).orElse(null), changes, office, leader,
				(notice.signedAt() == null) ? null : notice.signedAt().atZone(this.clock.getZone()).toLocalDateTime());
	}

	@Transactional
	public void edit(Viewer viewer, NoticeId id, long version, NoticeText text) {
		change(viewer, id, version, (notice) -> notice.edit(text), "edit");
	}

	/** 送签: the region's leaders are told it waits for them. */
	@Transactional
	public void submit(Viewer viewer, NoticeId id, long version) {
		Notice notice = change(viewer, id, version, (n) -> {
			requireBinding(n);
			n.submit();
		}, "submit");
		announce(notice, Recipient.leaders(notice.regionId()), "handoff.notice.submitted", "");
	}

	@Transactional
	public void withdraw(Viewer viewer, NoticeId id, long version) {
		change(viewer, id, version, Notice::withdraw, "withdraw");
	}

	/** The office changes a notice of its region as it saw it; the change is audited. */
	private Notice change(Viewer viewer, NoticeId id, long version, Consumer<Notice> change, String what) {
		Notice notice = editable(viewer, id, version);
		NoticeText before = notice.text();
		change.accept(notice);
		this.notices.save(notice);
		this.audit.change(AuditType.NOTICE_CHANGED, this.audit.names().notice(id, notice.text().title()),
				"edit".equals(what) ? changes(before, notice.text()) : what);
		return notice;
	}

	@Transactional
	public void discard(Viewer viewer, NoticeId id, long version) {
		Notice notice = editable(viewer, id, version);
		notice.requireDiscardable();
		this.notices.delete(id);
		this.audit.change(AuditType.NOTICE_CHANGED, this.audit.names().notice(id, notice.text().title()), "discard");
	}

	/** Starts a correction of a published notice: a draft of its next version. */
	@Transactional
	public NoticeId correct(Viewer viewer, NoticeId id, long version) {
		Notice notice = editable(viewer, id, version);
		Notice correction = this.notices.save(notice.correction(viewer.username(), this.clock.instant()));
		this.audit.change(AuditType.NOTICE_DRAFTED,
				this.audit.names().notice(correction.id(), correction.text().title()),
				this.audit.changes().note("audit.notice.correction", this.drafter.issueLabel(notice)).toString());
		return correction.id();
	}

	@Transactional
	public void signOff(Viewer viewer, NoticeId id, long version) {
		Notice notice = forLeader(viewer, id, version);
		requireBinding(notice);
		notice.signOff(viewer.username(), this.clock.instant());
		this.notices.save(notice);
		this.audit.change(AuditType.NOTICE_SIGNED, this.audit.names().notice(id, notice.text().title()), "");
		announce(notice, Recipient.office(notice.regionId()), "handoff.notice.signed", "");
	}

	@Transactional
	public void sendBack(Viewer viewer, NoticeId id, long version, String comment) {
		Notice notice = forLeader(viewer, id, version);
		notice.sendBack(comment);
		this.notices.save(notice);
		this.audit.change(AuditType.NOTICE_SENT_BACK, this.audit.names().notice(id, notice.text().title()),
				notice.returnComment());
		announce(notice, Recipient.office(notice.regionId()), "handoff.notice.sentBack", notice.returnComment());
	}

	/**
	 * Publishes a signed notice under the next number of the year (a correction keeps its
	 * issue's, and replaces it), and sends it to every unit the plan's tasks name.
	 */
	@Transactional
	public void publish(Viewer viewer, NoticeId id, long version) {
		Notice notice = editable(viewer, id, version);
		requireBinding(notice);
		LocalDate today = LocalDate.now(this.clock);
		Optional<Notice> corrected = Optional.ofNullable(notice.corrects()).flatMap(this.notices::findById);
		IssueNumber next = new IssueNumber(today.getYear(),
				this.notices.nextNumber(notice.regionId(), today.getYear()));
		notice.publish(next, today, viewer.username(), this.clock.instant());
		corrected.ifPresent((c) -> {
			c.supersede();
			this.notices.save(c);
		});
		this.notices.save(notice);
		List<Task> all = this.tasks.find(TaskQuery.all(notice.planId()));
		List<UnitId> addressees = addressees(this.ledger.unitsNamedIn(all).values());
		this.receipts.expect(id, addressees);
		this.audit.change(AuditType.NOTICE_PUBLISHED, this.audit.names().notice(id, notice.text().title()),
				this.drafter.issueLabel(notice));
		addressees.forEach((unit) -> announce(notice, Recipient.unit(unit), "handoff.notice.published",
				this.drafter.issueLabel(notice)));
		AfterCommit.run(this.published::increment);
	}

	/**
	 * Tells whoever acts next on the notice: its title, plan and quarter, and a last
	 * argument (a comment, the issue).
	 */
	private void announce(Notice notice, Recipient to, String code, String last) {
		this.notifications.announce(to, NotificationKind.NOTICE, "/notices/" + notice.id().value(), code,
				notice.text().title(), this.plans.headOf(notice.planId()).map(PlanHead::title).orElse(""),
				NotificationService.quarter(notice.quarter()), last);
	}

	/**
	 * How many notices wait for the viewer: for the office, those a leader sent back or
	 * signed (to correct and send again, or to publish); for a leader, those awaiting
	 * sign-off; for a liaison, those its unit has not acknowledged. The navigation shows
	 * this figure.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public int waiting(Viewer viewer) {
		return switch (viewer.role()) {
			case OFFICE -> this.notices.sentBack(viewer.homeRegion())
					+ this.notices.count(viewer.homeRegion(), NoticeState.SIGNED);
			case LEADER -> this.notices.count(viewer.homeRegion(), NoticeState.AWAITING_SIGN_OFF);
			case LIAISON -> viewer.unit().map(this.receipts::awaiting).orElse(0);
			default -> 0;
		};
	}

	/** 签收 by the liaison's unit; a second acknowledgement changes nothing. */
	@Transactional
	public void acknowledge(Viewer viewer, NoticeId id) {
		Notice notice = readable(viewer, id);
		UnitId unit = viewer.unit().orElseThrow(() -> new NotFoundException(AGGREGATE, id.value()));
		if (!notice.isPublished() || this.receipts.of(id).stream().noneMatch((r) -> r.unit().equals(unit))) {
			throw new NotFoundException(AGGREGATE, id.value());
		}
		if (this.receipts.acknowledge(id, unit, viewer.username(), this.clock.instant())) {
			this.audit.change(AuditType.NOTICE_ACKNOWLEDGED, this.audit.names().notice(id, notice.text().title()),
					this.units.findById(unit).map((u) -> u.name().value()).orElse(""));
		}
	}

	/** What an edit changed, section by section, for the audit log. */
	private String changes(NoticeText before, NoticeText after) {
		AuditChanges changes = this.audit.changes();
		after.changesFrom(before).forEach((s) -> changes.field("notice.section." + s, s.of(before), s.of(after)));
		return changes.toString();
	}

	/** The notice, for the .docx download, if the viewer may read it. */
	public Notice readable(Viewer viewer, NoticeId id) {
		return this.notices.findById(id)
			.filter((n) -> viewer.canSee(n.regionId()) && mayRead(viewer, n))
			.orElseThrow(() -> new NotFoundException(AGGREGATE, id.value()));
	}

	private static boolean mayRead(Viewer viewer, Notice notice) {
		return switch (viewer.role()) {
			case OFFICE -> true;
			case LEADER -> notice.isBeforeLeaders();
			default -> notice.isPublished();
		};
	}

	private Notice editable(Viewer viewer, NoticeId id, long version) {
		Notice notice = readable(viewer, id);
		if (!viewer.isOffice() || !isHome(viewer, notice)) {
			throw new NotFoundException(AGGREGATE, id.value());
		}
		return current(notice, version);
	}

	/** A notice goes on only while its plan binds the units: not once it is withdrawn. */
	private void requireBinding(Notice notice) {
		this.plans.findById(notice.planId())
			.filter((plan) -> plan.status().isBinding())
			.orElseThrow(() -> new DomainRuleException("plan.notBinding",
					"the plan of notice " + notice.id() + " is a draft or void"));
	}

	private Notice forLeader(Viewer viewer, NoticeId id, long version) {
		Notice notice = readable(viewer, id);
		if (!isHome(viewer, notice)) {
			throw new NotFoundException(AGGREGATE, id.value());
		}
		return current(notice, version);
	}

	private static Notice current(Notice notice, long version) {
		if (notice.version() != version) {
			throw new StaleEditException(AGGREGATE, notice.id(), version, notice.version());
		}
		return notice;
	}

	private static boolean isHome(Viewer viewer, Notice notice) {
		return notice.regionId().equals(viewer.homeRegion());
	}

	/** Who a notice goes to: every unit named, a group by its members. */
	private static List<UnitId> addressees(Collection<Unit> named) {
		return named.stream().filter((u) -> !u.isGroup()).map(Unit::id).toList();
	}

}
