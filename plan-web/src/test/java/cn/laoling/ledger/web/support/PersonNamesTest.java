package cn.laoling.ledger.web.support;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import cn.laoling.ledger.notice.Notice;
import cn.laoling.ledger.notice.NoticeState;
import cn.laoling.ledger.notice.Receipts;
import cn.laoling.ledger.prompt.WorkPrompt;
import cn.laoling.ledger.prompt.WorkPrompts;
import cn.laoling.ledger.report.ExtensionRequest;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.web.DemoLedger;
import cn.laoling.ledger.web.ScratchData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Wherever a page says who did something it names the person by display name and where
 * they work (张丽（区卫健委）, 王敏（昆都仑区老龄办）), never by the login name.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PersonNamesTest {

	/** The demo's login names, none of which a page shows where it means a person. */
	private static final List<String> USERNAMES = List.of("office", "leader", "wjw", "wjw-backup", "mzj", "lz-office",
			"sysadmin", "secadmin", "auditadmin");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Autowired
	ScratchData scratch;

	@Autowired
	Receipts receipts;

	@Autowired
	WorkPrompts prompts;

	@Autowired
	Clock clock;

	private String page(String user, String url) throws Exception {
		return this.mvc.perform(get(url).with(this.demo.as(user))).andReturn().getResponse().getContentAsString();
	}

	private String named(String username, String place) {
		return this.demo.account(username).displayName() + "（" + place + "）";
	}

	private UnitId health() {
		return this.demo.kunquUnit("区卫健委").id();
	}

	/** A published notice, signed by leader and acknowledged by wjw for 区卫健委. */
	private Notice acknowledgedNotice() {
		Notice notice = this.scratch.notice(NoticeState.PUBLISHED);
		this.receipts.acknowledge(notice.id(), health(), "wjw", this.clock.instant());
		return notice;
	}

	/** A prompt sent by office and answered by wjw for 区卫健委. */
	private WorkPrompt answeredPrompt() {
		WorkPrompt prompt = this.scratch.prompt();
		this.prompts.acknowledge(prompt.id(), health(), "wjw", this.clock.instant());
		this.prompts.answer(prompt.id(), health(), "已完成结算通道建设", "wjw", this.clock.instant());
		return prompt;
	}

	@Test
	void aNoticeNamesWhoDraftedSignedAndAcknowledgedIt() throws Exception {
		String url = "/notices/" + acknowledgedNotice().id().value();

		String office = page("office", url);
		assertThat(office).contains("起草：" + named("office", "昆都仑区老龄办"), "签发：" + named("leader", "昆都仑区领导"),
				"<td>" + named("wjw", "区卫健委") + "</td>");
		assertThat(page("leader", url)).contains("起草：" + named("office", "昆都仑区老龄办"), "签发：" + named("leader", "昆都仑区领导"));
	}

	@Test
	void aPromptNamesWhoSentItAndWhoAcknowledgedAndAnsweredIt() throws Exception {
		String url = "/prompts/" + answeredPrompt().id().value();

		assertThat(page("office", url)).contains(named("office", "昆都仑区老龄办") + "发出", named("wjw", "区卫健委") + " 于 ",
				named("wjw", "区卫健委") + " 20");
		assertThat(page("wjw", url)).contains(named("office", "昆都仑区老龄办") + "发出", named("wjw", "区卫健委") + " 20");
	}

	@Test
	void noPageOfTheDemoShowsALoginNameWhereItMeansAPerson() throws Exception {
		String notice = "/notices/" + acknowledgedNotice().id().value();
		String prompt = "/prompts/" + answeredPrompt().id().value();
		Report report = this.scratch.submittedReport();
		ExtensionRequest extension = this.scratch.pendingExtension();
		String reportTask = "/tasks/" + report.taskId().value();
		String extensionTask = "/tasks/" + extension.taskId().value();
		List<String[]> visits = new ArrayList<>();
		for (String url : List.of("/plans", "/overview", "/notices", notice, "/prompts", prompt, "/review",
				"/review/" + report.id().value(), reportTask, extensionTask, "/reminders", "/units", "/notifications",
				"/plans/" + this.demo.kunquPlan().id().value())) {
			visits.add(new String[] { "office", url });
		}
		for (String url : List.of("/overview", "/notices", notice, "/plans")) {
			visits.add(new String[] { "leader", url });
		}
		for (String url : List.of("/reports", "/notices", "/prompts", prompt, "/notifications")) {
			visits.add(new String[] { "wjw", url });
		}
		visits.add(new String[] { "auditadmin", "/audit" });
		for (String[] visit : visits) {
			String text = visibleText(page(visit[0], visit[1]));
			for (String username : USERNAMES) {
				assertThat(loginName(username).matcher(text).find())
					.as(visit[0] + " " + visit[1] + " names someone " + username)
					.isFalse();
			}
		}
	}

	@Test
	void theSecurityAdministratorChangesTheRoleOfAPersonNamedWithTheirAccount() throws Exception {
		var wjw = this.demo.account("wjw");
		assertThat(page("secadmin", "/admin/accounts/" + wjw.id().value() + "/role"))
			.contains("变更角色：" + wjw.displayName() + "（wjw）");
	}

	/**
	 * The words a page shows: without markup and attributes, without e-mail addresses (a
	 * reminder mailed to wjw@… names a mailbox), and without the audit log's own 账户 wjw,
	 * where the account is what the auditor needs.
	 */
	private static String visibleText(String html) {
		return html.replaceAll("(?s)<script.*?</script>", " ")
			.replaceAll("(?s)<[^>]*>", " ")
			.replaceAll("[^\\s@,，、]+@[^\\s@,，、]+", " ")
			.replaceAll("账户 [A-Za-z0-9._-]+", " ");
	}

	private static Pattern loginName(String username) {
		return Pattern.compile("(?<![A-Za-z0-9._-])" + Pattern.quote(username) + "(?![A-Za-z0-9._-])");
	}

}
