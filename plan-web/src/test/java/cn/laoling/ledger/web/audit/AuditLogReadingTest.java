package cn.laoling.ledger.web.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.audit.AuditEvent;
import cn.laoling.ledger.audit.AuditLog;
import cn.laoling.ledger.audit.AuditOutcome;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.web.DemoLedger;
import cn.laoling.ledger.web.ScratchData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The audit administrator reads the log in Chinese, on the page and in the CSV: who by
 * name and account, what kind of event, on what object by its name, how it ended, and
 * what an edit changed; rows written before names were kept read the same way; and what
 * is typed as the username of a failed login for no account is kept nowhere.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditLogReadingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Autowired
	ScratchData scratch;

	@Autowired
	AuditLog log;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	private String body(String user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(this.demo.as(user)).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String auditTable(String query) throws Exception {
		String page = body("auditadmin", get("/audit" + query));
		return page.substring(page.indexOf("<table"), page.indexOf("</table>"));
	}

	/** The newest rows of a page's table, as HTML. */
	private static String newestLines(String table, int count) {
		String[] lines = table.split("<tr class=\"audit-line\"");
		return String.join("", List.of(lines).subList(1, count + 1));
	}

	@Test
	void aTaskEditReadsAsWhoChangedWhichTaskAndWhatWasBeforeAndAfterOnThePageAndInTheCsv() throws Exception {
		String before = "审计阅读测试任务" + UUID.randomUUID().toString().substring(0, 6);
		Task task = this.scratch.task("区卫健委", before);
		String after = before + "（改）";
		this.mvc.perform(post("/tasks/" + task.id().value() + "/edit").param("number", task.number().value())
			.param("position", "1")
			.param("text", after)
			.param("leadUnits", "区卫健委")
			.param("deadlines[0].date", "2026-09-30")
			.param("deadlines[0].wording", "9月底前")
			.param("status", "IN_PROGRESS")
			.param("version", String.valueOf(task.version()))
			.with(this.demo.as("office"))
			.with(csrf()));
		String object = "任务「" + after + "」《" + ScratchData.PLAN_TITLE + "》";

		String table = auditTable("?type=TASK_CHANGED&object=" + after);
		Account office = this.demo.account("office");
		assertThat(table).contains("修改任务", "成功", object, office.displayName() + "（昆都仑区老龄办）", "账户 office",
				"重点任务：" + before + " → " + after, "完成时限：", "→ 2026-09-30 9月底前", "完成状态：未启动 → 推进中");
		assertThat(table).doesNotContain("TASK_CHANGED", "SUCCESS", "task:" + task.id().value());

		String csv = body("auditadmin", get("/audit/export?type=TASK_CHANGED&object=" + after));
		assertThat(csv.lines().findFirst().orElseThrow()).contains("编号", "时间", "操作人", "账户", "事件类型", "对象", "结果", "详情");
		assertThat(csv).contains("\"修改任务\"", "\"成功\"", "\"" + object + "\"", "\"office\"",
				"重点任务：" + before + " → " + after);
		assertThat(csv).doesNotContain("TASK_CHANGED", "SUCCESS", "task:");
	}

	@Test
	void aFailedLoginForNoAccountKeepsNothingOfWhatWasTypedAndReadsAsUnknownAccount() throws Exception {
		String typed = "Secret-" + UUID.randomUUID().toString().substring(0, 8) + "!";
		this.mvc.perform(post("/login").param("username", typed).param("password", "whatever").with(csrf()));

		Integer kept = this.jdbc.queryForObject(
				"select count(*) from audit_event where actor like ? or object like ? or object_name like ? or detail like ?",
				Integer.class, "%" + typed + "%", "%" + typed + "%", "%" + typed + "%", "%" + typed + "%");
		assertThat(kept).isZero();
		assertThat(this.jdbc.queryForObject("select actor from audit_event order by id desc limit 1", String.class))
			.isEqualTo(AuditEvent.UNKNOWN_ACCOUNT);

		String table = auditTable("?type=LOGIN_FAILED");
		assertThat(table).contains("登录失败", "失败", "未知账户", "用户名或密码错误").doesNotContain(typed, "bad credentials");
		assertThat(this.log.verify(Instant.now()).intact()).isTrue();
	}

	@Test
	void rowsWrittenBeforeNamesWereKeptReadInWordsAndHideWhatAnUnknownUserTyped() throws Exception {
		Account wjw = this.demo.account("wjw");
		long unit = this.demo.kunquUnit("区卫健委").id().value();
		String marker = "旧行" + UUID.randomUUID().toString().substring(0, 6);
		List<AuditEvent> legacy = List.of(
				new AuditEvent(Instant.now(), "secadmin", "10.0.0.9", AuditType.ROLE_CHANGED,
						"account:" + wjw.id().value(), AuditOutcome.SUCCESS, "OFFICE -> LEADER"),
				new AuditEvent(Instant.now(), "wjw", "10.0.0.9", AuditType.NOTICE_ACKNOWLEDGED, "notice:999999",
						AuditOutcome.SUCCESS, "UnitId[value=" + unit + "]"),
				new AuditEvent(Instant.now(), "hunter2-" + marker, "10.0.0.9", AuditType.LOGIN_FAILED,
						"account:unknown", AuditOutcome.FAILURE, "bad credentials"),
				new AuditEvent(Instant.now(), "-", "10.0.0.9", AuditType.ACCESS_DENIED, "POST /units",
						AuditOutcome.FAILURE, "csrf token missing or invalid"));
		this.transaction.executeWithoutResult((status) -> legacy.forEach(this.log::append));

		String table = newestLines(auditTable(""), legacy.size());
		assertThat(table).contains("账户 wjw（" + wjw.displayName() + "）", "老龄办 → 领导", "签收进度通报", "进度通报（编号999999，已不存在）",
				"区卫健委", "未知账户", "用户名或密码错误", "访问地址 POST /units", "（未登录）");
		assertThat(table).doesNotContain("UnitId[", "account:", "notice:", "bad credentials", "OFFICE", "csrf token",
				"hunter2-" + marker);
		String csv = body("auditadmin", get("/audit/export"));
		assertThat(csv).contains("未知账户").doesNotContain("hunter2-" + marker, "UnitId[", "bad credentials");
	}

}
