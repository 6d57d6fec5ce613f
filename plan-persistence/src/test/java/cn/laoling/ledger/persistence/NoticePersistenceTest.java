package cn.laoling.ledger.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.laoling.ledger.notice.IssueNumber;
import cn.laoling.ledger.notice.Notice;
import cn.laoling.ledger.report.StandingCounts;
import cn.laoling.ledger.notice.NoticeFigures;
import cn.laoling.ledger.notice.NoticeState;
import cn.laoling.ledger.notice.NoticeText;
import cn.laoling.ledger.notice.Notices;
import cn.laoling.ledger.notice.Receipt;
import cn.laoling.ledger.notice.Receipts;
import cn.laoling.ledger.notice.TargetLine;
import cn.laoling.ledger.notice.TaskLine;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanFacts;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.region.Region;
import cn.laoling.ledger.region.Regions;
import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.report.Standing;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class NoticePersistenceTest {

	private static final Instant AT = Instant.parse("2023-07-05T02:00:00Z");

	private static final NoticeText TEXT = new NoticeText("老龄工作进度通报", "区老龄办", "关于二季度落实情况的通报", "各成员单位",
			"截至6月30日，共有任务2项。", "（一）任务1进度滞后。", "（一）压实责任。", null);

	private static final NoticeFigures FIGURES = new NoticeFigures(new StandingCounts(2, 1, 0, 0, 0, 1, 1, 1),
			List.of(new TargetLine("1", "创建老年友好型社区不少于26个", "个", BigDecimal.valueOf(26), new BigDecimal("12.89"),
					BigDecimal.valueOf(8), new BigDecimal("30.8"), Standing.BEHIND)),
			List.of(new TaskLine("1", "创建老年友好型社区", "区民政局", "到2023年底", Light.YELLOW, Standing.BEHIND, "已创建8个", true,
					false), new TaskLine("2", "建设助餐点", "区民政局", "3月底前", Light.RED, null, null, false, true)));

	@Autowired
	Regions regions;

	@Autowired
	Units units;

	@Autowired
	Plans plans;

	@Autowired
	ReportingPeriods periods;

	@Autowired
	Notices notices;

	@Autowired
	Receipts receipts;

	Plan plan;

	ReportingPeriod q2;

	Unit civil;

	Unit health;

	@BeforeEach
	void aPlanOfOneYear() {
		Region region = Fixtures.region(this.regions);
		this.civil = Fixtures.department(this.units, region, "区民政局");
		this.health = Fixtures.department(this.units, region, "区卫健委");
		this.plan = this.plans
			.save(Plan.draft(region.id(), new PlanFacts("2023年方案", null, null, null, PlanPeriod.year(2023))));
		this.q2 = this.periods.forPlan(this.plan.id()).get(1);
	}

	@Test
	void aNoticeKeepsItsTextAndTheFiguresItWasDraftedFrom() {
		Notice saved = this.notices.save(draft());

		Notice kept = this.notices.findById(saved.id()).orElseThrow();
		assertThat(kept.text()).isEqualTo(TEXT);
		assertThat(kept.figures()).isEqualTo(FIGURES);
		assertThat(kept.quarter()).isEqualTo(this.q2.quarter());
		assertThat(kept.state()).isEqualTo(NoticeState.DRAFT);
		assertThat(this.notices.inRegions(List.of(this.plan.regionId()))).extracting(Notice::id)
			.containsExactly(saved.id());
	}

	@Test
	void issuesAreNumberedPerRegionAndYearAndAStaleEditIsRefused() {
		assertThat(this.notices.nextNumber(this.plan.regionId(), 2023)).isEqualTo(1);
		Notice first = publish(this.notices.save(draft()), 1);
		assertThat(this.notices.nextNumber(this.plan.regionId(), 2023)).isEqualTo(2);
		assertThat(this.notices.nextNumber(this.plan.regionId(), 2024)).isEqualTo(1);

		Notice second = this.notices.save(draft());
		second.submit();
		second.signOff("leader", AT);
		second.publish(new IssueNumber(2023, 1), LocalDate.of(2023, 8, 1), "office", AT);
		assertThatThrownBy(() -> this.notices.save(second)).as("number 1 of 2023 is taken")
			.isInstanceOf(StaleEditException.class);

		Notice stale = this.notices.findById(first.id()).orElseThrow();
		Notice fresh = this.notices.findById(first.id()).orElseThrow();
		fresh.supersede();
		this.notices.save(fresh);
		stale.supersede();
		assertThatThrownBy(() -> this.notices.save(stale)).isInstanceOf(StaleEditException.class);
	}

	@Test
	void aPublishedNoticeIsCorrectedOnceAtATime() {
		Notice published = publish(this.notices.save(draft()), 1);
		Notice correction = this.notices.save(published.correction("office", AT));
		assertThat(correction.revision()).isEqualTo(2);
		assertThat(correction.issue()).isEqualTo(new IssueNumber(2023, 1));

		assertThatThrownBy(() -> this.notices.save(published.correction("office", AT)))
			.isInstanceOf(StaleEditException.class);
		this.notices.delete(correction.id());
		assertThat(this.notices.findById(correction.id())).isEmpty();
	}

	@Test
	void aCorrectionPublishedTheNextYearKeepsItsIssueAndLeavesTheNextYearsNumbersFree() {
		Notice published = publish(this.notices.save(draft()), 1);
		Notice correction = this.notices.save(published.correction("office", AT));
		correction.submit();
		correction.signOff("leader", AT);
		correction.publish(new IssueNumber(2024, this.notices.nextNumber(this.plan.regionId(), 2024)),
				LocalDate.of(2024, 1, 10), "office", AT);
		this.notices.save(correction);

		assertThat(this.notices.findById(correction.id()).orElseThrow().issue()).isEqualTo(new IssueNumber(2023, 1));
		assertThat(this.notices.nextNumber(this.plan.regionId(), 2024)).as("the correction is an issue of 2023")
			.isEqualTo(1);
		assertThat(this.notices.nextNumber(this.plan.regionId(), 2023)).isEqualTo(2);
	}

	@Test
	void eachUnitAcknowledgesOnceAndTheOfficeSeesWhoHasNot() {
		Notice published = publish(this.notices.save(draft()), 1);
		this.receipts.expect(published.id(), List.of(this.civil.id(), this.health.id()));
		this.receipts.expect(published.id(), List.of(this.civil.id()));

		assertThat(this.receipts.acknowledge(published.id(), this.civil.id(), "mzj", AT)).isTrue();
		assertThat(this.receipts.acknowledge(published.id(), this.civil.id(), "mzj2", AT.plusSeconds(60))).isFalse();

		List<Receipt> all = this.receipts.of(published.id());
		assertThat(all).hasSize(2);
		Receipt civilReceipt = all.stream().filter((r) -> r.unit().equals(this.civil.id())).findFirst().orElseThrow();
		assertThat(civilReceipt.acknowledgedBy()).isEqualTo("mzj");
		assertThat(civilReceipt.acknowledgedAt()).isEqualTo(AT);
		assertThat(all.stream().filter((r) -> !r.isAcknowledged()).map(Receipt::unit))
			.containsExactly(this.health.id());
		assertThat(this.receipts.awaiting(this.health.id())).as("what 区卫健委 has still to acknowledge").isEqualTo(1);
		assertThat(this.receipts.awaiting(this.civil.id())).isZero();
	}

	@Test
	void theRegionsNoticesAreCountedByWhatTheyWaitFor() {
		Notice waiting = this.notices.save(draft());
		waiting.submit();
		this.notices.save(waiting);
		Notice sentBack = this.notices.save(draft());
		sentBack.submit();
		sentBack.sendBack("请补充表扬单位");
		sentBack = this.notices.save(sentBack);
		this.notices.save(draft());

		assertThat(this.notices.count(this.plan.regionId(), NoticeState.AWAITING_SIGN_OFF)).isEqualTo(1);
		assertThat(this.notices.count(this.plan.regionId(), NoticeState.DRAFT)).isEqualTo(2);
		assertThat(this.notices.sentBack(this.plan.regionId())).isEqualTo(1);

		sentBack.submit();
		this.notices.save(sentBack);
		assertThat(this.notices.sentBack(this.plan.regionId())).as("sent again").isZero();
	}

	private Notice draft() {
		return Notice.draft(this.plan.id(), this.plan.regionId(), this.q2.id(), this.q2.quarter(), TEXT, FIGURES,
				"office", AT);
	}

	private Notice publish(Notice notice, int number) {
		notice.submit();
		notice.signOff("leader", AT);
		notice.publish(new IssueNumber(2023, number), LocalDate.of(2023, 7, 6), "office", AT);
		return this.notices.save(notice);
	}

}
