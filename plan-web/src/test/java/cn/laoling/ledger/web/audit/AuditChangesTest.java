package cn.laoling.ledger.web.audit;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What an edit changed reads as 字段：原值 → 新值, and a change past the first words shows. */
class AuditChangesTest {

	private static AuditChanges changes() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		return new AuditChanges((code, arguments) -> messages.getMessage(code, arguments, Locale.CHINA));
	}

	@Test
	void namesEachChangedFieldWithItsValuesBeforeAndAfterAndLeavesTheOthersOut() {
		String detail = changes().field("task.number", "3", "3")
			.field("task.deadline", "2022-12-31", "2023-06-30")
			.coded("task.status", "task.status.NOT_STARTED", "task.status.IN_PROGRESS")
			.field("task.responsibleUnits", null, "区民政局")
			.toString();

		assertThat(detail).isEqualTo("完成时限：2022-12-31 → 2023-06-30；完成状态：未启动 → 推进中；责任单位：（空） → 区民政局");
	}

	@Test
	void aLongTextIsCutAroundWhereItChangesSoThatTheChangeShows() {
		String before = "全面启动老年友好型社区创建工作，按照国家老年友好型社区建设标准，指导各街镇开展创建活动。";
		String after = before.replace("创建活动", "创建评选活动");

		String detail = changes().field("task.text", before, after).toString();

		assertThat(detail).startsWith("重点任务：…").contains("创建活动", "→ …", "创建评选活动");
		assertThat(detail.length()).isLessThan(before.length() + after.length());
	}

	@Test
	void anEditThatChangedNothingSaysSo() {
		assertThat(changes().field("task.text", "同一段文字", " 同一段文字 ").toString()).isEqualTo("内容未变");
	}

}
