package cn.laoling.ledger.web;

import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import cn.laoling.ledger.notice.NoticeId;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanStatus;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.prompt.WorkPrompt;
import cn.laoling.ledger.web.notice.NoticeService;
import cn.laoling.ledger.web.security.LedgerUser;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.security.Viewers;
import cn.laoling.ledger.web.support.Chromium;

/**
 * Every page a liaison works on and the pages a leader reads and signs, on a phone
 * (390×844) and, to keep what was there, on a laptop (1366×768): nothing scrolls
 * sideways, task text is readable, the page's action button is in view and the unread
 * count shows without opening the menu. Screenshots land in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhoneLayoutBrowserTest {

	/** The narrowest a task's text may be to be read: some twelve characters a line. */
	static final double READABLE = 200;

	enum Screen {

		PHONE(390, 844), LAPTOP(1366, 768);

		final int width;

		final int height;

		Screen(int width, int height) {
			this.width = width;
			this.height = height;
		}

	}

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	ScratchData scratch;

	@Autowired
	DemoLedger demo;

	@Autowired
	Plans plans;

	@Autowired
	NoticeService notices;

	@Autowired
	Viewers viewers;

	@Autowired
	UserDetailsService users;

	@ParameterizedTest
	@EnumSource(Screen.class)
	void aLiaisonReportsAcknowledgesAndAnswersWithoutScrollingSideways(Screen screen) throws Exception {
		Task task = this.scratch.taskWithASubmittedPart();
		NoticeId notice = awaitingSignOff();
		this.notices.signOff(viewer("leader"), notice, version(notice));
		this.notices.publish(viewer("office"), notice, version(notice));
		WorkPrompt prompt = this.scratch.prompt();
		this.scratch.notificationTo("区卫健委");
		SoftAssertions softly = new SoftAssertions();
		try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
				Page page = context.newPage()) {
			page.setViewportSize(screen.width, screen.height);
			login(page, "wjw");
			String row = "tr.work-item[data-task-id='" + task.id().value() + "']";
			visit(page, "/reports", "#my-work", screen, "liaison-my-work", softly);
			softly.assertThat(page.locator("#unread-count").isVisible())
				.as("the unread count shows without opening the menu")
				.isTrue();
			inView(page, "#unread-count", "the unread count", softly);
			readable(page, row + " .task-text", softly);
			inView(page, row + " a.btn", "填报", softly);
			if (screen == Screen.PHONE) {
				softly.assertThat(page.locator(row + " td").evaluateAll("""
						(cells) => cells.map((cell) => getComputedStyle(cell, '::before').content)"""))
					.as("the cells of a card are labelled with their columns' headings")
					.asString()
					.contains("\"报送期\"", "\"报送状态\"", "\"截止日期\"");
			}

			page.click(row + " a.btn");
			loaded(page, "#report-form");
			fits(page, screen, "liaison-report-form", softly);
			softly.assertThat(page.innerText("#parts")).as("the parts to consolidate").contains("区民政局", "配合完成3个");
			inView(page, "#parts td:has-text('配合完成3个')", "a part's progress", softly);
			inView(page, "#evidence-upload", "上传", softly);
			inView(page, "#figures0\\.value", "the figure", softly);
			inView(page, "#submit-report", "提交", softly);
			page.fill("#progress", "全区已创建老年友好型社区10个");
			page.fill("#figures0\\.value", "10");
			page.click("#submit-report");
			page.waitForURL("**/reports");
			softly.assertThat(page.innerText(row)).as("the report went in").contains("已提交");

			visit(page, "/tasks/" + task.id().value(), "#timeline", screen, "liaison-task", softly);
			inView(page, "#ask-extension", "申请延期", softly);
			page.fill("#extension-date", task.dueDeadline().date().plusMonths(1).toString());
			page.fill("#extension-reason", "受场地改造影响，社区创建验收需顺延一个月。");
			page.click("#ask-extension");
			loaded(page, "#extension-list");
			fits(page, screen, "liaison-task-extension", softly);

			visit(page, "/notices", "#notices", screen, "liaison-notices", softly);
			inView(page, "tr.notice-row[data-notice-id='" + notice.value() + "'] a", "the notice", softly);
			visit(page, "/notices/" + notice.value(), "#notice-paper", screen, "liaison-notice", softly);
			inView(page, "#notice-acknowledge", "签收", softly);
			page.click("#notice-acknowledge");
			loaded(page, "#notice-acknowledged");

			visit(page, "/prompts", "#prompts", screen, "liaison-prompts", softly);
			inView(page, "tr.prompt-row[data-prompt-id='" + prompt.id().value() + "'] a", "the prompt", softly);
			visit(page, "/prompts/" + prompt.id().value(), "#prompt-own", screen, "liaison-prompt", softly);
			inView(page, "#prompt-acknowledge", "签收", softly);
			inView(page, "#prompt-answer", "答复", softly);
			page.click("#prompt-acknowledge");
			loaded(page, "#prompt-acknowledged");
			page.fill("#answer", "已完成优先结算通道建设。");
			page.click("#prompt-answer");
			loaded(page, "#prompt-answered");

			visit(page, "/notifications", "#notifications", screen, "liaison-notifications", softly);
			inView(page, "#notifications .notification-title", "a notification", softly);

			visit(page, "/password", "main form", screen, "liaison-password", softly);
			inView(page, "main button[type=submit]", "保存", softly);

			visit(page, "/plans", "#plans", screen, "liaison-plans", softly);
			readable(page, "#plans td:has(a:has-text('" + DemoLedger.KUNQU_PLAN + "'))", softly);
			visit(page, "/plans/" + task.planId().value(), "#ledger", screen, "liaison-ledger", softly);
			readable(page, "#ledger tr.task-row[data-task-id='" + task.id().value() + "'] .task-text", softly);

			visit(page, "/overview", "#tiles", screen, "liaison-overview", softly);
		}
		softly.assertAll();
	}

	@ParameterizedTest
	@EnumSource(Screen.class)
	void aLeaderReadsTheOverviewAndSignsANoticeWithoutScrollingSideways(Screen screen) throws Exception {
		NoticeId notice = awaitingSignOff();
		long plan = this.notices.readable(viewer("leader"), notice).planId().value();
		SoftAssertions softly = new SoftAssertions();
		try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
				Page page = context.newPage()) {
			page.setViewportSize(screen.width, screen.height);
			login(page, "leader");
			visit(page, "/overview", "#tiles", screen, "leader-overview", softly);
			if (page.locator("#notification-bell").count() > 0) {
				inView(page, "#notification-bell", "the bell", softly);
			}
			visit(page, "/overview?plan=" + plan, "#tiles", screen, "leader-overview-plan", softly);

			visit(page, "/notices", "#notices", screen, "leader-notices", softly);
			inView(page, "tr.notice-row[data-notice-id='" + notice.value() + "'] a", "the notice", softly);
			visit(page, "/notices/" + notice.value(), "#notice-paper", screen, "leader-notice", softly);
			inView(page, "#notice-sign", "签发", softly);
			inView(page, "#notice-send-back button[type=submit]", "退回", softly);
			page.onceDialog((dialog) -> dialog.accept());
			page.click("#notice-sign");
			loaded(page, "#notice-state:has-text('已签发')");

			visit(page, "/plans", "#plans", screen, "leader-plans", softly);
			readable(page, "#plans td:has(a:has-text('" + DemoLedger.KUNQU_PLAN + "'))", softly);
			visit(page, "/plans/" + this.demo.kunquPlan().id().value(), "#ledger", screen, "leader-ledger", softly);
			readable(page, "#ledger tr.task-row .task-text >> nth=0", softly);
		}
		softly.assertAll();
	}

	@ParameterizedTest
	@EnumSource(Screen.class)
	void theAdministratorsKeepAccountsAndReadTheAuditLogWithoutScrollingSideways(Screen screen) throws Exception {
		SoftAssertions softly = new SoftAssertions();
		for (String administrator : List.of("sysadmin", "secadmin")) {
			try (BrowserContext context = chromium.browser()
				.newContext(new Browser.NewContextOptions().setLocale("zh-CN")); Page page = context.newPage()) {
				page.setViewportSize(screen.width, screen.height);
				login(page, administrator);
				visit(page, "/admin/accounts", "#accounts", screen, administrator + "-accounts", softly);
				if (screen == Screen.PHONE) {
					readable(page, "#account-wjw td.cards-headline", softly);
				}
				inView(page, "#account-wjw td.account-actions .btn >> nth=0", "the first action on 张丽's account",
						softly);
			}
		}
		try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
				Page page = context.newPage()) {
			page.setViewportSize(screen.width, screen.height);
			login(page, "auditadmin");
			visit(page, "/audit", "#audit", screen, "auditadmin-audit", softly);
		}
		softly.assertAll();
	}

	/**
	 * A notice the office drafted from the ledger of the second quarter of a plan in
	 * force of three tasks (one never reported) and sent for 签发.
	 */
	private NoticeId awaitingSignOff() {
		ScratchData.NoticePlan seeded = this.scratch.noticePlan();
		Plan plan = seeded.plan();
		plan.changeStatus(PlanStatus.IN_FORCE);
		this.plans.save(plan);
		NoticeId notice = this.notices.draft(viewer("office"), plan.id(), seeded.q2().id());
		this.notices.submit(viewer("office"), notice, version(notice));
		return notice;
	}

	private long version(NoticeId notice) {
		return this.notices.readable(viewer("office"), notice).version();
	}

	private Viewer viewer(String username) {
		return this.viewers.of((LedgerUser) this.users.loadUserByUsername(username));
	}

	private void visit(Page page, String path, String selector, Screen screen, String name, SoftAssertions softly)
			throws Exception {
		page.navigate(url(path));
		loaded(page, selector);
		fits(page, screen, name, softly);
	}

	/**
	 * Nothing on the page scrolls sideways: neither the page nor a box inside it (a table
	 * in {@code .table-responsive} that is wider than the screen).
	 */
	@SuppressWarnings("unchecked")
	static void fits(Page page, Screen screen, String name, SoftAssertions softly) throws Exception {
		Files.createDirectories(Chromium.SCREENSHOTS);
		page.screenshot(new Page.ScreenshotOptions()
			.setPath(Chromium.SCREENSHOTS.resolve(screen.name().toLowerCase() + "-" + name + ".png"))
			.setFullPage(true));
		List<String> wide = (List<String>) page.evaluate(
				"""
						() => {
						  const wide = [];
						  const doc = document.documentElement;
						  if (doc.scrollWidth > window.innerWidth) {
						    // name the innermost elements reaching past the screen, to find the culprit
						    const past = [...document.querySelectorAll('body *')]
						      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1
						        && ![...e.children].some((c) => c.getBoundingClientRect().right > window.innerWidth + 1))
						      .slice(0, 3)
						      .map((e) => (e.id ? '#' + e.id : e.tagName.toLowerCase() + '.' + e.className)
						        + ' "' + e.textContent.trim().slice(0, 30) + '"');
						    wide.push('the page: ' + doc.scrollWidth + ' > ' + window.innerWidth + ', past it: ' + past.join('; '));
						  }
						  for (const e of document.querySelectorAll('body *')) {
						    const x = getComputedStyle(e).overflowX;
						    if ((x === 'auto' || x === 'scroll') && e.scrollWidth > e.clientWidth + 1) {
						      wide.push((e.id ? '#' + e.id : e.tagName.toLowerCase() + '.' + e.className)
						        + ': ' + e.scrollWidth + ' > ' + e.clientWidth);
						    }
						  }
						  return wide;
						}""");
		softly.assertThat(wide).as("%s at %s: what scrolls sideways", page.url(), screen).isEmpty();
	}

	/** The element is shown and lies within the width of the screen. */
	static void inView(Page page, String selector, String what, SoftAssertions softly) {
		Locator element = page.locator(selector).first();
		if (!element.isVisible()) {
			softly.fail("%s (%s) is not visible on %s", what, selector, page.url());
			return;
		}
		BoundingBox box = element.boundingBox();
		int width = page.viewportSize().width;
		softly.assertThat(box.x >= 0 && box.x + box.width <= width)
			.as("%s (%s) on %s lies within the screen: x %.0f to %.0f of %d", what, selector, page.url(), box.x,
					box.x + box.width, width)
			.isTrue();
	}

	/** The text is laid out wide enough to be read, not a few characters a line. */
	private static void readable(Page page, String selector, SoftAssertions softly) {
		Locator text = page.locator(selector).first();
		if (!text.isVisible()) {
			softly.fail("%s is not visible on %s", selector, page.url());
			return;
		}
		softly.assertThat(text.boundingBox().width)
			.as("the width of %s on %s", selector, page.url())
			.isGreaterThanOrEqualTo(READABLE);
	}

	private void login(Page page, String username) {
		page.navigate(url("/login"));
		page.fill("#username", username);
		page.fill("#password", "Demo@2026");
		page.click("main button[type=submit]");
		page.waitForURL((address) -> !address.endsWith("/login"));
	}

	static void loaded(Page page, String selector) {
		page.waitForSelector(selector);
		page.waitForLoadState(LoadState.LOAD);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
