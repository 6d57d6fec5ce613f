package cn.laoling.ledger.web;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.web.PhoneLayoutBrowserTest.Screen;
import cn.laoling.ledger.web.support.Chromium;

import static cn.laoling.ledger.web.PhoneLayoutBrowserTest.fits;
import static cn.laoling.ledger.web.PhoneLayoutBrowserTest.inView;
import static cn.laoling.ledger.web.PhoneLayoutBrowserTest.loaded;

/**
 * Targets made of parts in a real browser, on a laptop and a phone: the office splits a
 * target among the 街镇 on the page, a 街镇 liaison sees its share in 我的待办 and reports it,
 * the lead unit sees each 街镇 on its own share; and 凉州's three-year target divided by year
 * shows the year carried over, in the task and in the year's work points. Screenshots
 * land in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TargetPartsBrowserTest {

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	ScratchData scratch;

	@Autowired
	DemoLedger demo;

	@Autowired
	Tasks tasks;

	@ParameterizedTest
	@EnumSource(Screen.class)
	void aTargetSplitAmongTheStreetsIsReportedShareByShare(Screen screen) throws Exception {
		Plan plan = this.scratch.planInForce("分解浏览器测试");
		Task task = this.tasks.save(plan.newTask(new TaskContent(new TaskNumber("1"), 1, null,
				"推进老年友好型社区创建，到年底全区创建老年友好型社区26个（浏览器测试）", List.of(this.demo.kunquUnit("区卫健委").id()),
				List.of(this.demo.kunquUnit("各街镇").id()), List.of(Target.atLeast(26, "个", "老年友好型社区")), List.of())));
		long north = this.demo.kunquUnit("昆北街道").id().value();
		long sand = this.demo.kunquUnit("沙河街道").id().value();
		SoftAssertions softly = new SoftAssertions();
		try (BrowserContext context = context(); Page page = page(context, screen)) {
			login(page, "office");
			page.navigate(url("/tasks/" + task.id().value()));
			loaded(page, "a.split-target");
			page.click("a.split-target");
			loaded(page, "#quota-form");
			fits(page, screen, "office-split", softly);
			page.fill("tr.quota-line[data-unit-id='" + north + "'] input.quota-amount", "2");
			page.fill("tr.quota-line[data-unit-id='" + sand + "'] input.quota-amount", "24");
			page.click("#save-quotas");
			loaded(page, "#shares");
			softly.assertThat(page.innerText("#shares")).contains("分解合计 26个，与目标一致。", "昆北街道", "沙河街道");
			fits(page, screen, "office-task-shares", softly);
		}
		try (BrowserContext context = context(); Page page = page(context, screen)) {
			login(page, "kunbei");
			String row = "tr.work-item[data-task-id='" + task.id().value() + "']";
			page.navigate(url("/reports"));
			loaded(page, row);
			softly.assertThat(page.innerText(row + " .work-quota")).isEqualTo("分解指标：老年友好型社区2个");
			fits(page, screen, "street-my-work", softly);
			page.click(row + " a.btn");
			loaded(page, "#report-form");
			softly.assertThat(page.innerText(".share-own")).contains("本单位分解指标：2");
			inView(page, "#figures0\\.value", "the figure", softly);
			fits(page, screen, "street-report-form", softly);
			page.fill("#progress", "两个社区已通过验收并命名");
			page.fill("#figures0\\.value", "2");
			page.click("#submit-report");
			page.waitForURL((address) -> !address.contains("/reports/"));
		}
		try (BrowserContext context = context(); Page page = page(context, screen)) {
			login(page, "wjw");
			page.navigate(url("/reports"));
			String row = "tr.work-item[data-task-id='" + task.id().value() + "']";
			loaded(page, row);
			page.click(row + " a.btn");
			loaded(page, "#shares");
			softly.assertThat(page.innerText("tr.share-row[data-unit-id='" + north + "']")).contains("2个", "已完成分解指标");
			softly.assertThat(page.innerText("tr.share-row[data-unit-id='" + sand + "']")).contains("24个", "未报送");
			softly.assertThat(page.innerText(".share-untyped")).contains("承担单位报送合计：2");
			fits(page, screen, "lead-consolidation", softly);
		}
		softly.assertAll();
	}

	@ParameterizedTest
	@EnumSource(Screen.class)
	void aTargetDividedByYearShowsTheYearCarriedOver(Screen screen) throws Exception {
		Task households = this.demo.tasksOf(this.demo.liangzhouPlan()).get(0);
		SoftAssertions softly = new SoftAssertions();
		try (BrowserContext context = context(); Page page = page(context, screen)) {
			login(page, "lz-office");
			page.navigate(url("/tasks/" + households.id().value()));
			loaded(page, "#years");
			softly.assertThat(page.innerText("#years .year-table[data-target='0'] tr.year-row[data-year='2024']"))
				.contains("2500户", "150户", "2650户");
			fits(page, screen, "task-years", softly);
			page.click("#years .year-table[data-target='0'] tr.year-row[data-year='2024'] a");
			loaded(page, "#points");
			softly.assertThat(page.innerText("#points")).contains("（2024年度）", "含上年结转150户");
			fits(page, screen, "year-work-points", softly);
			page.click("a.year-choice:has-text('2023')");
			loaded(page, "#year-closed");
			softly.assertThat(page.innerText("#year-closed")).contains("2023年度已结转");
		}
		softly.assertAll();
	}

	private static BrowserContext context() {
		return chromium.browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
	}

	private static Page page(BrowserContext context, Screen screen) {
		Page page = context.newPage();
		page.setViewportSize(screen.width, screen.height);
		return page;
	}

	private void login(Page page, String username) {
		page.navigate(url("/login"));
		page.fill("#username", username);
		page.fill("#password", "Demo@2026");
		page.click("main button[type=submit]");
		page.waitForURL((address) -> !address.endsWith("/login"));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
