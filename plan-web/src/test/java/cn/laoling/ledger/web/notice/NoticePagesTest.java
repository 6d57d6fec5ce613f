package cn.laoling.ledger.web.notice;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 进度通报: the office drafts a notice of a period from the ledger (its figures checked
 * against a plan with known answers), edits it and sends it for sign-off; only a leader
 * signs it off and only then is it published and numbered; every unit it went to
 * acknowledges it, and a correction shows what it changed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NoticePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Autowired
	ScratchData scratch;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDraftSaysWhatTheLedgerSaysOfThePeriod() throws Exception {
		ScratchData.NoticePlan seeded = this.scratch.noticePlan();
		String title = seeded.plan().title();

		long id = draft(seeded);

		this.mvc.perform(get("/notices/" + id).with(this.demo.as("office")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("关于《" + title + "》2026年第二季度落实情况的通报")))
			.andExpect(content().string(containsString("截至2026年6月30日，《" + title + "》共有任务3项。其中，已完成1项（已销号0项），占33.3%；"
					+ "超进度0项，占0%；达进度0项，占0%；欠进度1项，占33.3%；本期未报送或报送尚未审核通过1项，占33.3%，不作进度评价。逾期未完成1项。")))
			.andExpect(content().string(containsString(
					"（一）部分任务进度滞后。共2项：任务1“创建老年友好型社区”（牵头单位：区民政局），进度落后于序时；" + "任务3“制定养老服务设施布局规划”（牵头单位：区民政局），已逾期未完成。")))
			.andExpect(content().string(containsString("（二）部分单位报送迟缓：区卫健委未在规定时间前报送。")))
			.andExpect(content().string(containsString("（三）部分单位未报送：区民政局本期有应报未报的任务。")))
			.andExpect(content().string(containsString("<td>12.89个</td>")))
			.andExpect(content().string(containsString("<td>30.8%</td>")))
			.andExpect(content().string(containsString("老龄工作进度通报")))
			.andExpect(content().string(containsString("昆都仑区老龄工作委员会办公室")))
			.andExpect(content().string(not(containsString("notice-praise"))));
	}

	@Test
	void onlyALeaderSignsOffAndOnlyASignedNoticeIsPublishedUnderTheNextNumber() throws Exception {
		long id = draft(this.scratch.noticePlan());
		String url = "/notices/" + id;

		this.mvc.perform(get(url).with(this.demo.as("leader"))).andExpect(status().isNotFound());
		this.mvc.perform(get(url).with(this.demo.as("wjw"))).andExpect(status().isNotFound());
		this.mvc.perform(as("office", post(url + "/publish").param("version", "0")))
			.andExpect(flash().attribute("error", "rule.notice.state.SIGNED"));
		this.mvc.perform(as("office", post(url + "/submit").param("version", "0")))
			.andExpect(redirectedUrl(url))
			.andExpect(flash().attribute("message", "flash.notice.submitted"));
		this.mvc.perform(as("office", post(url + "/sign").param("version", "1"))).andExpect(status().isForbidden());
		this.mvc.perform(as("leader", post(url + "/publish").param("version", "1"))).andExpect(status().isForbidden());
		this.mvc.perform(get(url).with(this.demo.as("leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"notice-sign\"")));
		this.mvc.perform(as("leader", post(url + "/send-back").param("version", "1").param("comment", " ")))
			.andExpect(flash().attribute("error", "rule.notice.comment.required"));
		this.mvc.perform(as("leader", post(url + "/sign").param("version", "1")))
			.andExpect(flash().attribute("message", "flash.notice.signed"));
		assertThat(state(id)).isEqualTo("SIGNED");
		this.mvc.perform(as("leader", post(url + "/sign").param("version", "1")))
			.andExpect(flash().attribute("error", "conflict.notice"));

		Integer expected = this.jdbc.queryForObject(
				"select coalesce(max(number), 0) + 1 from notice where region_id = ? and issue_year = ?", Integer.class,
				this.demo.region("昆都仑区").value(), LocalDate.now().getYear());
		this.mvc.perform(as("office", post(url + "/publish").param("version", "2")))
			.andExpect(flash().attribute("message", "flash.notice.published"));
		assertThat(this.jdbc.queryForObject("select number from notice where id = ?", Integer.class, id))
			.isEqualTo(expected);
		this.mvc.perform(get(url).with(this.demo.as("wjw")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("年第" + expected + "期")));
		this.mvc
			.perform(as("office",
					post(url + "/edit").param("version", "3")
						.param("masthead", "刊名")
						.param("issuer", "发文单位")
						.param("title", "改过的标题")
						.param("addressees", "各成员单位")
						.param("overview", "总体")
						.param("problems", "问题")
						.param("requirements", "要求")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只有起草中的通报可以这样操作。")));
		assertThat(this.jdbc.queryForObject("select title from notice where id = ?", String.class, id))
			.startsWith("关于《");
	}

	@Test
	void aLeaderSendsItBackWithACommentTheOfficeSeesAndEditsAgain() throws Exception {
		long id = draft(this.scratch.noticePlan());
		String url = "/notices/" + id;
		this.mvc.perform(as("office", post(url + "/submit").param("version", "0")));

		this.mvc.perform(as("leader", post(url + "/send-back").param("version", "1").param("comment", "请补充表扬单位")))
			.andExpect(flash().attribute("message", "flash.notice.sentBack"));

		this.mvc.perform(get(url + "/edit").with(this.demo.as("office")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("领导退回意见：请补充表扬单位")));
		assertThat(state(id)).isEqualTo("DRAFT");
	}

	@Test
	void editsAreValidatedAndAStaleEditChangesNothing() throws Exception {
		long id = draft(this.scratch.noticePlan());
		String url = "/notices/" + id + "/edit";

		this.mvc.perform(as("office", edit(url, 0, "title", " ")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此项必填。")));
		this.mvc.perform(as("office", edit(url, 0, "praise", "区卫健委工作推进有力，予以表扬。")))
			.andExpect(redirectedUrl("/notices/" + id));
		this.mvc.perform(as("office", edit(url, 0, "title", "过时的修改")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("该通报已有新的变化")));

		assertThat(this.jdbc.queryForObject("select title from notice where id = ?", String.class, id))
			.isEqualTo("新的标题");
		this.mvc.perform(get("/notices/" + id).with(this.demo.as("office")))
			.andExpect(content().string(containsString("区卫健委工作推进有力，予以表扬。")));
	}

	@Test
	void eachUnitAcknowledgesOnceAndTheOfficeSeesWhoHasNot() throws Exception {
		long id = published(this.scratch.noticePlan());
		String url = "/notices/" + id;

		this.mvc.perform(get("/notices").with(this.demo.as("wjw")))
			.andExpect(content().string(containsString("本单位未签收")));
		this.mvc.perform(get(url).with(this.demo.as("wjw")))
			.andExpect(content().string(containsString("id=\"notice-acknowledge\"")));
		this.mvc.perform(as("wjw", post(url + "/acknowledge")))
			.andExpect(flash().attribute("message", "flash.notice.acknowledged"));
		this.mvc.perform(as("wjw", post(url + "/acknowledge"))).andExpect(redirectedUrl(url));

		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where type = 'NOTICE_ACKNOWLEDGED' and object = ?", Long.class,
				"notice:" + id))
			.isEqualTo(1);
		this.mvc.perform(get(url).with(this.demo.as("office")))
			.andExpect(content().string(containsString("共发给2家单位，1家未签收。")))
			.andExpect(content().string(containsString(this.demo.account("wjw").displayName() + "（区卫健委）")));
		this.mvc.perform(get("/notices").with(this.demo.as("wjw")))
			.andExpect(content().string(containsString("本单位已签收")));
		this.mvc.perform(as("lz-office", post(url + "/acknowledge"))).andExpect(status().isForbidden());
	}

	@Test
	void aCorrectionShowsWhatItChangesAndOncePublishedReplacesTheIssue() throws Exception {
		long id = published(this.scratch.noticePlan());
		Integer number = this.jdbc.queryForObject("select number from notice where id = ?", Integer.class, id);

		String location = this.mvc.perform(as("office", post("/notices/" + id + "/correct").param("version", "3")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long correction = Long.parseLong(location.replaceAll("\\D+(\\d+)/edit", "$1"));
		String overview = this.jdbc.queryForObject("select overview from notice where id = ?", String.class, id);
		this.mvc.perform(as("office", edit("/notices/" + correction + "/edit", 0, "overview", overview + "（数据更正）",
				"title", this.jdbc.queryForObject("select title from notice where id = ?", String.class, id))));
		this.mvc.perform(get("/notices/" + correction).with(this.demo.as("office")))
			.andExpect(content().string(containsString("id=\"notice-changes\"")))
			.andExpect(content().string(containsString("（数据更正）</ins>")));
		this.mvc.perform(as("office", post("/notices/" + correction + "/submit").param("version", "1")));
		this.mvc.perform(as("leader", post("/notices/" + correction + "/sign").param("version", "2")));
		this.mvc.perform(as("office", post("/notices/" + correction + "/publish").param("version", "3")));

		assertThat(state(id)).isEqualTo("SUPERSEDED");
		assertThat(state(correction)).isEqualTo("PUBLISHED");
		assertThat(this.jdbc.queryForObject("select number from notice where id = ?", Integer.class, correction))
			.isEqualTo(number);
		this.mvc.perform(get("/notices/" + id).with(this.demo.as("wjw")))
			.andExpect(content().string(containsString("本期通报已被更正")));
	}

	private long draft(ScratchData.NoticePlan seeded) throws Exception {
		String location = this.mvc
			.perform(as("office",
					post("/notices").param("planId", String.valueOf(seeded.plan().id().value()))
						.param("periodId", String.valueOf(seeded.q2().id().value()))))
			.andExpect(flash().attribute("message", "flash.notice.drafted"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.replaceAll("\\D+(\\d+)/edit", "$1"));
	}

	private long published(ScratchData.NoticePlan seeded) throws Exception {
		long id = draft(seeded);
		this.mvc.perform(as("office", post("/notices/" + id + "/submit").param("version", "0")));
		this.mvc.perform(as("leader", post("/notices/" + id + "/sign").param("version", "1")));
		this.mvc.perform(as("office", post("/notices/" + id + "/publish").param("version", "2")))
			.andExpect(flash().attribute("message", "flash.notice.published"));
		return id;
	}

	/** The edit form with every required section written, some of them as given. */
	private MockHttpServletRequestBuilder edit(String url, long version, String... fieldsAndValues) {
		Map<String, String> fields = new LinkedHashMap<>(
				Map.of("masthead", "老龄工作进度通报", "issuer", "昆都仑区老龄工作委员会办公室", "title", "新的标题", "addressees", "各成员单位",
						"overview", "总体情况", "problems", "存在问题", "requirements", "下步要求"));
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			fields.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(url).param("version", String.valueOf(version));
		fields.forEach(request::param);
		return request;
	}

	private String state(long id) {
		return this.jdbc.queryForObject("select state from notice where id = ?", String.class, id);
	}

	private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		return request.with(this.demo.as(user)).with(csrf());
	}

}
