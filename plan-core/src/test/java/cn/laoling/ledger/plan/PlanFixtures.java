package cn.laoling.ledger.plan;

import java.time.LocalDate;
import java.util.List;

import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.unit.UnitId;

/** Plans and tasks as a saved ledger would hold them, built through the domain API. */
final class PlanFixtures {

	static final RegionId KUNQU = new RegionId(2);

	static final UnitId WEIJIANWEI = new UnitId(10);

	static final UnitId STREETS = new UnitId(11);

	static final UnitId ZHUJIANJU = new UnitId(12);

	private PlanFixtures() {
	}

	static Plan savedPlanWithSection() {
		PlanFacts facts = new PlanFacts("昆区2022年老龄工作推进方案", new DocumentNumber("昆府办发〔2022〕17号"), "昆都仑区人民政府办公室",
				LocalDate.of(2022, 9, 1), PlanPeriod.year(2022));
		return new Plan(new PlanId(1), KUNQU, facts, PlanStatus.IN_FORCE,
				List.of(new Section(new SectionId(5), "二、", "重点任务")), 3);
	}

	static TaskContent friendlyCommunities(List<Deadline> deadlines) {
		return new TaskContent(new TaskNumber("1."), 1, new SectionId(5), "全面启动老年友好型社区创建工作，到2022年底，创建老年友好型社区26个",
				List.of(WEIJIANWEI, STREETS), List.of(ZHUJIANJU), List.of(Target.exactly(26, "个", "老年友好型社区")),
				deadlines);
	}

}
