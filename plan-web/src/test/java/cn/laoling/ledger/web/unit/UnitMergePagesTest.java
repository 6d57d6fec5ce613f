package cn.laoling.ledger.web.unit;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.Accounts;
import cn.laoling.ledger.account.LiaisonPosition;
import cn.laoling.ledger.account.UnitBinding;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.plan.TaskQuery;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportContent;
import cn.laoling.ledger.report.ReportEvent;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportState;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.unit.Referrer;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitName;
import cn.laoling.ledger.unit.UnitReferences;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.DemoLedger;
import cn.laoling.ledger.web.ScratchData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cleaning the unit registry: a unit nothing refers to is deleted, any other is merged
 * into the unit to keep, with everything that named it; refusals say why and change
 * nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UnitMergePagesTest {

	private static final String PASSWORD = "Scratch-2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Autowired
	ScratchData scratch;

	@Autowired
	Units units;

	@Autowired
	Plans plans;

	@Autowired
	Tasks tasks;

	@Autowired
	Accounts accounts;

	@Autowired
	Reports reports;

	@Autowired
	ReportingPeriods periods;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UnitTexts texts;

	@Test
	void aUnitNothingRefersToIsDeletedAndAudited() throws Exception {
		Unit junk = registered("区误建局", "DEPARTMENT", "");

		MvcResult deleted = delete(junk, junk.version()).andExpect(status().is3xxRedirection()).andReturn();

		assertThat(deleted.getFlashMap().get("message")).isEqualTo("flash.unit.deleted");
		assertThat(this.units.findById(junk.id())).isEmpty();
		assertThat(newestAudit()).containsExactly("UNIT_DELETED", "unit:" + junk.id().value(),
				"单位「" + junk.name().value() + "」", "");
		assertThat(list()).doesNotContain(junk.name().value());
	}

	@Test
	void aUnitATaskAndAnAccountNameIsNotDeletedAndThePageSaysWhatRefersToIt() throws Exception {
		Unit junk = registered("区误建局", "DEPARTMENT", "");
		this.scratch.task(junk.name().value(), "误建单位牵头的任务");
		this.scratch.liaison(junk.name().value(), LiaisonPosition.PRIMARY, PASSWORD);
		long audited = this.scratch.auditRows();

		MvcResult refused = delete(junk, junk.version()).andExpect(status().is3xxRedirection()).andReturn();

		assertThat(refused.getFlashMap().get("refusal"))
			.isEqualTo("「" + junk.name().value() + "」仍被以下记录引用，不能删除：1项任务（牵头或责任单位）、1个联络员账户。可将其合并到其他单位。");
		assertThat(this.units.findById(junk.id())).isPresent();
		assertThat(this.scratch.auditRows()).isEqualTo(audited);
	}

	@Test
	void aDeleteFromAnOutdatedPageIsAConflict() throws Exception {
		Unit junk = registered("区误建局", "DEPARTMENT", "");

		MvcResult stale = delete(junk, junk.version() + 1).andReturn();

		assertThat(stale.getFlashMap().get("error")).isEqualTo("conflict.unit");
		assertThat(this.units.findById(junk.id())).isPresent();
	}

	@Test
	void aMergeMovesTasksGroupsLiaisonsReportsAndNamesToTheKeptUnit() throws Exception {
		Unit junk = registered("区卫健局", "DEPARTMENT", "卫健局" + suffix());
		Unit kept = registered("区卫健委员会", "DEPARTMENT", "");
		String junkName = junk.name().value();
		String keptName = kept.name().value();
		Unit group = registered("各委员会", "GROUP", "", junkName + "\n" + keptName);
		Plan plan = this.scratch.plan();
		Task led = task(plan, List.of(junk), List.of());
		Task both = task(plan, List.of(kept), List.of(junk));
		Task parts = task(plan, List.of(this.demo.kunquUnit("区民政局")), List.of(junk, kept));
		Account liaison = this.scratch.liaison(junkName, LiaisonPosition.PRIMARY, PASSWORD);
		ReportingPeriod first = this.periods.forPlan(plan.id()).get(0);
		Report submitted = report(led, first, junk, ReportKind.CONSOLIDATED, "已启动", false);
		Report accepted = report(parts, first, junk, ReportKind.PART, "误建单位报的进展", true);
		Report draft = this.reports.save(Report.start(parts.id(), first, kept.id(), ReportKind.PART, 0));
		String ledgerBefore = ledger(plan);

		String page = mergePage(junk, kept);

		assertThat(page).contains("3项任务（牵头或责任单位）", "1个单位组（作为成员单位）", "1个联络员账户", "2份报送",
				"2项任务同时写了两个单位：合并后只写「" + keptName + "」一次", "1个单位组同时包含两个单位", "测试联络员（主联络员）：改为「" + keptName + "」的主联络员",
				"保留「" + junkName + "」的报送（已审核），「" + keptName + "」的报送（草稿）记入报送记录", "「" + junkName + "」的名称和别名（" + junkName
						+ "、" + junk.aliases().get(0).value() + "）将成为「" + keptName + "」的别名");
		assertThat(ledgerBefore).contains(junkName);

		merge(junk, kept, junk.version(), kept.version()).andExpect(status().is3xxRedirection());

		assertThat(this.units.findById(junk.id())).isEmpty();
		assertThat(this.tasks.findById(led.id()).orElseThrow().leadUnits()).containsExactly(kept.id());
		Task bothAfter = this.tasks.findById(both.id()).orElseThrow();
		assertThat(bothAfter.leadUnits()).containsExactly(kept.id());
		assertThat(bothAfter.responsibleUnits()).isEmpty();
		assertThat(this.tasks.findById(parts.id()).orElseThrow().responsibleUnits()).containsExactly(kept.id());
		assertThat(this.units.findById(group.id()).orElseThrow().members()).containsExactly(kept.id());
		assertThat(this.accounts.findById(liaison.id()).orElseThrow().binding())
			.contains(new UnitBinding(kept.id(), LiaisonPosition.PRIMARY));
		assertThat(this.reports.ofUnit(kept.id())).extracting(Report::id, Report::state)
			.containsExactlyInAnyOrder(tuple(submitted.id(), ReportState.SUBMITTED),
					tuple(accepted.id(), ReportState.ACCEPTED));
		assertThat(this.reports.findById(draft.id())).isEmpty();
		assertThat(this.reports.history(accepted.id())).extracting(ReportEvent::kind, ReportEvent::comment)
			.containsExactly(tuple(ReportEvent.Kind.SUBMITTED, null), tuple(ReportEvent.Kind.ACCEPTED, null),
					tuple(ReportEvent.Kind.MERGED, keptName));
		Unit keptAfter = this.units.findById(kept.id()).orElseThrow();
		assertThat(keptAfter.aliases()).extracting(UnitName::value)
			.containsExactly(junkName, junk.aliases().get(0).value());
		assertThat(newestAudit()).containsExactly("UNIT_MERGED", "unit:" + junk.id().value(), "单位「" + junkName + "」",
				"「" + junkName + "」并入「" + keptName + "」：3项任务（牵头或责任单位）、1个单位组（作为成员单位）、1个联络员账户、2份报送；「" + keptName
						+ "」新增别名：" + junkName + "、" + junk.aliases().get(0).value());
		assertThat(ledger(plan)).as("the kept ledger page follows").doesNotContain(junkName).contains(keptName);
		assertThat(this.mvc.perform(get("/tasks/" + parts.id().value()).with(this.demo.as("office")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("合并单位，「" + keptName + "」的报送记入此处");
	}

	@Test
	void afterAMergeTheOldNameResolvesToTheKeptUnitInATaskFormAndAnImport() throws Exception {
		Unit junk = registered("区老干局", "DEPARTMENT", "");
		Unit kept = registered("区委老干部局", "DEPARTMENT", "");
		merge(junk, kept, junk.version(), kept.version()).andExpect(status().is3xxRedirection());
		Plan plan = this.scratch.plan();

		String created = this.mvc
			.perform(post("/plans/" + plan.id().value() + "/tasks").with(this.demo.as("office"))
				.with(csrf())
				.param("number", "M" + suffix())
				.param("position", "1")
				.param("text", "旧名称写的任务")
				.param("leadUnits", junk.name().value())
				.param("status", "NOT_STARTED"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		MockHttpSession session = new MockHttpSession();
		String draft = this.mvc
			.perform(post("/plans/import").param("text", "测试区2026年老龄工作方案\n二、重点任务\n1.开展老干部走访。")
				.session(session)
				.with(this.demo.as("office"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String title = "合并后导入的方案" + suffix();
		this.mvc
			.perform(post(draft).session(session)
				.with(this.demo.as("office"))
				.with(csrf())
				.param("title", title)
				.param("periodStart", "2026-01-01")
				.param("periodEnd", "2026-12-31")
				.param("tasks[0].number", "1")
				.param("tasks[0].text", "开展老干部走访。")
				.param("tasks[0].leadUnits", junk.name().value()))
			.andExpect(status().is3xxRedirection());

		Task typed = this.demo.task(Long.parseLong(created.substring(created.lastIndexOf('/') + 1)));
		assertThat(typed.leadUnits()).containsExactly(kept.id());
		Plan imported = this.plans.findByTitle(this.demo.region("昆都仑区"), title).orElseThrow();
		assertThat(this.tasks.find(TaskQuery.all(imported.id()))).singleElement()
			.satisfies((t) -> assertThat(t.leadUnits()).containsExactly(kept.id()));
		assertThat(this.demo.kunquUnit(junk.name().value()).id()).as("no unit of the old name again")
			.isEqualTo(kept.id());
	}

	@Test
	void aMergeWaitsWhileTheKeptUnitHasNoFreePositionForALiaison() throws Exception {
		Unit junk = registered("区误建局", "DEPARTMENT", "");
		Unit kept = registered("区保留局", "DEPARTMENT", "");
		this.scratch.liaison(kept.name().value(), LiaisonPosition.PRIMARY, PASSWORD);
		this.scratch.liaison(kept.name().value(), LiaisonPosition.BACKUP, PASSWORD);
		Account stranded = this.scratch.liaison(junk.name().value(), LiaisonPosition.BACKUP, PASSWORD);
		String fingerprint = this.scratch.fingerprint();

		String page = mergePage(junk, kept);
		String refused = merge(junk, kept, junk.version(), kept.version()).andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String why = "「" + kept.name().value() + "」的主联络员和备用联络员岗位都已有启用的账户，「" + junk.name().value()
				+ "」的联络员测试联络员（备用联络员）没有空岗位，不能合并。请系统管理员先停用或改绑其中的账户";
		assertThat(page).contains(why).doesNotContain("id=\"merge-confirm\"");
		assertThat(refused).contains("保留的单位没有空的联络员岗位，没有合并", why);
		assertThat(this.scratch.fingerprint()).isEqualTo(fingerprint);
		assertThat(this.accounts.findById(stranded.id()).orElseThrow().unitId()).contains(junk.id());
	}

	@Test
	void aMergeFromAnOutdatedPageIsAConflictAndChangesNothing() throws Exception {
		Unit junk = registered("区误建局", "DEPARTMENT", "");
		Unit kept = registered("区保留局", "DEPARTMENT", "");
		this.scratch.task(junk.name().value(), "误建单位牵头的任务");
		String fingerprint = this.scratch.fingerprint();

		String page = merge(junk, kept, junk.version(), kept.version() + 1).andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("该单位已被他人修改、合并或删除，本次操作未生效");
		assertThat(this.scratch.fingerprint()).isEqualTo(fingerprint);
	}

	@Test
	void aGroupIsMergedOnlyIntoAGroupAndAUnitNeverIntoItself() throws Exception {
		Unit group = registered("各误建组", "GROUP", "");
		Unit department = registered("区保留局", "DEPARTMENT", "");

		String choices = mergePage(department, null);
		String refused = merge(group, department, group.version(), department.version())
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String itself = merge(department, department, department.version(), department.version())
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(choices).contains("区卫健委").doesNotContain(group.name().value(), "各街镇");
		assertThat(refused).contains("单位组只能合并到单位组");
		assertThat(itself).contains("不能把单位合并到它自己");
		assertThat(this.units.findById(group.id())).isPresent();
	}

	@Test
	void everyKindOfRecordHasItsWords() {
		Map<Referrer, Integer> one = new EnumMap<>(Referrer.class);
		for (Referrer referrer : Referrer.values()) {
			one.put(referrer, 1);
		}
		UnitReferences all = new UnitReferences(one);

		assertThat(this.texts.phrases(all)).hasSize(Referrer.values().length).allMatch((p) -> p.startsWith("1"));
		assertThat(this.texts.sharedPhrases(new UnitReferences(Map.of(Referrer.TASK, 2, Referrer.GROUP, 1,
				Referrer.MEMBER, 3, Referrer.NOTICE_RECEIPT, 1, Referrer.PROMPT, 1)), "区卫健委"))
			.hasSize(5)
			.allMatch((p) -> !p.contains("{"));
	}

	private Unit registered(String name, String kind, String aliases) throws Exception {
		return registered(name, kind, aliases, "");
	}

	private Unit registered(String name, String kind, String aliases, String members) throws Exception {
		String unique = name + suffix();
		this.mvc
			.perform(post("/units").with(this.demo.as("office"))
				.with(csrf())
				.param("name", unique)
				.param("kind", kind)
				.param("aliases", aliases)
				.param("members", members))
			.andExpect(status().is3xxRedirection());
		return this.demo.kunquUnit(unique);
	}

	private Task task(Plan plan, List<Unit> lead, List<Unit> responsible) {
		return this.tasks.save(plan.newTask(
				new TaskContent(new TaskNumber("M" + suffix()), 1, null, "合并测试任务", lead.stream().map(Unit::id).toList(),
						responsible.stream().map(Unit::id).toList(), List.of(), List.of())));
	}

	private Report report(Task task, ReportingPeriod period, Unit unit, ReportKind kind, String progress,
			boolean accept) {
		Report report = Report.start(task.id(), period, unit.id(), kind, 0);
		report.submit(period, new ReportContent(progress, List.of(), TaskStatus.IN_PROGRESS, null, null, null),
				List.of(), List.of(), 0, Instant.now().minusSeconds(2));
		Report saved = this.reports.save(report);
		// both before the merge, which is recorded as it happens
		this.reports.record(ReportEvent.of(saved, ReportEvent.Kind.SUBMITTED, Instant.now().minusSeconds(2), "junk"));
		if (!accept) {
			return saved;
		}
		saved.accept(period);
		Report done = this.reports.save(saved);
		this.reports.record(ReportEvent.of(done, ReportEvent.Kind.ACCEPTED, Instant.now().minusSeconds(1), "office"));
		return done;
	}

	private ResultActions delete(Unit unit, long version) throws Exception {
		return this.mvc.perform(post("/units/" + unit.id().value() + "/delete").with(this.demo.as("office"))
			.with(csrf())
			.param("version", String.valueOf(version)));
	}

	private ResultActions merge(Unit merged, Unit kept, long version, long keptVersion) throws Exception {
		return this.mvc.perform(post("/units/" + merged.id().value() + "/merge").with(this.demo.as("office"))
			.with(csrf())
			.param("into", String.valueOf(kept.id().value()))
			.param("version", String.valueOf(version))
			.param("intoVersion", String.valueOf(keptVersion)));
	}

	private String mergePage(Unit merged, Unit kept) throws Exception {
		return this.mvc
			.perform(get(
					"/units/" + merged.id().value() + "/merge" + ((kept == null) ? "" : "?into=" + kept.id().value()))
				.with(this.demo.as("office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String list() throws Exception {
		return this.mvc.perform(get("/units").with(this.demo.as("office")))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String ledger(Plan plan) throws Exception {
		return this.mvc.perform(get("/plans/" + plan.id().value()).with(this.demo.as("office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private List<String> newestAudit() {
		return this.jdbc.queryForObject(
				"select type, object, object_name, detail from audit_event order by id desc limit 1",
				(rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

}
