package cn.laoling.ledger.web.prompt;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.laoling.ledger.web.DemoLedger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 工作日历: the seeded State Council schedule is shown by year, and the office adds, changes
 * and removes days.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSeededScheduleShowsTheHolidaysAndTheMakeUpWorkingDays() throws Exception {
		this.mvc.perform(get("/calendar").param("year", "2026").with(this.demo.as("office")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-day=\"2026-02-14\"")))
			.andExpect(content().string(containsString("调休上班")))
			.andExpect(content().string(containsString("data-day=\"2026-10-07\"")));
	}

	@Test
	void theOfficeAddsChangesAndRemovesADay() throws Exception {
		this.mvc
			.perform(post("/calendar").param("day", "2033-01-29")
				.param("kind", "WORKDAY")
				.param("name", "春节调休上班")
				.with(this.demo.as("office"))
				.with(csrf()))
			.andExpect(redirectedUrl("/calendar?year=2033"));
		this.mvc.perform(post("/calendar").param("day", "2033-01-29")
			.param("kind", "HOLIDAY")
			.param("name", "春节")
			.with(this.demo.as("office"))
			.with(csrf()));
		assertThat(
				this.jdbc.queryForObject("select kind from calendar_day where day = date '2033-01-29'", String.class))
			.isEqualTo("HOLIDAY");

		this.mvc
			.perform(post("/calendar").param("day", "2033-01-30")
				.param("kind", "HOLIDAY")
				.param("name", " ")
				.with(this.demo.as("office"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此项必填。")));
		this.mvc.perform(post("/calendar/2033-01-29/delete").with(this.demo.as("office")).with(csrf()))
			.andExpect(redirectedUrl("/calendar?year=2033"));
		assertThat(this.jdbc.queryForObject("select count(*) from calendar_day where extract(year from day) = 2033",
				Long.class))
			.isZero();
		this.mvc.perform(post("/calendar/2033-01-29/delete").with(this.demo.as("office")).with(csrf()))
			.andExpect(status().isNotFound());
	}

}
