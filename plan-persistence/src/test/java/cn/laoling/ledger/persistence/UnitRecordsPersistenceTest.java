package cn.laoling.ledger.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.Accounts;
import cn.laoling.ledger.account.Credentials;
import cn.laoling.ledger.account.LiaisonPosition;
import cn.laoling.ledger.account.Role;
import cn.laoling.ledger.account.UnitBinding;
import cn.laoling.ledger.notice.Notice;
import cn.laoling.ledger.report.StandingCounts;
import cn.laoling.ledger.notice.NoticeFigures;
import cn.laoling.ledger.notice.NoticeId;
import cn.laoling.ledger.notice.NoticeText;
import cn.laoling.ledger.notice.Notices;
import cn.laoling.ledger.notice.Receipt;
import cn.laoling.ledger.notice.Receipts;
import cn.laoling.ledger.notification.Notification;
import cn.laoling.ledger.notification.NotificationKind;
import cn.laoling.ledger.notification.Recipient;
import cn.laoling.ledger.notification.Notifications;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanFacts;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.prompt.PromptResponse;
import cn.laoling.ledger.prompt.WorkPrompt;
import cn.laoling.ledger.prompt.WorkPromptId;
import cn.laoling.ledger.prompt.WorkPrompts;
import cn.laoling.ledger.region.Region;
import cn.laoling.ledger.region.Regions;
import cn.laoling.ledger.report.ExtensionRequest;
import cn.laoling.ledger.report.ExtensionRequests;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportContent;
import cn.laoling.ledger.report.ReportEvent;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.unit.Referrer;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitKind;
import cn.laoling.ledger.unit.UnitName;
import cn.laoling.ledger.unit.UnitRecords;
import cn.laoling.ledger.unit.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What refers to a unit, counted on the real schema; a unit something refers to is not
 * deleted; and the records without an aggregate of their own go to the kept unit of a
 * merge, one per notice and prompt.
 */
@PersistenceTest
class UnitRecordsPersistenceTest {

	private static final Instant AT = Instant.parse("2026-03-20T02:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

	@Autowired
	Regions regions;

	@Autowired
	Units units;

	@Autowired
	UnitRecords records;

	@Autowired
	Plans plans;

	@Autowired
	Tasks tasks;

	@Autowired
	ReportingPeriods periods;

	@Autowired
	Reports reports;

	@Autowired
	ExtensionRequests extensions;

	@Autowired
	Accounts accounts;

	@Autowired
	Notices notices;

	@Autowired
	Receipts receipts;

	@Autowired
	WorkPrompts prompts;

	@Autowired
	Notifications notifications;

	Region region;

	Unit junk;

	Unit kept;

	Plan plan;

	ReportingPeriod q1;

	@BeforeEach
	void aJunkUnitBesideTheOneToKeep() {
		this.region = Fixtures.region(this.regions);
		this.junk = Fixtures.department(this.units, this.region, "区卫健局");
		this.kept = Fixtures.department(this.units, this.region, "区卫健委");
		this.plan = this.plans
			.save(Plan.draft(this.region.id(), new PlanFacts("工作要点", null, null, null, PlanPeriod.year(2026))));
		this.q1 = this.periods.forPlan(this.plan.id()).get(0);
	}

	@Test
	void everyRecordThatNamesTheUnitIsCountedOnce() {
		Task led = task(List.of(this.junk), List.of());
		task(List.of(this.kept), List.of(this.junk));
		task(List.of(this.junk), List.of(this.junk));
		Unit group = this.units.save(Unit.register(this.region.id(), new UnitName("各委局"), UnitKind.GROUP));
		group.changeMembers(Set.of(this.junk.id(), this.kept.id()));
		this.units.save(group);
		this.accounts.save(liaison(this.junk, LiaisonPosition.PRIMARY));
		this.reports.save(Report.start(led.id(), this.q1, this.junk.id(), ReportKind.CONSOLIDATED, 0));
		this.extensions.save(ExtensionRequest.ask(led, this.junk.id(), LocalDate.of(2027, 3, 31), "选址调整",
				LocalDate.of(2026, 3, 20), "junk", AT));
		this.receipts.expect(notice(), List.of(this.junk.id()));
		prompt(List.of(this.junk));
		this.notifications.send(notification(this.junk));

		assertThat(this.records.referencesTo(this.junk.id()).counts()).containsOnly(entry(Referrer.TASK, 3),
				entry(Referrer.GROUP, 1), entry(Referrer.LIAISON, 1), entry(Referrer.REPORT, 1),
				entry(Referrer.EXTENSION_REQUEST, 1), entry(Referrer.NOTICE_RECEIPT, 1), entry(Referrer.PROMPT, 1),
				entry(Referrer.NOTIFICATION, 1));
		assertThat(this.records.referencesTo(group.id()).counts()).containsOnly(entry(Referrer.MEMBER, 2));
		assertThat(this.records.referencesTo(Fixtures.department(this.units, this.region, "区新建局").id()).none())
			.isTrue();
		assertThat(this.records.sharedBy(this.junk.id(), this.kept.id()).counts()).containsOnly(entry(Referrer.TASK, 1),
				entry(Referrer.GROUP, 1));
	}

	@Test
	void aUnitSomethingRefersToIsNotDeletedAndAStaleDeleteIsRefused() {
		task(List.of(this.kept), List.of(this.junk));
		Unit unused = Fixtures.department(this.units, this.region, "区误建局");

		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> this.units.delete(this.junk.id(), this.junk.version()))
			.satisfies((e) -> assertThat(e.code()).isEqualTo("unit.delete.referenced"));
		assertThat(this.units.findById(this.junk.id())).isPresent();
		assertThatExceptionOfType(StaleEditException.class)
			.isThrownBy(() -> this.units.delete(unused.id(), unused.version() + 1));

		this.units.delete(unused.id(), unused.version());

		assertThat(this.units.findById(unused.id())).isEmpty();
		assertThat(this.units.findByName(this.region.id(), new UnitName("区误建局"))).isEmpty();
	}

	@Test
	void handedOverNoticesAndPromptsKeepOneReceiptAndOneResponseWithBothAnswers() {
		Task led = task(List.of(this.junk), List.of());
		ExtensionRequest asked = this.extensions.save(ExtensionRequest.ask(led, this.junk.id(),
				LocalDate.of(2027, 3, 31), "选址调整", LocalDate.of(2026, 3, 20), "junk", AT));
		NoticeId toBoth = notice();
		this.receipts.expect(toBoth, List.of(this.junk.id(), this.kept.id()));
		this.receipts.acknowledge(toBoth, this.junk.id(), "junk-liaison", AT);
		NoticeId toJunk = notice();
		this.receipts.expect(toJunk, List.of(this.junk.id()));
		WorkPromptId both = prompt(List.of(this.junk, this.kept));
		this.prompts.answer(both, this.kept.id(), "已完成排查", "kept-liaison", AT.plusSeconds(60));
		this.prompts.answer(both, this.junk.id(), "已上报名单", "junk-liaison", AT);
		Notification told = this.notifications.send(notification(this.junk));

		this.records.handOver(this.junk.id(), this.kept.id(), "【区卫健局的答复】");

		assertThat(this.receipts.of(toBoth)).containsExactly(new Receipt(this.kept.id(), "junk-liaison", AT));
		assertThat(this.receipts.of(toJunk)).extracting(Receipt::unit).containsExactly(this.kept.id());
		PromptResponse response = this.prompts.responses(both).get(0);
		assertThat(this.prompts.responses(both)).hasSize(1);
		assertThat(response.unit()).isEqualTo(this.kept.id());
		assertThat(response.answer()).isEqualTo("已完成排查\n\n【区卫健局的答复】已上报名单");
		assertThat(response.acknowledgedAt()).as("the earlier acknowledgement").isEqualTo(AT);
		assertThat(response.answeredBy()).isEqualTo("kept-liaison");
		assertThat(this.extensions.findById(asked.id()).orElseThrow().unitId()).isEqualTo(this.kept.id());
		assertThat(this.notifications.read(told.id(), List.of(Recipient.unit(this.kept.id())), "kept-liaison"))
			.isPresent();
		assertThat(this.records.referencesTo(this.junk.id()).counts()).containsOnly(entry(Referrer.TASK, 1));
	}

	@Test
	void answersOfThreeUnitsMergedIntoOneAreAllKeptWhateverTheirLength() {
		Unit third = Fixtures.department(this.units, this.region, "区卫生局");
		WorkPromptId all = prompt(List.of(this.junk, this.kept, third));
		String full = "答".repeat(PromptResponse.MAX_ANSWER);
		this.prompts.answer(all, this.kept.id(), full, "kept-liaison", AT);
		this.prompts.answer(all, this.junk.id(), full, "junk-liaison", AT);
		this.prompts.answer(all, third.id(), full, "third-liaison", AT);

		this.records.handOver(this.junk.id(), this.kept.id(), "【区卫健局的答复】");
		this.records.handOver(third.id(), this.kept.id(), "【区卫生局的答复】");

		assertThat(this.prompts.responses(all)).singleElement()
			.satisfies((r) -> assertThat(r.answer()).hasSize(3 * full.length() + 2 * ("\n\n【区卫健局的答复】".length()))
				.contains("【区卫健局的答复】", "【区卫生局的答复】"));
	}

	@Test
	void aFoldedReportsHistoryGoesToTheOneThatStays() {
		Task shared = task(List.of(this.kept), List.of(this.junk));
		Report stays = this.reports.save(Report.start(shared.id(), this.q1, this.kept.id(), ReportKind.PART, 0));
		Report folded = Report.start(shared.id(), this.q1, this.junk.id(), ReportKind.PART, 0);
		folded.submit(this.q1, new ReportContent("已完成一半", List.of(), TaskStatus.IN_PROGRESS, null, null, null),
				List.of(), List.of(), 0, AT);
		folded = this.reports.save(folded);
		this.reports.record(ReportEvent.of(folded, ReportEvent.Kind.SUBMITTED, AT, "junk-liaison"));

		this.reports.record(ReportEvent.merged(folded, stays.id(), "区卫健局", AT.plusSeconds(60), "office"));
		this.reports.fold(folded.id(), stays.id());

		assertThat(this.reports.findById(folded.id())).isEmpty();
		assertThat(this.reports.history(stays.id())).extracting(ReportEvent::kind, ReportEvent::comment)
			.containsExactly(tuple(ReportEvent.Kind.SUBMITTED, null), tuple(ReportEvent.Kind.MERGED, "区卫健局"));
		assertThat(this.reports.history(stays.id()).get(1).content().progress()).isEqualTo("已完成一半");
		assertThat(this.reports.ofUnit(this.junk.id())).isEmpty();
		assertThat(this.tasks.naming(Set.of(this.junk.id()))).extracting(Task::id).containsExactly(shared.id());
		assertThat(this.reports.ofUnit(this.kept.id())).extracting(Report::id).containsExactly(stays.id());
	}

	private Task task(List<Unit> lead, List<Unit> responsible) {
		return this.tasks.save(this.plan.newTask(new TaskContent(new TaskNumber(Fixtures.unique("T")), 1, null, "测试任务",
				lead.stream().map(Unit::id).toList(), responsible.stream().map(Unit::id).toList(), List.of(),
				List.of())));
	}

	private Account liaison(Unit unit, LiaisonPosition position) {
		return Account.open(Fixtures.unique("l-").replaceAll("[^A-Za-z0-9._-]", "x"), "测试联络员", Role.LIAISON,
				this.region.id(), new UnitBinding(unit.id(), position), Credentials.temporary("hash", AT));
	}

	private NoticeId notice() {
		return this.notices.save(Notice.draft(this.plan.id(), this.region.id(), this.q1.id(), this.q1.quarter(),
				new NoticeText("老龄工作进度通报", "区老龄办", "测试通报", "各成员单位", "总体", "问题", "要求", null),
				new NoticeFigures(StandingCounts.NONE, List.of(), List.of()), "office", AT))
			.id();
	}

	private WorkPromptId prompt(List<Unit> to) {
		return this.prompts
			.create(WorkPrompt.write(this.region.id(), "测试提示", "请排查", TODAY.plusDays(10),
					to.stream().map(Unit::id).toList(), List.of(), TODAY, "office", AT))
			.id();
	}

	private static Notification notification(Unit unit) {
		return new Notification(null, Recipient.unit(unit.id()), NotificationKind.REMINDER, "测试提醒", "内容", "/reports",
				AT);
	}

}
