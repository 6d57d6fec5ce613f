package cn.laoling.ledger.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanFacts;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.plan.TaskQuery;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.planimport.TestFiles;
import cn.laoling.ledger.web.support.Chromium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The main journeys in a real browser (Debian's chromium, headless): the office opens the
 * 昆区 plan and sees its ten tasks; an administrator opens a liaison account, the liaison
 * sets a password and sees only their unit's tasks, and the auditor finds it all logged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LedgerBrowserTest {

	static final Path SCREENSHOTS = Chromium.SCREENSHOTS;

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	ScratchData scratch;

	@Autowired
	DemoLedger demo;

	@Autowired
	Tasks tasks;

	@Autowired
	Plans plans;

	@Autowired
	Units units;

	@BeforeAll
	static void startBrowser() {
		browser = chromium.browser();
	}

	@Test
	void theOfficeLogsInAndSeesTheTenTasksOfTheKunquPlan() throws Exception {
		try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 900))) {
			page.navigate(url("/plans"));
			assertThat(page.url()).endsWith("/login");
			page.fill("#username", "office");
			page.fill("#password", "Demo@2026");
			page.click("button[type=submit]");
			page.waitForURL("**/plans");

			page.click("text=" + DemoLedger.KUNQU_PLAN);
			loaded(page, "#ledger");

			Locator rows = page.locator("#ledger tr.task-row");
			assertThat(rows.count()).isEqualTo(10);
			assertThat(rows.nth(0).locator("td.lead-units").innerText()).isEqualTo("区卫健委、各街镇");
			assertThat(rows.nth(9).locator("td.lead-units").innerText()).isEqualTo("区委老干部局");
			assertThat(page.locator("h1").innerText()).contains(DemoLedger.KUNQU_PLAN);

			Files.createDirectories(SCREENSHOTS);
			page.screenshot(
					new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("ledger-office.png")).setFullPage(true));
			page.setViewportSize(390, 844);
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("ledger-office-phone.png")));
		}
	}

	@Test
	void backToANewTaskFormAlreadySavedAndSaveAgainCreatesTheTaskOnce() throws Exception {
		Plan plan = this.scratch.plan();
		String text = "回退后再保存的任务" + UUID.randomUUID().toString().substring(0, 6);
		try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 900))) {
			login(page, "office", "Demo@2026");
			page.navigate(url("/plans/" + plan.id().value() + "/tasks/new"));
			page.fill("#text", text);
			page.fill("#leadUnits", "区卫健委");
			page.fill("input[name='targets[0].counted']", "养老护理员培训");
			page.fill("input[name='targets[0].low']", "1,500");
			page.fill("input[name='targets[0].measure']", "人次");
			page.click("#task-form button[type=submit]");
			page.waitForURL("**/tasks/*");
			String created = page.url();
			assertThat(page.locator("main").innerText()).contains("养老护理员培训1500人次");

			page.goBack();
			loaded(page, "#task-form");
			assertThat(page.inputValue("#text")).as("the browser puts back what was typed").isEqualTo(text);
			page.click("#task-form button[type=submit]");
			page.waitForURL(created);

			assertThat(page.locator("main .alert-success").innerText()).contains("已经提交过");
			assertThat(this.tasks.find(TaskQuery.all(plan.id()))).filteredOn((t) -> t.text().equals(text)).hasSize(1);
			Files.createDirectories(SCREENSHOTS);
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("task-sent-again.png")));
		}
	}

	@Test
	void anAdministratorOpensALiaisonWhoSetsAPasswordAndSeesOnlyTheirUnitsTasks() throws Exception {
		String username = "swj-" + UUID.randomUUID().toString().substring(0, 6);
		String temporary;
		try (BrowserContext admin = browser.newContext(); Page page = admin.newPage()) {
			page.setViewportSize(1366, 900);
			login(page, "sysadmin", "Demo@2026");
			page.waitForURL("**/admin/accounts");
			page.click("text=新建账户");
			page.fill("#username", username);
			page.fill("#displayName", "区商务局联络员");
			page.selectOption("#role", "LIAISON");
			page.selectOption("#unitId", new SelectOption().setLabel("区商务局 · 昆都仑区"));
			page.selectOption("#position", "PRIMARY");
			page.click("main button[type=submit]");
			page.waitForSelector("#temporary-password");
			assertThat(page.innerText("#temporary-password")).contains("区商务局联络员（" + username + "）")
				.doesNotContain("null");
			Matcher matcher = Pattern.compile("临时密码：([^。]+)。").matcher(page.innerText("#temporary-password"));
			assertThat(matcher.find()).isTrue();
			temporary = matcher.group(1);
			assertThat(page.innerText("#account-" + username)).contains("区商务局", "主联络员", "待改密码");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("accounts-sysadmin.png"))
				.setFullPage(true));
		}
		try (BrowserContext liaison = browser.newContext(); Page page = liaison.newPage()) {
			page.setViewportSize(1366, 900);
			login(page, username, temporary);
			page.waitForURL("**/password");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("password-due.png")));
			page.fill("#currentPassword", temporary);
			page.fill("#newPassword", "Shangwu-2026");
			page.fill("#repeatPassword", "Shangwu-2026");
			page.click("main button[type=submit]");
			page.waitForURL("**/reports");
			loaded(page, "#my-work");
			assertThat(page.locator("#my-work tr.work-item").count()).isPositive();
			page.screenshot(
					new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("my-work-liaison.png")).setFullPage(true));

			page.navigate(url("/plans"));
			page.click("text=" + DemoLedger.KUNQU_PLAN);
			loaded(page, "#ledger");
			Locator rows = page.locator("#ledger tr.task-row");
			assertThat(rows.count()).isPositive().isLessThan(10);
			for (int i = 0; i < rows.count(); i++) {
				assertThat(rows.nth(i).getAttribute("class")).contains("own-task");
			}
		}
		try (BrowserContext auditor = browser.newContext(); Page page = auditor.newPage()) {
			page.setViewportSize(1366, 900);
			login(page, "auditadmin", "Demo@2026");
			page.waitForURL("**/audit");
			page.fill("#actor", username);
			page.click("text=查询");
			loaded(page, "#audit");
			assertThat(page.innerText("#audit")).contains("登录成功", "修改密码");
			page.click("text=校验完整性");
			loaded(page, "#verification");
			assertThat(page.innerText("#verification")).contains("校验通过");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("audit-auditadmin.png"))
				.setFullPage(true));
		}
	}

	@Test
	void theOfficeImportsAnIssuedPlanThroughThePreviewAndFindsItsLedger() throws Exception {
		try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 900))) {
			login(page, "office", "Demo@2026");
			page.navigate(url("/plans"));
			page.click("a[href$='/plans/import']");
			page.setInputFiles("#file", TestFiles.seedFile("000"));
			page.click("#import-form button[type=submit]");
			loaded(page, "#import-confirm-button");

			assertThat(page.locator("#import-source .hl-target").allInnerTexts()).contains("创建老年友好型社区26个");
			assertThat(page.locator(".import-task").count()).isEqualTo(10);
			assertThat(page.locator("#import-warnings").innerText()).contains("昆府办发〔2022〕17号");
			String title = "昆区2022年老龄工作推进方案（导入" + UUID.randomUUID().toString().substring(0, 6) + "）";
			page.fill("#title", title);
			Files.createDirectories(SCREENSHOTS);
			page.screenshot(
					new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("import-preview.png")).setFullPage(true));
			page.click("#import-confirm-button");
			loaded(page, "#ledger");

			assertThat(page.locator("h1").innerText()).contains(title);
			Locator rows = page.locator("#ledger tr.task-row");
			assertThat(rows.count()).isEqualTo(10);
			assertThat(rows.nth(0).locator("td.lead-units").innerText()).isEqualTo("区卫健委、各街镇");
		}
	}

	@Test
	void theOfficeExportsTheLedgerAndImportsTheSpreadsheetBackUnchanged() throws Exception {
		try (Page page = browser
			.newPage(new Browser.NewPageOptions().setViewportSize(1366, 900).setAcceptDownloads(true))) {
			login(page, "office", "Demo@2026");
			page.navigate(url("/plans"));
			page.click("text=" + DemoLedger.KUNQU_PLAN);
			loaded(page, "#ledger");
			Download download = page.waitForDownload(() -> page.click("#export-ledger"));
			assertThat(download.suggestedFilename()).startsWith("《" + DemoLedger.KUNQU_PLAN + "》任务分工台账-")
				.endsWith(".xlsx");
			Path file = Files.createTempFile("ledger", ".xlsx");
			download.saveAs(file);
			try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
				assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
					.isEqualTo("《" + DemoLedger.KUNQU_PLAN + "》任务分工台账");
			}

			page.click("#import-sheet");
			assertThat(page.locator("#plan option:checked").innerText()).isEqualTo(DemoLedger.KUNQU_PLAN);
			page.setInputFiles("#file", file);
			page.click("#sheet-form button[type=submit]");
			loaded(page, "#sheet-confirm-button");
			assertThat(page.innerText("#sheet-summary")).contains("新增 0 项，修改 0 项，不变 10 项");
			Files.createDirectories(SCREENSHOTS);
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("sheet-import-preview.png"))
				.setFullPage(true));
			page.click("#sheet-confirm-button");
			loaded(page, "#ledger");
			assertThat(page.innerText("main")).contains("台账已导入");
			assertThat(page.locator("#ledger tr.task-row").count()).isEqualTo(10);
			Files.delete(file);
		}
	}

	@Test
	void aPartWithEvidenceIsConsolidatedByTheLeadUnitAcceptedByTheOfficeAndShownOnTheLedger() throws Exception {
		Task task = this.tasks.save(this.scratch.plan()
			.newTask(new TaskContent(new TaskNumber("B" + UUID.randomUUID().toString().substring(0, 6)), 1, null,
					"浏览器报送测试：创建老年友好型社区", List.of(this.demo.kunquUnit("区卫健委").id()),
					List.of(this.demo.kunquUnit("区民政局").id()), List.of(Target.atLeast(26, "个", "老年友好型社区")),
					List.of())));
		String row = "tr.work-item[data-task-id='" + task.id().value() + "']";
		Path photo = Files.createTempFile("验收现场", ".png");
		Files.write(photo, TestImages.PNG);
		try (BrowserContext civil = browser.newContext(); Page page = civil.newPage()) {
			page.setViewportSize(1366, 900);
			login(page, "mzj", "Demo@2026");
			loaded(page, "#my-work");
			page.click(row + " a");
			loaded(page, "#report-form");
			page.fill("#progress", "区民政局已完成社区初审3个");
			page.setInputFiles("#evidence-file", photo);
			page.click("#evidence-upload");
			page.waitForSelector("#evidence .evidence-file");
			assertThat(page.inputValue("#progress")).as("typed text survives the upload").isEqualTo("区民政局已完成社区初审3个");
			page.fill("#figures0\\.value", "3");
			page.click("#submit-report");
			page.waitForURL("**/reports");
			assertThat(page.innerText(row)).contains("已提交");
		}
		try (BrowserContext health = browser.newContext(); Page page = health.newPage()) {
			page.setViewportSize(1366, 900);
			login(page, "wjw", "Demo@2026");
			loaded(page, "#my-work");
			page.click(row + " a");
			loaded(page, "#report-form");
			assertThat(page.innerText("#parts")).contains("区民政局", "区民政局已完成社区初审3个");
			page.fill("#progress", "全区已创建老年友好型社区10个");
			page.fill("#figures0\\.value", "10");
			Files.createDirectories(SCREENSHOTS);
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("report-lead-unit.png"))
				.setFullPage(true));
			page.click("#submit-report");
			page.waitForURL("**/reports");
		}
		try (BrowserContext office = browser.newContext(); Page page = office.newPage()) {
			page.setViewportSize(1366, 900);
			login(page, "office", "Demo@2026");
			page.navigate(url("/review"));
			loaded(page, "#review-queue");
			page.locator("tr.review-item", new Page.LocatorOptions().setHasText("浏览器报送测试")).locator("a").click();
			loaded(page, "#review-figures");
			assertThat(page.innerText("#review-figures")).contains("10");
			page.screenshot(
					new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("review-office.png")).setFullPage(true));
			page.click("#accept-report");
			page.waitForURL("**/review");
			page.navigate(url("/plans/" + this.scratch.plan().id().value()));
			loaded(page, "#ledger");
			assertThat(page.innerText("tr.task-row[data-task-id='" + task.id().value() + "']"))
				.contains("全区已创建老年友好型社区10个", "10/26个");
		}
		finally {
			Files.delete(photo);
		}
	}

	@Test
	void theOfficeDraftsAndPublishesANoticeALeaderSignsItOffAndALiaisonAcknowledgesIt() throws Exception {
		ScratchData.NoticePlan seeded = this.scratch.noticePlan();
		String noticeUrl;
		Files.createDirectories(SCREENSHOTS);
		try (BrowserContext office = browser.newContext(); Page page = office.newPage()) {
			page.setViewportSize(1366, 900);
			page.onDialog((dialog) -> dialog.accept());
			login(page, "office", "Demo@2026");
			page.navigate(url("/plans/" + seeded.plan().id().value() + "/periods"));
			loaded(page, "#periods");
			page.click("tr.period-row[data-period-id='" + seeded.q2().id().value() + "'] .notice-generate");
			page.waitForURL("**/edit");
			assertThat(page.inputValue("#overview")).contains("共有任务3项", "欠进度1项，占33.3%", "本期未报送或报送尚未审核通过1项");
			page.fill("#praise", "区文旅局主动认领任务、推进有力，予以表扬。");
			page.click("#notice-save");
			loaded(page, "#notice-paper");
			noticeUrl = page.url();
			assertThat(page.innerText("#notice-paper")).contains("区文旅局主动认领任务、推进有力，予以表扬。", "12.89个", "制定养老服务设施布局规划");
			page.click("#notice-submit");
			page.waitForSelector("#notice-state:has-text('待签发')");
		}
		try (BrowserContext leader = browser.newContext(); Page page = leader.newPage()) {
			page.setViewportSize(1366, 900);
			page.onDialog((dialog) -> dialog.accept());
			login(page, "leader", "Demo@2026");
			page.navigate(noticeUrl);
			loaded(page, "#notice-paper");
			page.click("#notice-sign");
			page.waitForSelector("#notice-state:has-text('已签发')");
		}
		try (BrowserContext office = browser.newContext(); Page page = office.newPage()) {
			page.setViewportSize(1366, 900);
			page.onDialog((dialog) -> dialog.accept());
			login(page, "office", "Demo@2026");
			page.navigate(noticeUrl);
			loaded(page, "#notice-paper");
			page.click("#notice-publish");
			page.waitForSelector("#notice-state:has-text('已印发')");
			assertThat(page.innerText(".notice-issue")).matches("\\d{4}年第\\d+期");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("notice-published.png"))
				.setFullPage(true));
		}
		try (BrowserContext health = browser.newContext(); Page page = health.newPage()) {
			page.setViewportSize(390, 844);
			login(page, "wjw", "Demo@2026");
			page.navigate(url("/notices"));
			loaded(page, "#notices");
			String id = noticeUrl.replaceAll(".*/", "");
			assertThat(page.innerText("tr.notice-row[data-notice-id='" + id + "']")).contains("本单位未签收");
			page.click("tr.notice-row[data-notice-id='" + id + "'] a");
			loaded(page, "#notice-paper");
			page.click("#notice-acknowledge");
			page.waitForSelector("#notice-acknowledged");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("notice-liaison-phone.png")));
		}
		try (BrowserContext office = browser.newContext(); Page page = office.newPage()) {
			page.setViewportSize(1366, 900);
			login(page, "office", "Demo@2026");
			page.navigate(noticeUrl);
			loaded(page, "#notice-receipts");
			assertThat(page.innerText("#notice-receipts")).contains("共发给2家单位，1家未签收。",
					this.demo.account("wjw").displayName() + "（区卫健委）");
			assertThat(page.locator("tr.receipt-line.table-warning").innerText()).contains("区民政局", "未签收");
		}
	}

	@Test
	void aLeaderOpensTheOverviewClicksTheRedSegmentAndLandsOnTheRedTasksOfTheLedger() throws Exception {
		long plan = this.scratch.noticePlan().plan().id().value();
		Files.createDirectories(SCREENSHOTS);
		try (BrowserContext leader = browser.newContext(); Page page = leader.newPage()) {
			page.setViewportSize(1366, 900);
			login(page, "leader", "Demo@2026");
			page.navigate(url("/overview?plan=" + plan));
			loaded(page, "#tiles");
			page.waitForSelector("#lights .chart svg path[fill='#dc3545']");
			assertThat(page.innerText("#tile-tasks")).isEqualTo("3");
			page.screenshot(
					new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("overview-laptop.png")).setFullPage(true));
			page.setViewportSize(390, 844);
			page.waitForTimeout(300);
			page.screenshot(
					new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("overview-phone.png")).setFullPage(true));
			page.setViewportSize(1366, 900);
			page.waitForTimeout(300);

			// the chart takes the pointer itself: click a point inside the red ring
			@SuppressWarnings("unchecked")
			Map<String, Object> point = (Map<String, Object>) page.evaluate("""
					() => {
					  const path = document.querySelector("#lights .chart svg path[fill='#dc3545']");
					  const svg = path.ownerSVGElement;
					  const edge = path.getPointAtLength(path.getTotalLength() * 0.2);
					  const cx = svg.width.baseVal.value / 2, cy = svg.height.baseVal.value / 2;
					  const local = svg.createSVGPoint();
					  local.x = cx + (edge.x - cx) * 0.85;
					  local.y = cy + (edge.y - cy) * 0.85;
					  const screen = local.matrixTransform(path.getScreenCTM());
					  return { x: screen.x, y: screen.y };
					}""");
			page.mouse().click(((Number) point.get("x")).doubleValue(), ((Number) point.get("y")).doubleValue());
			page.waitForURL("**/plans/" + plan + "?light=RED**");
			loaded(page, "#ledger");
			// judged in the quarter the plan is in: the overdue task, and after the
			// year's end the other too
			boolean pastYearEnd = LocalDate.now().isAfter(LocalDate.of(2026, 12, 31));
			assertThat(page.locator("#ledger tr.task-row").count()).isEqualTo(pastYearEnd ? 2 : 1);
			assertThat(page.innerText("#light-filter")).contains("红灯");
		}
	}

	@Test
	void theOverviewOfAPlanOfManyUnitsAndLateTasksPrintsOnOneA4Sheet() throws Exception {
		RegionId kunqu = this.demo.region("昆都仑区");
		Plan draft = Plan.draft(kunqu, new PlanFacts("打印测试方案" + UUID.randomUUID(), null, null, null,
				new PlanPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))));
		draft.putInForce();
		Plan plan = this.plans.save(draft);
		List<Unit> departments = this.units.findAllIn(List.of(kunqu)).stream().filter((u) -> !u.isGroup()).toList();
		for (int i = 1; i <= 40; i++) {
			this.tasks.save(plan.newTask(new TaskContent(new TaskNumber(String.valueOf(i)), i, null,
					"建设老年助餐点并开展居家适老化改造，打印测试任务" + i, List.of(departments.get(i % departments.size()).id()), List.of(),
					List.of(Target.atLeast(10 + i, "个", "老年助餐点")),
					List.of(Deadline.written(LocalDate.of(2026, 3, 31), "3月底前")))));
		}
		Files.createDirectories(SCREENSHOTS);
		try (BrowserContext leader = browser.newContext(); Page page = leader.newPage()) {
			login(page, "leader", "Demo@2026");
			page.navigate(url("/overview?plan=" + plan.id().value()));
			loaded(page, "#tiles");
			assertThat(page.innerText("#tile-tasks")).isEqualTo("40");

			byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4"));
			Files.write(SCREENSHOTS.resolve("overview-print.pdf"), pdf);
			try (PDDocument printed = Loader.loadPDF(pdf)) {
				assertThat(printed.getNumberOfPages()).as("one A4 sheet").isEqualTo(1);
				assertThat(printed.getPage(0).getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(),
						within(1f));
				String text = new PDFTextStripper().getText(printed).replaceAll("\\s+", "");
				assertThat(text).contains("打印件列前6项（共40项）", "30天内到期", "老年助餐点").doesNotContain("打印测试任务7");
			}
		}
	}

	private void login(Page page, String username, String password) {
		page.navigate(url("/login"));
		page.fill("#username", username);
		page.fill("#password", password);
		page.click("main button[type=submit]");
	}

	/** Pages stream their rows, so an element can be there before the rows after it. */
	private static void loaded(Page page, String selector) {
		page.waitForSelector(selector);
		page.waitForLoadState(LoadState.LOAD);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
