package cn.laoling.ledger.web.prompt;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.web.DemoLedger;
import cn.laoling.ledger.web.ScratchData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 专项工作提示: the office writes one to chosen units about chosen tasks; each unit finds it in
 * its notification centre, acknowledges and answers it; the office sees who has not; a
 * unit it was not sent to does not see it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PromptPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Autowired
	ScratchData scratch;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void theUnitsChosenAreNotifiedAcknowledgeAndAnswerAndTheOfficeSeesWhoHasNot() throws Exception {
		Task task = this.scratch.task("区卫健委", "建设优先结算通道");
		String title = "优先结算通道" + System.nanoTime();
		String location = this.mvc
			.perform(as("office",
					send(title).param("taskIds", String.valueOf(task.id().value()))
						.param("unitIds", String.valueOf(this.demo.kunquUnit("区卫健委").id().value()),
								String.valueOf(this.demo.kunquUnit("区民政局").id().value()))))
			.andExpect(flash().attribute("message", "flash.prompt.sent"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		this.mvc.perform(get("/notifications").with(this.demo.as("wjw")))
			.andExpect(content().string(containsString("专项工作提示：" + title)))
			.andExpect(content().string(containsString("6月底前完成优先结算通道")));
		assertThat(unreadByHealthAbout(location)).isEqualTo(1);
		this.mvc.perform(get(location).with(this.demo.as("wjw")))
			.andExpect(content().string(containsString("建设优先结算通道")))
			.andExpect(content().string(containsString("id=\"prompt-acknowledge\"")));
		this.mvc.perform(as("wjw", post(location + "/acknowledge")));
		this.mvc.perform(as("wjw", post(location + "/answer").param("answer", " ")))
			.andExpect(flash().attribute("error", "rule.prompt.answer.required"));
		this.mvc.perform(as("wjw", post(location + "/answer").param("answer", "已于6月20日开通优先结算通道")))
			.andExpect(flash().attribute("message", "flash.prompt.answered"));
		this.mvc.perform(get(location).with(this.demo.as("wjw")))
			.andExpect(content().string(containsString("id=\"prompt-answered\"")));
		assertThat(unreadByHealthAbout(location)).as("opening the prompt read its notification").isZero();

		this.mvc.perform(get(location).with(this.demo.as("office")))
			.andExpect(content().string(containsString("已于6月20日开通优先结算通道")))
			.andExpect(content().string(containsString("未答复")));
		this.mvc.perform(get("/prompts").with(this.demo.as("office")))
			.andExpect(content().string(containsString("发给2家，1家已签收，1家已答复")));
		this.mvc.perform(get("/prompts").with(this.demo.as("mzj"))).andExpect(content().string(containsString(title)));
		this.mvc.perform(get(location).with(this.demo.as("lz-office"))).andExpect(status().isNotFound());
	}

	@Test
	void aPromptToNoUnitOrWithAPastDateIsRefusedAndNothingIsSent() throws Exception {
		long before = this.jdbc.queryForObject("select count(*) from work_prompt", Long.class);

		this.mvc.perform(as("office", send("无单位")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请至少选择一个单位。")));
		this.mvc
			.perform(as("office",
					send("日期已过", LocalDate.now(this.clock).minusDays(1)).param("unitIds",
							String.valueOf(this.demo.kunquUnit("区卫健委").id().value()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("反馈期限不能早于今天。")));
		this.mvc
			.perform(as("lz-office",
					send("别区单位").param("unitIds", String.valueOf(this.demo.kunquUnit("区卫健委").id().value()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("所选单位不属于本区。")));

		assertThat(this.jdbc.queryForObject("select count(*) from work_prompt", Long.class)).isEqualTo(before);
	}

	@Test
	void listingAPlansTasksKeepsTheTitleTextDateAndUnitsTypedSoFarAndSendsNothing() throws Exception {
		Task task = this.scratch.task("区卫健委", "建设优先结算通道");
		long before = this.jdbc.queryForObject("select count(*) from work_prompt", Long.class);
		String health = String.valueOf(this.demo.kunquUnit("区卫健委").id().value());
		LocalDate respondBy = LocalDate.now(this.clock).plusDays(9);

		String page = this.mvc
			.perform(as("office",
					post("/prompts/new").param("title", "已经写好的标题")
						.param("body", "已经写好的提示内容")
						.param("respondBy", respondBy.toString())
						.param("unitIds", health)
						.param("planId", String.valueOf(this.scratch.plan().id().value()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("value=\"已经写好的标题\"", ">已经写好的提示内容</textarea>", "value=\"" + respondBy + "\"",
				"value=\"" + task.id().value() + "\"", "建设优先结算通道");
		assertThat(page).as("the unit chosen stays chosen")
			.containsPattern("value=\"" + health + "\" id=\"unitIds\\d+\" name=\"unitIds\" checked");
		assertThat(page).doesNotContain("此项必填");
		assertThat(this.jdbc.queryForObject("select count(*) from work_prompt", Long.class)).isEqualTo(before);
	}

	@Test
	void aUnitThePromptWasNotSentToNeitherSeesNorAnswersIt() throws Exception {
		long id = this.scratch.prompt().id().value();

		this.mvc.perform(get("/prompts/" + id).with(this.demo.as("mzj"))).andExpect(status().isNotFound());
		this.mvc.perform(as("mzj", post("/prompts/" + id + "/answer").param("answer", "越权答复")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/prompts").with(this.demo.as("mzj")))
			.andExpect(content().string(not(containsString("/prompts/" + id + "\""))));
	}

	/** 区卫健委's notifications about the page that wjw has not read. */
	private long unreadByHealthAbout(String link) {
		return this.jdbc.queryForObject("""
				select count(*) from notification n where n.link = ? and n.unit_id = ? and not exists
				(select 1 from notification_read r where r.notification_id = n.id and r.username = 'wjw')""",
				Long.class, link, this.demo.kunquUnit("区卫健委").id().value());
	}

	private MockHttpServletRequestBuilder send(String title) {
		return send(title, LocalDate.now(this.clock).plusDays(7));
	}

	private MockHttpServletRequestBuilder send(String title, LocalDate respondBy) {
		return post("/prompts").param("title", title)
			.param("body", "6月底前完成优先结算通道")
			.param("respondBy", respondBy.toString());
	}

	private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		return request.with(this.demo.as(user)).with(csrf());
	}

}
