package cn.laoling.ledger.web.notice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanFacts;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.web.DemoLedger;
import cn.laoling.ledger.web.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * 期号 across a year boundary: a notice of the third quarter published in late December is
 * 第1期 of that year, and its correction published in January keeps that label; the fourth
 * quarter's notice published in January is 第1期 of the new year, not 第2期.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Configuration.class)
class NoticeIssueYearTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	DemoLedger demo;

	@Autowired
	Plans plans;

	@Autowired
	Tasks tasks;

	@Autowired
	ReportingPeriods periods;

	@Autowired
	JdbcTemplate jdbc;

	private final Instant started = Instant.now();

	private Instant before;

	@BeforeEach
	void noteTheClock() {
		this.before = this.clock.instant();
	}

	/**
	 * Where the clock would be had this test not moved it: the tests sharing it may have
	 * moved it ahead and rely on that.
	 */
	@AfterEach
	void putTheClockBack() {
		Instant expected = this.before.plus(Duration.between(this.started, Instant.now()));
		this.clock.advance(Duration.between(this.clock.instant(), expected));
	}

	@Test
	void anIssueIsNumberedInTheYearItIsPublishedAndACorrectionKeepsItsIssuesLabel() throws Exception {
		// a year no other test publishes in
		int year = LocalDateTime.ofInstant(this.started, ZONE).getYear() + 7;
		Plan draft = Plan.draft(this.demo.region("昆都仑区"),
				new PlanFacts("跨年通报测试方案" + UUID.randomUUID(), null, null, null, PlanPeriod.years(year, year + 1)));
		draft.putInForce();
		Plan plan = this.plans.save(draft);
		this.tasks.save(plan.newTask(
				new TaskContent(new TaskNumber("1"), 1, null, "开展老年健康服务", List.of(this.demo.kunquUnit("区卫健委").id()),
						List.of(), List.of(), List.of(Deadline.written(plan.period().end(), "期末")))));
		List<ReportingPeriod> quarters = this.periods.forPlan(plan.id());

		setTo(year + "-12-20T09:00:00");
		long third = signed(plan, quarters.get(2));
		long fourth = signed(plan, quarters.get(3));
		setTo(year + "-12-28T09:00:00");
		publish(third, 2);
		assertThat(issue(third)).isEqualTo(year + "年第1期");

		long correction = Long
			.parseLong(this.mvc.perform(as("office", post("/notices/" + third + "/correct").param("version", "3")))
				.andReturn()
				.getResponse()
				.getRedirectedUrl()
				.replaceAll("\\D+(\\d+)/edit", "$1"));
		assertThat(issue(correction)).as("before it is published").isEqualTo(year + "年第1期（更正）");
		this.mvc.perform(as("office", post("/notices/" + correction + "/submit").param("version", "0")));
		this.mvc.perform(as("leader", post("/notices/" + correction + "/sign").param("version", "1")));

		setTo((year + 1) + "-01-05T09:00:00");
		publish(correction, 2);
		assertThat(issue(correction)).isEqualTo(year + "年第1期（更正）");
		assertThat(this.mvc.perform(get("/notices").with(this.demo.as("office")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(year + "年第1期（更正）");

		setTo((year + 1) + "-01-08T09:00:00");
		publish(fourth, 2);
		assertThat(issue(fourth)).as("the first issue of the new year").isEqualTo((year + 1) + "年第1期");
	}

	private long signed(Plan plan, ReportingPeriod period) throws Exception {
		String location = this.mvc
			.perform(as("office",
					post("/notices").param("planId", String.valueOf(plan.id().value()))
						.param("periodId", String.valueOf(period.id().value()))))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.replaceAll("\\D+(\\d+)/edit", "$1"));
		this.mvc.perform(as("office", post("/notices/" + id + "/submit").param("version", "0")));
		this.mvc.perform(as("leader", post("/notices/" + id + "/sign").param("version", "1")));
		return id;
	}

	private void publish(long id, long version) throws Exception {
		this.mvc.perform(as("office", post("/notices/" + id + "/publish").param("version", String.valueOf(version))));
		assertThat(this.jdbc.queryForObject("select state from notice where id = ?", String.class, id))
			.isEqualTo("PUBLISHED");
	}

	/** The 期号 the notice's page shows. */
	private String issue(long id) throws Exception {
		String page = this.mvc.perform(get("/notices/" + id).with(this.demo.as("office")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int at = page.indexOf("class=\"notice-issue\">");
		assertThat(at).isPositive();
		return page.substring(at + "class=\"notice-issue\">".length(), page.indexOf('<', at + 21));
	}

	private void setTo(String localDateTime) {
		Instant at = LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
		this.clock.advance(Duration.between(this.clock.instant(), at));
	}

	private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		return request.with(this.demo.as(user)).with(csrf());
	}

}
