package cn.laoling.ledger.web;

import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskQuery;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.web.support.Chromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One whole quarter of a plan of this year, in a real browser, as the office, the leader,
 * the liaisons of the lead unit (区民政局) and of a responsible unit (区卫健委) and the audit
 * administrator: import → put in force → 催报 → a part reported → consolidated → one report
 * returned, the others accepted → the notice drafted, signed off, published → units
 * acknowledge → the leader's overview. Every hand-off raises the receiver's unread count;
 * at the end the notice, the overview and the ledger agree on every count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuarterJourneyBrowserTest {

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	private static final String PASSWORD = "Demo@2026";

	@LocalServerPort
	int port;

	@Autowired
	Plans plans;

	@Autowired
	Tasks tasks;

	@Autowired
	ReportingPeriods periods;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	private final Map<String, BrowserContext> contexts = new LinkedHashMap<>();

	@AfterEach
	void closeBrowsers() {
		this.contexts.values().forEach(BrowserContext::close);
	}

	@Test
	void oneQuarterFromImportToTheLeadersOverviewWithEveryHandOffAnnounced() throws Exception {
		Files.createDirectories(Chromium.SCREENSHOTS);
		int year = LocalDate.now(this.clock).getYear();
		String title = "昆都仑区" + year + "年老龄工作季度推进方案（" + UUID.randomUUID().toString().substring(0, 4) + "）";
		Page office = as("office");
		Page leader = as("leader");
		Page civil = as("mzj");
		Page health = as("wjw");

		// the office imports the plan, a draft nobody else sees, and puts it in force
		office.navigate(url("/plans/import"));
		office.fill("#text",
				String.join("\n", title, "一、重点任务", "1.创建老年友好型社区10个，到" + year + "年底完成。（牵头单位：区民政局；责任单位：区卫健委）",
						"2.开展老年人健康体检服务，" + year + "年12月底前完成。（牵头单位：区卫健委）",
						"3.新建社区老年助餐点5个，到" + year + "年底完成。（牵头单位：区民政局）"));
		office.click("#import-form button[type=submit]");
		loaded(office, "#import-confirm-button");
		assertThat(office.locator(".import-task").count()).isEqualTo(3);
		office.fill("#title", title);
		shots(office, "quarter-01-import-preview");
		office.click("#import-confirm-button");
		loaded(office, "#ledger");
		long planId = Long.parseLong(office.url().replaceAll(".*/plans/(\\d+).*", "$1"));
		health.navigate(url("/plans/" + planId));
		assertThat(health.locator("#ledger").count()).as("a draft stays with the office").isZero();
		office.navigate(url("/plans/" + planId + "/edit"));
		office.selectOption("#status", "IN_FORCE");
		office.click("form:has(#status) button[type=submit]");
		loaded(office, "#ledger");

		List<Task> all = this.tasks.find(TaskQuery.all(new PlanId(planId)));
		assertThat(all).hasSize(3);
		ReportingPeriod period = ReportingPeriod
			.onDay(this.periods.forPlan(new PlanId(planId)),
					this.plans.findById(new PlanId(planId)).orElseThrow().period(), LocalDate.now(this.clock))
			.orElseThrow();
		String communities = reportUrl(all.get(0), period);
		String checkups = reportUrl(all.get(1), period);
		String canteens = reportUrl(all.get(2), period);

		// the lead unit chases the responsible unit's part, which then comes
		int before = unread(health);
		civil.navigate(url(communities));
		loaded(civil, "#missing");
		assertThat(civil.innerText("#missing")).contains("区卫健委");
		civil.click("#missing button.chase");
		loaded(civil, "#report-form");
		assertThat(unread(health)).as("催报 reaches 区卫健委").isEqualTo(before + 1);

		before = unread(civil);
		health.setViewportSize(390, 844);
		health.navigate(url("/reports"));
		loaded(health, "#my-work");
		shots(health, "quarter-02-liaison-my-work");
		health.navigate(url(communities));
		loaded(health, "#report-form");
		health.fill("#progress", "区卫健委完成社区健康服务评估3个");
		health.fill("#figures0\\.value", "3");
		health.click("#submit-report");
		health.waitForURL("**/reports");
		assertThat(unread(civil)).as("a part submitted reaches the lead unit").isEqualTo(before + 1);

		// the lead unit consolidates; every lead report reaches the office
		before = unread(office);
		int waiting = badge(office, "#waiting-review");
		civil.navigate(url(communities));
		loaded(civil, "#parts");
		assertThat(civil.innerText("#parts")).contains("区卫健委", "区卫健委完成社区健康服务评估3个");
		shots(civil, "quarter-03-consolidation");
		submit(civil, communities, "全区已创建老年友好型社区9个", "9", "IN_PROGRESS");
		assertThat(unread(office)).as("a lead report reaches the office").isEqualTo(before + 1);
		assertThat(badge(office, "#waiting-review")).isEqualTo(waiting + 1);
		submit(health, checkups, "已完成健康体检2.1万人次", null, "IN_PROGRESS");
		submit(civil, canteens, "助餐点选址完成", "1", "IN_PROGRESS");
		assertThat(badge(office, "#waiting-review")).isEqualTo(waiting + 3);

		// the office returns one report with a comment and accepts the others
		before = unread(civil);
		review(office, title, all.get(2), false, "请写明每个助餐点的位置和开业时间。");
		assertThat(unread(civil)).as("a returned report reaches the lead unit").isEqualTo(before + 1);
		civil.navigate(url("/notifications"));
		loaded(civil, "#notifications");
		assertThat(civil.innerText("#notifications")).contains("请写明每个助餐点的位置和开业时间。");
		before = unread(civil);
		review(office, title, all.get(0), true, null);
		assertThat(unread(civil)).as("an accepted report reaches the lead unit").isEqualTo(before + 1);
		before = unread(health);
		review(office, title, all.get(1), true, null);
		assertThat(unread(health)).isEqualTo(before + 1);
		assertThat(badge(office, "#waiting-review")).isEqualTo(waiting);

		// the notice: drafted, sent for 签发, signed off, published
		office.navigate(url("/plans/" + planId + "/periods"));
		loaded(office, "#periods");
		office.click("tr.period-row[data-period-id='" + period.id().value() + "'] .notice-generate");
		office.waitForURL("**/edit");
		office.click("#notice-save");
		loaded(office, "#notice-paper");
		String notice = office.url();
		before = unread(leader);
		int toSign = badge(leader, "#waiting-notices");
		office.navigate(notice);
		office.click("#notice-submit");
		office.waitForSelector("#notice-state:has-text('待签发')");
		assertThat(unread(leader)).as("a notice sent for 签发 reaches the leaders").isEqualTo(before + 1);
		assertThat(badge(leader, "#waiting-notices")).isEqualTo(toSign + 1);
		leader.navigate(notice);
		loaded(leader, "#notice-paper");
		shots(leader, "quarter-04-notice-to-sign");
		leader.click("#notice-sign");
		leader.waitForSelector("#notice-state:has-text('已签发')");
		int civilBefore = unread(civil);
		int healthBefore = unread(health);
		office.navigate(notice);
		office.click("#notice-publish");
		office.waitForSelector("#notice-state:has-text('已印发')");
		assertThat(unread(civil)).as("a published notice reaches every unit that must 签收").isEqualTo(civilBefore + 1);
		assertThat(unread(health)).isEqualTo(healthBefore + 1);
		for (Page unit : List.of(civil, health)) {
			unit.navigate(notice);
			loaded(unit, "#notice-paper");
			unit.click("#notice-acknowledge");
			unit.waitForSelector("#notice-acknowledged");
		}
		shots(health, "quarter-05-notice-acknowledged");

		// the leader's overview, the ledger and the notice count the same
		leader.navigate(url("/overview?plan=" + planId));
		loaded(leader, "#tiles");
		shots(leader, "quarter-06-overview");
		Map<String, Object> counts = this.jdbc.queryForMap("""
				select task_count, completed, ahead + on_schedule as on_or_ahead, behind, unreported, overdue
				from notice where plan_id = ?""", planId);
		assertThat(tile(leader, "tasks")).isEqualTo(number(counts, "task_count")).isEqualTo(3);
		assertThat(tile(leader, "completed")).isEqualTo(number(counts, "completed"));
		assertThat(tile(leader, "on")).isEqualTo(number(counts, "on_or_ahead"));
		assertThat(tile(leader, "behind")).isEqualTo(number(counts, "behind"));
		assertThat(tile(leader, "unreported")).as("the returned report leaves its task unreported")
			.isEqualTo(number(counts, "unreported"))
			.isEqualTo(1);
		assertThat(tile(leader, "overdue")).isEqualTo(number(counts, "overdue"));
		office.navigate(url("/plans/" + planId));
		loaded(office, "#ledger-counts");
		shots(office, "quarter-07-ledger");
		Matcher line = Pattern
			.compile("已完成(\\d+)项（已销号\\d+项）· 超进度(\\d+)项 · 达进度(\\d+)项 · 欠进度(\\d+)项 · 未报送(\\d+)项；逾期未完成(\\d+)项")
			.matcher(office.innerText("#ledger-counts"));
		assertThat(line.find()).isTrue();
		assertThat(Integer.parseInt(line.group(1))).isEqualTo(number(counts, "completed"));
		assertThat(Integer.parseInt(line.group(2)) + Integer.parseInt(line.group(3)))
			.isEqualTo(number(counts, "on_or_ahead"));
		assertThat(Integer.parseInt(line.group(4))).isEqualTo(number(counts, "behind"));
		assertThat(Integer.parseInt(line.group(5))).isEqualTo(number(counts, "unreported"));
		assertThat(Integer.parseInt(line.group(6))).isEqualTo(number(counts, "overdue"));

		// the audit administrator reads the quarter in Chinese
		Page audit = as("auditadmin");
		audit.navigate(url("/audit"));
		loaded(audit, "#audit");
		shots(audit, "quarter-08-audit");
		assertThat(audit.innerText("#audit")).contains("退回", title).doesNotContain("REPORT_RETURNED");
	}

	private Page as(String username) {
		BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768));
		Page page = context.newPage();
		page.onDialog((dialog) -> dialog.accept());
		page.navigate(url("/login"));
		page.fill("#username", username);
		page.fill("#password", PASSWORD);
		page.click("main button[type=submit]");
		page.waitForLoadState(LoadState.LOAD);
		this.contexts.put(username, context);
		return page;
	}

	private void submit(Page page, String report, String progress, String figure, String status) {
		page.navigate(url(report));
		loaded(page, "#report-form");
		page.fill("#progress", progress);
		if (figure != null) {
			page.fill("#figures0\\.value", figure);
		}
		page.selectOption("#status", status);
		page.click("#submit-report");
		page.waitForURL("**/reports");
	}

	private void review(Page office, String plan, Task task, boolean accept, String comment) {
		office.navigate(url("/review"));
		loaded(office, "#review-queue");
		office.locator("tr.review-item")
			.filter(new Locator.FilterOptions().setHasText(plan))
			.filter(new Locator.FilterOptions().setHasText(task.text().substring(0, 8)))
			.locator("a")
			.first()
			.click();
		loaded(office, "#review-form");
		if (accept) {
			office.click("#accept-report");
		}
		else {
			office.fill("#comment", comment);
			office.click("#return-report");
		}
		office.waitForURL("**/review");
	}

	/** The unread count on the bell, read from the user's home page. */
	private int unread(Page page) {
		page.navigate(url("/"));
		page.waitForLoadState(LoadState.LOAD);
		Locator count = page.locator("#unread-count");
		return (count.count() == 0) ? 0 : Integer.parseInt(count.innerText().trim());
	}

	/** A count of what waits, beside a navigation link. */
	private int badge(Page page, String selector) {
		page.navigate(url("/"));
		page.waitForLoadState(LoadState.LOAD);
		Locator badge = page.locator(selector);
		return (badge.count() == 0) ? 0 : Integer.parseInt(badge.innerText().replaceAll("\\D", ""));
	}

	private static int tile(Page page, String name) {
		return Integer.parseInt(page.innerText("#tile-" + name).trim());
	}

	private static int number(Map<String, Object> row, String column) {
		return ((Number) row.get(column)).intValue();
	}

	private static String reportUrl(Task task, ReportingPeriod period) {
		return "/tasks/" + task.id().value() + "/reports/" + period.id().value();
	}

	/** The page at a laptop's size and a phone's, as it then is. */
	private static void shots(Page page, String name) {
		var size = page.viewportSize();
		page.setViewportSize(1366, 768);
		page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve(name + "-1366.png"))
			.setFullPage(true));
		page.setViewportSize(390, 844);
		page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve(name + "-390.png"))
			.setFullPage(true));
		assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth"))
			.as(name + " scrolls sideways on a phone")
			.isLessThanOrEqualTo(390);
		page.setViewportSize(size.width, size.height);
	}

	private static void loaded(Page page, String selector) {
		page.waitForSelector(selector);
		page.waitForLoadState(LoadState.LOAD);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
