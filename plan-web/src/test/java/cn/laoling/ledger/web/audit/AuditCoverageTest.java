package cn.laoling.ledger.web.audit;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.Role;
import cn.laoling.ledger.audit.AuditEvent;
import cn.laoling.ledger.audit.AuditOutcome;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.persistence.testing.TestDatabase;
import cn.laoling.ledger.notice.NoticeState;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanFacts;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.report.EvidenceFiles;
import cn.laoling.ledger.report.EvidenceKind;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportContent;
import cn.laoling.ledger.report.ReportId;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.web.DemoLedger;
import cn.laoling.ledger.web.MutableClock;
import cn.laoling.ledger.web.ScratchData;
import cn.laoling.ledger.web.TestImages;
import cn.laoling.ledger.web.spreadsheet.SheetFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every kind of audited event, caused the way a user causes it, leaves exactly one row
 * naming who, what and how it ended; a change that fails leaves none; and a tampered row
 * is found by the audit administrator's check.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Configuration.class)
class AuditCoverageTest {

	private static final String PASSWORD = "Scratch-2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	ScratchData scratch;

	@Autowired
	DemoLedger demo;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Plans plans;

	@Autowired
	ReportingPeriods periods;

	@Autowired
	Reports reports;

	@Autowired
	EvidenceFiles evidence;

	private final Set<AuditType> seen = EnumSet.noneOf(AuditType.class);

	private record Row(String type, String actor, String object, String outcome, String objectName, String detail) {
	}

	private List<Row> newest(int count) {
		return this.jdbc.query(
				"select type, actor, object, outcome, object_name, detail from audit_event order by id desc limit ?",
				(rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6)),
				count);
	}

	private MvcResult expect(AuditType type, String actor, AuditOutcome outcome, RequestBuilder request)
			throws Exception {
		long before = this.scratch.auditRows();
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(this.scratch.auditRows() - before).as(type + " rows").isEqualTo(1);
		Row row = newest(1).get(0);
		assertThat(row.type()).isEqualTo(type.name());
		assertThat(actor.split("\\|")).as(type + " actor").contains(row.actor());
		assertThat(row.outcome()).isEqualTo(outcome.name());
		// an account is never deleted and a path names itself, so a row that keeps only
		// their key is named when read; any other object is named as it was, for when it
		// is
		// gone
		if (!row.object().startsWith("account:") && !row.object().contains("/")) {
			assertThat(row.objectName()).as(type + " names its object").isNotBlank();
		}
		assertThat(row.detail()).as(type + " in words, or a code read out in words")
			.doesNotContainPattern("[a-z][A-Z]|Id\\[|[a-z]+:\\d");
		this.seen.add(type);
		return result;
	}

	private MockHttpServletRequestBuilder login(String username, String password, MockHttpSession session) {
		return post("/login").param("username", username).param("password", password).session(session).with(csrf());
	}

	/**
	 * A task whose accepted report says it is done and carries evidence: ready for 销号.
	 */
	private TaskId closedOutTask() {
		Task task = this.scratch.task("区卫健委", "审计测试待销号任务");
		ReportingPeriod period = this.periods.forPlan(task.planId()).get(0);
		Report report = Report.start(task.id(), period, this.demo.kunquUnit("区卫健委").id(), ReportKind.CONSOLIDATED, 0);
		report.submit(period, new ReportContent("全部完成", List.of(), TaskStatus.COMPLETED, null, null, null), List.of(),
				List.of(), 1, Instant.now());
		report.accept(period);
		Report saved = this.reports.save(report);
		this.evidence.add(saved.id(), "验收证明.png", EvidenceKind.PNG, TestImages.PNG, Instant.now(), "wjw");
		return task.id();
	}

	private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		return request.with(this.demo.as(user)).with(csrf());
	}

	@Test
	void everyEventTypeLeavesExactlyOneRow() throws Exception {
		Account person = this.scratch.account(Role.LEADER, PASSWORD);
		String name = person.username();
		String accountUrl = "/admin/accounts/" + person.id().value();

		expect(AuditType.LOGIN_FAILED, name, AuditOutcome.FAILURE, login(name, "Wrong-1", new MockHttpSession()));
		expect(AuditType.LOGIN_FAILED, AuditEvent.UNKNOWN_ACCOUNT, AuditOutcome.FAILURE,
				login("nobody-" + name, PASSWORD, new MockHttpSession()));
		for (int i = 2; i <= 4; i++) {
			expect(AuditType.LOGIN_FAILED, name, AuditOutcome.FAILURE,
					login(name, "Wrong-" + i, new MockHttpSession()));
		}
		long before = this.scratch.auditRows();
		this.mvc.perform(login(name, "Wrong-5", new MockHttpSession()));
		assertThat(this.scratch.auditRows() - before).isEqualTo(2);
		assertThat(newest(2)).extracting(Row::type).containsExactly("ACCOUNT_LOCKED", "LOGIN_FAILED");
		this.seen.add(AuditType.ACCOUNT_LOCKED);

		expect(AuditType.ACCOUNT_UNLOCKED, "secadmin", AuditOutcome.SUCCESS,
				as("secadmin", post(accountUrl + "/unlock").param("version", version(name))));
		MockHttpSession session = new MockHttpSession();
		expect(AuditType.LOGIN_SUCCEEDED, name, AuditOutcome.SUCCESS, login(name, PASSWORD, session));
		expect(AuditType.PASSWORD_CHANGED, name, AuditOutcome.SUCCESS,
				post("/password").param("currentPassword", PASSWORD)
					.param("newPassword", "Laoling-2026")
					.param("repeatPassword", "Laoling-2026")
					.session(session)
					.with(csrf()));
		expect(AuditType.PASSWORD_CHANGED, name, AuditOutcome.FAILURE,
				post("/password").param("currentPassword", "Not-the-one1")
					.param("newPassword", "Laoling-2027")
					.param("repeatPassword", "Laoling-2027")
					.session(session)
					.with(csrf()));
		expect(AuditType.LOGOUT, name, AuditOutcome.SUCCESS, post("/logout").session(session).with(csrf()));

		MockHttpSession idle = new MockHttpSession();
		this.mvc.perform(login(name, "Laoling-2026", idle));
		this.clock.advance(Duration.ofMinutes(31));
		expect(AuditType.SESSION_EXPIRED, name, AuditOutcome.SUCCESS, get("/plans").session(idle));

		expect(AuditType.ACCESS_DENIED, "leader", AuditOutcome.FAILURE, get("/units").with(this.demo.as("leader")));
		refusals();

		accountEvents(name, accountUrl);
		businessEvents();

		expect(AuditType.AUDIT_EXPORTED, "auditadmin", AuditOutcome.SUCCESS,
				get("/audit/export").with(this.demo.as("auditadmin")));
		expect(AuditType.AUDIT_VERIFIED, "auditadmin", AuditOutcome.SUCCESS, as("auditadmin", post("/audit/verify")));

		assertThat(this.seen).containsExactlyInAnyOrder(AuditType.values());
	}

	/**
	 * Every refusal is one row: another unit's or region's object asked for by id (404,
	 * as if it were not there), and a write with a forged or missing CSRF token.
	 */
	private void refusals() throws Exception {
		Task task = this.scratch.task("区卫健委", "审计测试他人任务");
		long period = this.periods.forPlan(task.planId()).get(0).id().value();
		String report = "/tasks/" + task.id().value() + "/reports/" + period;
		for (RequestBuilder probe : List.of(get(report).with(this.demo.as("mzj")),
				as("mzj", post(report).param("version", "-1").param("progress", "越权写入")),
				get("/plans/" + task.planId().value()).with(this.demo.as("lz-office")))) {
			MvcResult refused = expect(AuditType.ACCESS_DENIED, "mzj|lz-office", AuditOutcome.FAILURE, probe);
			assertThat(refused.getResponse().getStatus()).isEqualTo(404);
			assertThat(newest(1).get(0).detail()).isEqualTo("not found");
		}
		for (MockHttpServletRequestBuilder write : List.of(post(report).with(this.demo.as("wjw")),
				post(report).with(this.demo.as("wjw")).with(csrf().useInvalidToken()),
				post("/login").param("username", "wjw")
					.param("password", "Demo@2026")
					.with(csrf().useInvalidToken()))) {
			MvcResult refused = expect(AuditType.ACCESS_DENIED, "wjw|-", AuditOutcome.FAILURE,
					write.param("progress", "伪造的提交"));
			assertThat(refused.getResponse().getStatus()).isEqualTo(403);
			assertThat(newest(1).get(0).detail()).isEqualTo("csrf token missing or invalid");
		}
	}

	private void accountEvents(String name, String accountUrl) throws Exception {
		String region = String.valueOf(this.demo.region("昆都仑区").value());
		String newName = "aud-" + UUID.randomUUID().toString().substring(0, 6);
		expect(AuditType.ACCOUNT_CREATED, "sysadmin", AuditOutcome.SUCCESS,
				as("sysadmin",
						post("/admin/accounts").param("username", newName)
							.param("displayName", "新同事")
							.param("role", "OFFICE")
							.param("regionId", region)));
		expect(AuditType.ACCOUNT_CHANGED, "sysadmin", AuditOutcome.SUCCESS,
				as("sysadmin",
						post(accountUrl + "/edit").param("username", name)
							.param("displayName", "改过的名字")
							.param("role", "LEADER")
							.param("regionId", region)
							.param("version", version(name))));
		expect(AuditType.ACCOUNT_DISABLED, "sysadmin", AuditOutcome.SUCCESS,
				as("sysadmin", post(accountUrl + "/disable").param("version", version(name))));
		expect(AuditType.ACCOUNT_ENABLED, "sysadmin", AuditOutcome.SUCCESS,
				as("sysadmin", post(accountUrl + "/enable").param("version", version(name))));
		expect(AuditType.ROLE_CHANGED, "secadmin", AuditOutcome.SUCCESS,
				as("secadmin", post(accountUrl + "/role").param("role", "OFFICE").param("version", version(name))));
		MockHttpSession live = new MockHttpSession();
		this.mvc.perform(login(name, "Laoling-2026", live));
		expect(AuditType.PASSWORD_RESET, "secadmin", AuditOutcome.SUCCESS,
				as("secadmin", post(accountUrl + "/reset-password").param("version", version(name))));
		expect(AuditType.SESSION_REVOKED, name, AuditOutcome.SUCCESS, get("/overview").session(live));

		String regionName = "测试区" + UUID.randomUUID().toString().substring(0, 6);
		expect(AuditType.REGION_CREATED, "sysadmin", AuditOutcome.SUCCESS,
				as("sysadmin", post("/admin/regions").param("name", regionName).param("parentId", region)));
		long created = this.demo.region(regionName).value();
		expect(AuditType.REGION_RENAMED, "sysadmin", AuditOutcome.SUCCESS, as("sysadmin",
				post("/admin/regions/" + created + "/rename").param("name", regionName + "改").param("version", "0")));
	}

	private void businessEvents() throws Exception {
		String unitName = "测试单位" + UUID.randomUUID().toString().substring(0, 6);
		expect(AuditType.UNIT_CREATED, "office", AuditOutcome.SUCCESS,
				as("office", post("/units").param("name", unitName).param("kind", "DEPARTMENT")));
		long unit = this.demo.kunquUnit(unitName).id().value();
		expect(AuditType.UNIT_CHANGED, "office", AuditOutcome.SUCCESS,
				as("office",
						post("/units/" + unit + "/edit").param("name", unitName + "改")
							.param("kind", "DEPARTMENT")
							.param("version", "0")));
		this.mvc.perform(as("office", post("/units").param("name", unitName + "误建").param("kind", "DEPARTMENT")));
		expect(AuditType.UNIT_DELETED, "office", AuditOutcome.SUCCESS, as("office",
				post("/units/" + this.demo.kunquUnit(unitName + "误建").id().value() + "/delete").param("version", "0")));
		this.mvc.perform(as("office", post("/units").param("name", unitName + "并入").param("kind", "DEPARTMENT")));
		expect(AuditType.UNIT_MERGED, "office", AuditOutcome.SUCCESS,
				as("office",
						post("/units/" + this.demo.kunquUnit(unitName + "并入").id().value() + "/merge")
							.param("into", String.valueOf(unit))
							.param("version", "0")
							.param("intoVersion", "1")));

		MvcResult plan = expect(AuditType.PLAN_CREATED, "office", AuditOutcome.SUCCESS,
				as("office",
						post("/plans").param("title", "审计测试方案" + UUID.randomUUID())
							.param("periodStart", "2026-01-01")
							.param("periodEnd", "2026-12-31")
							.param("status", "DRAFT")));
		String planUrl = plan.getResponse().getRedirectedUrl();
		expect(AuditType.LEDGER_EXPORTED, "office", AuditOutcome.SUCCESS,
				get(planUrl + "/export").with(this.demo.as("office")));
		expect(AuditType.LEDGER_EXPORTED, "wjw", AuditOutcome.SUCCESS, get("/plans/export").with(this.demo.as("wjw")));
		expect(AuditType.PLAN_CHANGED, "office", AuditOutcome.SUCCESS,
				as("office",
						post(planUrl + "/edit").param("title", "审计测试方案（改）" + UUID.randomUUID())
							.param("periodStart", "2026-01-01")
							.param("periodEnd", "2026-12-31")
							.param("status", "IN_FORCE")
							.param("version", "0")));

		MockHttpSession importing = new MockHttpSession();
		String draft = this.mvc
			.perform(as("office", post("/plans/import").param("text", "测试区2026年老龄工作方案\n二、重点任务\n1.新建老年食堂3个。"))
				.session(importing))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		expect(AuditType.PLAN_IMPORTED, "office", AuditOutcome.SUCCESS,
				as("office",
						post(draft).session(importing)
							.param("title", "审计测试导入" + UUID.randomUUID())
							.param("periodStart", "2026-01-01")
							.param("periodEnd", "2026-12-31")
							.param("tasks[0].number", "1")
							.param("tasks[0].text", "新建老年食堂3个。")
							.param("tasks[0].leadUnits", "区民政局")));

		MockHttpSession sheet = new MockHttpSession();
		String sheetDraft = this.mvc
			.perform(multipart("/plans/import-sheet")
				.file(new MockMultipartFile("file", "台账.xlsx", null,
						SheetFiles.rows(new String[] { "序号", "重点任务", "牵头单位" },
								new String[] { "S1", "审计测试台账任务", "区民政局" })))
				.param("plan", planUrl.substring(planUrl.lastIndexOf('/') + 1))
				.session(sheet)
				.with(this.demo.as("office"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		expect(AuditType.LEDGER_IMPORTED, "office", AuditOutcome.SUCCESS,
				as("office", post(sheetDraft).session(sheet)));
		Plan mistaken = Plan.draft(this.demo.region("昆都仑区"),
				new PlanFacts("审计测试误发方案" + UUID.randomUUID(), null, null, null, PlanPeriod.year(2026)));
		mistaken.putInForce();
		long mistakenId = this.plans.save(mistaken).id().value();
		expect(AuditType.PLAN_WITHDRAWN, "office", AuditOutcome.SUCCESS,
				as("office", post("/plans/" + mistakenId + "/withdraw").param("version", "0")));
		expect(AuditType.PLAN_DELETED, "office", AuditOutcome.SUCCESS,
				as("office", post("/plans/" + mistakenId + "/delete").param("version", "1")));

		long accepted = this.scratch.submittedReport().id().value();
		expect(AuditType.REPORT_ACCEPTED, "office", AuditOutcome.SUCCESS,
				as("office", post("/review/" + accepted + "/accept").param("version", "0")));
		long returned = this.scratch.submittedReport().id().value();
		expect(AuditType.REPORT_RETURNED, "office", AuditOutcome.SUCCESS,
				as("office", post("/review/" + returned + "/return").param("version", "0").param("comment", "审计测试退回")));

		Task closing = this.scratch.task("区卫健委", "审计测试销号任务");
		this.jdbc.update("update task set closed_out = true, version = version + 1 where id = ?", closing.id().value());
		expect(AuditType.TASK_REOPENED, "office", AuditOutcome.SUCCESS,
				as("office", post("/tasks/" + closing.id().value() + "/reopen").param("version",
						String.valueOf(closing.version() + 1))));
		expect(AuditType.TASK_CLOSED_OUT, "office", AuditOutcome.SUCCESS, as("office",
				post("/tasks/" + closedOutTask().value() + "/close-out").param("version", String.valueOf(0))));

		Task split = this.scratch.splittableTask("审计测试分解");
		expect(AuditType.QUOTA_CHANGED, "office", AuditOutcome.SUCCESS,
				as("office",
						post("/tasks/" + split.id().value() + "/targets/0/quotas")
							.param("version", String.valueOf(split.version()))
							.param("lines[0].unitId", String.valueOf(this.demo.kunquUnit("区民政局").id().value()))
							.param("lines[0].amount", "26")));

		Task divided = this.scratch.splittableTask("审计测试年度分解");
		int lastYear = LocalDate.now(this.clock).getYear() - 1;
		expect(AuditType.YEARS_CHANGED, "office", AuditOutcome.SUCCESS,
				as("office",
						post("/tasks/" + divided.id().value() + "/targets/0/years")
							.param("version", String.valueOf(divided.version()))
							.param("lines[0].year", String.valueOf(lastYear))
							.param("lines[0].amount", "10")
							.param("lines[1].year", String.valueOf(lastYear + 1))
							.param("lines[1].amount", "16")));
		expect(AuditType.YEAR_CLOSED, "office", AuditOutcome.SUCCESS,
				as("office", post("/plans/" + divided.planId().value() + "/years/" + lastYear + "/close")));

		Task late = this.scratch.taskDue(LocalDate.now(this.clock).plusDays(60), "审计测试延期任务");
		expect(AuditType.EXTENSION_REQUESTED, "wjw", AuditOutcome.SUCCESS,
				as("wjw",
						post("/tasks/" + late.id().value() + "/extension")
							.param("date", late.dueDeadline().date().plusDays(30).toString())
							.param("reason", "审计测试")));
		var granted = this.scratch.pendingExtension();
		expect(AuditType.EXTENSION_GRANTED, "office", AuditOutcome.SUCCESS,
				as("office", post("/extensions/" + granted.id().value() + "/grant").param("version", "0")));
		var refused = this.scratch.pendingExtension();
		expect(AuditType.EXTENSION_REFUSED, "office", AuditOutcome.SUCCESS, as("office",
				post("/extensions/" + refused.id().value() + "/refuse").param("version", "0").param("comment", "不同意")));

		var noticePlan = this.scratch.noticePlan();
		expect(AuditType.NOTICE_DRAFTED, "office", AuditOutcome.SUCCESS,
				as("office", post("/notices").param("planId", String.valueOf(noticePlan.plan().id().value()))
					.param("periodId", String.valueOf(noticePlan.q2().id().value()))));
		expect(AuditType.NOTICE_CHANGED, "office", AuditOutcome.SUCCESS, as("office",
				post("/notices/" + this.scratch.notice(NoticeState.DRAFT).id() + "/submit").param("version", "0")));
		expect(AuditType.NOTICE_SIGNED, "leader", AuditOutcome.SUCCESS,
				as("leader", post("/notices/" + this.scratch.notice(NoticeState.AWAITING_SIGN_OFF).id() + "/sign")
					.param("version", "0")));
		expect(AuditType.NOTICE_SENT_BACK, "leader", AuditOutcome.SUCCESS,
				as("leader",
						post("/notices/" + this.scratch.notice(NoticeState.AWAITING_SIGN_OFF).id() + "/send-back")
							.param("version", "0")
							.param("comment", "审计测试退回")));
		expect(AuditType.NOTICE_PUBLISHED, "office", AuditOutcome.SUCCESS, as("office",
				post("/notices/" + this.scratch.notice(NoticeState.SIGNED).id() + "/publish").param("version", "0")));
		expect(AuditType.NOTICE_ACKNOWLEDGED, "wjw", AuditOutcome.SUCCESS,
				as("wjw", post("/notices/" + this.scratch.notice(NoticeState.PUBLISHED).id() + "/acknowledge")));
		expect(AuditType.NOTICE_DOWNLOADED, "wjw", AuditOutcome.SUCCESS,
				get("/notices/" + this.scratch.notice(NoticeState.PUBLISHED).id() + "/docx").with(this.demo.as("wjw")));

		expect(AuditType.PROMPT_SENT, "office", AuditOutcome.SUCCESS,
				as("office",
						post("/prompts").param("title", "审计测试提示")
							.param("body", "审计测试")
							.param("respondBy", LocalDate.now(this.clock).plusDays(7).toString())
							.param("unitIds", String.valueOf(this.demo.kunquUnit("区卫健委").id().value()))));
		expect(AuditType.PROMPT_ACKNOWLEDGED, "wjw", AuditOutcome.SUCCESS,
				as("wjw", post("/prompts/" + this.scratch.prompt().id() + "/acknowledge")));
		expect(AuditType.PROMPT_ANSWERED, "wjw", AuditOutcome.SUCCESS,
				as("wjw", post("/prompts/" + this.scratch.prompt().id() + "/answer").param("answer", "审计测试答复")));
		expect(AuditType.CALENDAR_CHANGED, "office", AuditOutcome.SUCCESS, as("office",
				post("/calendar").param("day", "2032-01-01").param("kind", "HOLIDAY").param("name", "元旦")));

		var locked = this.periods.forPlan(this.scratch.plan().id()).get(2);
		String periodUrl = "/plans/" + this.scratch.plan().id().value() + "/periods/" + locked.id().value();
		expect(AuditType.PERIOD_CHANGED, "office", AuditOutcome.SUCCESS,
				as("office", post(periodUrl + "/due").param("version", String.valueOf(locked.version()))
					.param("dueDate", "2026-09-28")));
		expect(AuditType.PERIOD_CLOSED, "office", AuditOutcome.SUCCESS,
				as("office", post(periodUrl + "/close").param("version", String.valueOf(locked.version() + 1))));
		expect(AuditType.PERIOD_REOPENED, "office", AuditOutcome.SUCCESS,
				as("office", post(periodUrl + "/reopen").param("version", String.valueOf(locked.version() + 2))));

		Task withEvidence = this.scratch.task("区卫健委", "审计测试佐证任务");
		String evidenceUrl = "/tasks/" + withEvidence.id().value() + "/reports/"
				+ this.periods.forPlan(withEvidence.planId()).get(0).id().value() + "/evidence";
		expect(AuditType.EVIDENCE_ADDED, "wjw", AuditOutcome.SUCCESS,
				multipart(evidenceUrl).file(new MockMultipartFile("file", "现场照片.png", null, TestImages.PNG))
					.with(this.demo.as("wjw"))
					.with(csrf()));
		long evidenceId = this.jdbc.queryForObject("select max(id) from report_evidence", Long.class);
		expect(AuditType.EVIDENCE_DOWNLOADED, "wjw", AuditOutcome.SUCCESS,
				get(evidenceUrl + "/" + evidenceId).with(this.demo.as("wjw")));
		long reviewed = this.scratch.submittedReport().id().value();
		this.evidence.add(new ReportId(reviewed), "审核佐证.png", EvidenceKind.PNG, TestImages.PNG, Instant.now(), "wjw");
		long reviewedFile = this.jdbc.queryForObject("select max(id) from report_evidence", Long.class);
		expect(AuditType.EVIDENCE_DOWNLOADED, "office", AuditOutcome.SUCCESS,
				get("/review/" + reviewed + "/evidence/" + reviewedFile).with(this.demo.as("office")));
		expect(AuditType.EVIDENCE_REMOVED, "wjw", AuditOutcome.SUCCESS,
				as("wjw", post(evidenceUrl + "/" + evidenceId + "/delete")));

		Task reported = this.scratch.task("区卫健委", "审计测试报送任务");
		long period = this.periods.forPlan(reported.planId()).get(0).id().value();
		expect(AuditType.REPORT_DRAFT_SAVED, "wjw", AuditOutcome.SUCCESS,
				as("wjw",
						post("/tasks/" + reported.id().value() + "/reports/" + period).param("action", "draft")
							.param("version", "-1")
							.param("progress", "审计测试草稿")));
		expect(AuditType.REPORT_SUBMITTED, "wjw", AuditOutcome.SUCCESS,
				as("wjw",
						post("/tasks/" + reported.id().value() + "/reports/" + period).param("action", "submit")
							.param("version", "0")
							.param("progress", "审计测试进展")));

		Task chased = this.scratch.taskWithPart("审计测试催报任务");
		long chasedPeriod = this.periods.forPlan(chased.planId()).get(0).id().value();
		expect(AuditType.REPORT_CHASED, "wjw", AuditOutcome.SUCCESS,
				as("wjw", post("/tasks/" + chased.id().value() + "/reports/" + chasedPeriod + "/chase").param("unit",
						String.valueOf(this.demo.kunquUnit("区民政局").id().value()))));

		MvcResult task = expect(AuditType.TASK_CREATED, "office", AuditOutcome.SUCCESS,
				as("office",
						post(planUrl + "/tasks").param("number", "1")
							.param("position", "1")
							.param("text", "审计测试任务")
							.param("leadUnits", "区卫健委")
							.param("status", "NOT_STARTED")));
		String taskUrl = task.getResponse().getRedirectedUrl();
		Task saved = this.demo.task(Long.parseLong(taskUrl.substring(taskUrl.lastIndexOf('/') + 1)));
		expect(AuditType.TASK_CHANGED, "office", AuditOutcome.SUCCESS,
				as("office",
						post(taskUrl + "/edit").param("number", "1")
							.param("position", "1")
							.param("text", "审计测试任务（改）")
							.param("leadUnits", "区卫健委")
							.param("status", "IN_PROGRESS")
							.param("version", String.valueOf(saved.version()))));
		expect(AuditType.TASK_DELETED, "office", AuditOutcome.SUCCESS,
				as("office", post(taskUrl + "/delete").param("version", String.valueOf(saved.version() + 1))));
	}

	@Test
	void aChangeThatFailsLeavesNoRow() throws Exception {
		Task task = this.scratch.task();
		long before = this.scratch.auditRows();

		MvcResult stale = this.mvc
			.perform(as("office",
					post("/tasks/" + task.id().value() + "/edit").param("number", "1")
						.param("position", "1")
						.param("text", "过时的修改")
						.param("leadUnits", "区卫健委")
						.param("status", "IN_PROGRESS")
						.param("version", String.valueOf(task.version() + 7))))
			.andReturn();

		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		assertThat(this.scratch.auditRows()).isEqualTo(before);
	}

	@Test
	void theAuditAdministratorsCheckFindsATamperedRow() throws Exception {
		this.mvc.perform(get("/units").with(this.demo.as("leader")));
		long id = this.jdbc.queryForObject("select max(id) from audit_event", Long.class);
		String actor = this.jdbc.queryForObject("select actor from audit_event where id = ?", String.class, id);
		try {
			asOwner("update audit_event set actor = 'someone-else' where id = " + id);
			VerificationShown broken = verify();
			assertThat(broken.rowId()).isEqualTo(id);
		}
		finally {
			asOwner("update audit_event set actor = '" + actor + "' where id = " + id);
		}
		assertThat(verify().intact()).isTrue();
	}

	private VerificationShown verify() throws Exception {
		MvcResult result = this.mvc.perform(as("auditadmin", post("/audit/verify"))).andReturn();
		return (VerificationShown) result.getFlashMap().get("verification");
	}

	private String version(String username) {
		return String.valueOf(this.demo.account(username).version());
	}

	private static void asOwner(String update) throws SQLException {
		TestDatabase.get()
			.executeAsOwner("alter table audit_event disable trigger tg_audit_event_rows", update,
					"alter table audit_event enable trigger tg_audit_event_rows");
	}

}
