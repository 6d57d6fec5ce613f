package cn.laoling.ledger.web.period;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.report.PeriodState;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.web.DemoLedger;
import cn.laoling.ledger.web.ScratchData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 报送期: due dates, locks and who reported, for the office. */
@SpringBootTest
@AutoConfigureMockMvc
class PeriodPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Autowired
	ScratchData scratch;

	@Autowired
	ReportingPeriods periods;

	@Test
	void theKunquPlanHasFourQuartersAndShowsWhoHasNotReported() throws Exception {
		Plan plan = this.demo.kunquPlan();
		ReportingPeriod last = this.periods.forPlan(plan.id()).get(3);

		String page = page("/plans/" + plan.id().value() + "/periods?period=" + last.id().value());

		assertThat(page.split("class=\"period-row")).hasSize(5);
		assertThat(page).contains("2022年第4季度报送情况", "区卫健委", "区民政局", "未报送");
	}

	@Test
	void aSubmittedReportCountsForItsUnit() throws Exception {
		Report report = this.scratch.submittedReport();
		ReportingPeriod period = this.periods.findById(report.periodId()).orElseThrow();

		String page = page("/plans/" + this.scratch.plan().id().value() + "/periods?period=" + period.id().value());

		assertThat(page).contains("区卫健委");
	}

	@Test
	void theOfficeMovesADueDateLocksAndReopensAPeriodAndAStaleChangeIsRefused() throws Exception {
		ReportingPeriod period = this.periods.forPlan(this.scratch.plan().id()).get(1);
		String base = "/plans/" + this.scratch.plan().id().value() + "/periods/" + period.id().value();

		this.mvc
			.perform(as(post(base + "/due")).param("version", String.valueOf(period.version()))
				.param("dueDate", "2026-06-30"))
			.andExpect(flash().attribute("message", "flash.period.dueChanged"));
		ReportingPeriod moved = this.periods.findById(period.id()).orElseThrow();
		assertThat(moved.dueDate()).isEqualTo(LocalDate.of(2026, 6, 30));

		this.mvc.perform(as(post(base + "/close")).param("version", String.valueOf(period.version())))
			.andExpect(flash().attribute("error", "conflict.period"));
		this.mvc.perform(as(post(base + "/close")).param("version", String.valueOf(moved.version())))
			.andExpect(flash().attribute("message", "flash.period.closed"));
		ReportingPeriod closed = this.periods.findById(period.id()).orElseThrow();
		assertThat(closed.state()).isEqualTo(PeriodState.CLOSED);

		this.mvc.perform(as(post(base + "/reopen")).param("version", String.valueOf(closed.version())))
			.andExpect(flash().attribute("message", "flash.period.reopened"));
		assertThat(this.periods.findById(period.id()).orElseThrow().isOpen()).isTrue();
	}

	@Test
	void anotherRegionsOfficeCannotSeeOrChangeThePeriods() throws Exception {
		Plan plan = this.demo.kunquPlan();
		ReportingPeriod period = this.periods.forPlan(plan.id()).get(0);

		this.mvc.perform(get("/plans/" + plan.id().value() + "/periods").with(this.demo.as("lz-office")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/plans/" + plan.id().value() + "/periods/" + period.id().value() + "/close")
				.param("version", String.valueOf(period.version()))
				.with(this.demo.as("lz-office"))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.periods.findById(period.id()).orElseThrow().isOpen()).isTrue();
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.with(this.demo.as("office")).with(csrf());
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url).with(this.demo.as("office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
