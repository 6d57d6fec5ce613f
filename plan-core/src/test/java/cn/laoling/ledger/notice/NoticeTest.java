package cn.laoling.ledger.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.ReportingPeriodId;
import cn.laoling.ledger.report.StandingCounts;
import cn.laoling.ledger.shared.DomainRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A notice goes from draft through sign-off to publication, and is never changed after.
 */
class NoticeTest {

	private static final Instant AT = Instant.parse("2026-07-05T02:00:00Z");

	private static final NoticeText TEXT = new NoticeText("老龄工作进度通报", "某区老龄办", "关于二季度的通报", "各成员单位", "总体情况", "存在问题",
			"下步要求", null);

	@Test
	void onlyASignedNoticeIsPublishedAndThenNumbered() {
		Notice notice = draft();
		assertThatThrownBy(() -> notice.publish(new IssueNumber(2026, 1), LocalDate.of(2026, 7, 6), "office", AT))
			.isInstanceOf(DomainRuleException.class)
			.hasFieldOrPropertyWithValue("code", "notice.state.SIGNED");
		notice.submit();
		assertThatThrownBy(() -> notice.publish(new IssueNumber(2026, 1), LocalDate.of(2026, 7, 6), "office", AT))
			.isInstanceOf(DomainRuleException.class);
		notice.signOff("leader", AT);
		notice.publish(new IssueNumber(2026, 3), LocalDate.of(2026, 7, 6), "office", AT);

		assertThat(notice.state()).isEqualTo(NoticeState.PUBLISHED);
		assertThat(notice.issue()).isEqualTo(new IssueNumber(2026, 3));
		assertThat(notice.signedBy()).isEqualTo("leader");
	}

	@Test
	void aNoticeIsEditedOnlyAsADraft() {
		Notice notice = draft();
		NoticeText changed = new NoticeText("刊名", "某区老龄办", "新标题", "各成员单位", "总体", "问题", "要求", "表扬");
		notice.edit(changed);
		notice.submit();

		assertThatThrownBy(() -> notice.edit(TEXT)).isInstanceOf(DomainRuleException.class);
		assertThat(notice.text()).isEqualTo(changed);
	}

	@Test
	void aLeaderSendsItBackWithACommentAndTheOfficeMayThenEditIt() {
		Notice notice = draft();
		notice.submit();
		assertThatThrownBy(() -> notice.sendBack(" ")).isInstanceOf(DomainRuleException.class)
			.hasFieldOrPropertyWithValue("code", "notice.comment.required");

		notice.sendBack("请补充表扬单位");

		assertThat(notice.state()).isEqualTo(NoticeState.DRAFT);
		assertThat(notice.returnComment()).isEqualTo("请补充表扬单位");
		assertThat(notice.isSentBack()).as("waits for the office").isTrue();
		notice.edit(TEXT);
		assertThat(notice.isSentBack()).as("still, while the office edits it").isTrue();
		notice.submit();
		assertThat(notice.returnComment()).as("cleared when sent again").isNull();
		assertThat(notice.isSentBack()).isFalse();
	}

	@Test
	void withdrawingASignedNoticeVoidsTheSignOff() {
		Notice notice = draft();
		notice.submit();
		notice.signOff("leader", AT);

		notice.withdraw();

		assertThat(notice.state()).isEqualTo(NoticeState.DRAFT);
		assertThat(notice.signedBy()).isNull();
		assertThatThrownBy(notice::withdraw).isInstanceOf(DomainRuleException.class);
	}

	@Test
	void aCorrectionIsTheNextRevisionOfTheSameIssueAndItsChangesAreTheEditedSections() {
		Notice notice = published();
		Notice correction = notice.correction("office", AT);

		assertThat(correction.state()).isEqualTo(NoticeState.DRAFT);
		assertThat(correction.revision()).isEqualTo(2);
		assertThat(correction.issue()).isEqualTo(notice.issue());
		assertThat(correction.corrects()).isEqualTo(notice.id());
		correction.edit(new NoticeText(TEXT.masthead(), TEXT.issuer(), TEXT.title(), TEXT.addressees(), "总体情况（更正）",
				TEXT.problems(), TEXT.requirements(), "表扬某单位"));
		assertThat(correction.text().changesFrom(notice.text())).containsExactly(NoticeSection.OVERVIEW,
				NoticeSection.PRAISE);
		assertThatThrownBy(() -> correction.correction("office", AT)).isInstanceOf(DomainRuleException.class);
		notice.supersede();
		assertThat(notice.isPublished()).isTrue();
	}

	@Test
	void aCorrectionPublishedInTheNextYearKeepsTheIssueOfTheYearItCorrects() {
		Notice notice = published();
		Notice correction = notice.correction("office", AT);
		correction.submit();
		correction.signOff("leader", AT);

		correction.publish(new IssueNumber(2027, 1), LocalDate.of(2027, 1, 8), "office", AT);

		assertThat(correction.issue()).isEqualTo(new IssueNumber(2026, 2));
		assertThat(correction.issueDate()).isEqualTo(LocalDate.of(2027, 1, 8));
	}

	@Test
	void aPublishedNoticeCannotBeWithdrawnEditedOrDiscarded() {
		Notice notice = published();

		assertThatThrownBy(notice::withdraw).isInstanceOf(DomainRuleException.class);
		assertThatThrownBy(() -> notice.edit(TEXT)).isInstanceOf(DomainRuleException.class);
		assertThatThrownBy(notice::requireDiscardable).isInstanceOf(DomainRuleException.class);
	}

	@Test
	void requiredSectionsMustBeWritten() {
		assertThatThrownBy(() -> new NoticeText("刊名", "发文单位", " ", "各成员单位", "总体", "问题", "要求", null))
			.isInstanceOf(DomainRuleException.class)
			.hasFieldOrPropertyWithValue("code", "notice.title.required");
		assertThat(new NoticeText("刊名", "发文单位", "标题", "各成员单位", "总体", "问题", "要求", "  ").praise()).isNull();
	}

	private static Notice draft() {
		return Notice.draft(new PlanId(1), new RegionId(1), new ReportingPeriodId(2), new Quarter(2026, 2), TEXT,
				new NoticeFigures(StandingCounts.NONE, List.of(), List.of()), "office", AT);
	}

	private static Notice published() {
		Notice draft = draft();
		Notice notice = new Notice(new NoticeId(7), draft.planId(), draft.regionId(), draft.periodId(), draft.quarter(),
				1, null, TEXT, draft.figures(), NoticeState.DRAFT, "office", AT, null, null, null, null, null, null,
				null, 0);
		notice.submit();
		notice.signOff("leader", AT);
		notice.publish(new IssueNumber(2026, 2), LocalDate.of(2026, 7, 6), "office", AT);
		return notice;
	}

}
