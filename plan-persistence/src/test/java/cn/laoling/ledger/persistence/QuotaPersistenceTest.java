package cn.laoling.ledger.persistence;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanFacts;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Quota;
import cn.laoling.ledger.plan.Quotas;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetSplit;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.region.Region;
import cn.laoling.ledger.region.Regions;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.unit.Referrer;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitRecords;
import cn.laoling.ledger.unit.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * 指标分解 kept: a split is a change of its task, refused on a stale version, and a merged
 * unit's quota joins the kept unit's.
 */
@PersistenceTest
class QuotaPersistenceTest {

	@Autowired
	Regions regions;

	@Autowired
	Units units;

	@Autowired
	Plans plans;

	@Autowired
	Tasks tasks;

	@Autowired
	Quotas quotas;

	@Autowired
	UnitRecords records;

	@Autowired
	PlatformTransactionManager transactions;

	Unit health;

	Unit north;

	Unit south;

	Task task;

	@BeforeEach
	void aTaskOfTwentySixCommunities() {
		Region region = Fixtures.region(this.regions);
		this.health = Fixtures.department(this.units, region, "区卫健委");
		this.north = Fixtures.department(this.units, region, "昆北街道");
		this.south = Fixtures.department(this.units, region, "昆南街道");
		Plan plan = this.plans
			.save(Plan.draft(region.id(), new PlanFacts("工作要点", null, null, null, PlanPeriod.year(2026))));
		this.task = this.tasks.save(plan.newTask(new TaskContent(new TaskNumber("1"), 1, null, "创建老年友好型社区26个",
				List.of(this.health.id()), List.of(this.north.id(), this.south.id()),
				List.of(Target.exactly(26, "个", "老年友好型社区"), Target.atLeast(1500, "人次", "培训")), List.of())));
	}

	@Test
	void aSplitIsKeptInTheOrderGivenAndMovesTheTasksVersionOn() {
		this.quotas.replace(this.task.id(), this.task.version(),
				new TargetSplit(0, List.of(quota(this.south, "12.5"), quota(this.north, "13.5"))));

		assertThat(this.quotas.of(this.task.id()))
			.containsExactly(new TargetSplit(0, List.of(quota(this.south, "12.5"), quota(this.north, "13.5"))));
		Task after = this.tasks.findById(this.task.id()).orElseThrow();
		assertThat(after.version()).isEqualTo(this.task.version() + 1);
		assertThatExceptionOfType(StaleEditException.class).as("the split was made on the task as it was")
			.isThrownBy(() -> this.quotas.replace(this.task.id(), this.task.version(),
					new TargetSplit(0, List.of(quota(this.north, "26")))));

		this.quotas.replace(this.task.id(), after.version(), new TargetSplit(1, List.of(quota(this.north, "700"))));
		this.quotas.replace(this.task.id(), after.version() + 1, new TargetSplit(0, List.of()));

		assertThat(this.quotas.ofTasks(List.of(this.task.id())).get(this.task.id()))
			.containsExactly(new TargetSplit(1, List.of(quota(this.north, "700"))));
	}

	@Test
	void splitsAndAnEditOfTheTaskInOneTransactionEachFollowTheVersionTheOtherLeft() {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			Task loaded = this.tasks.findById(this.task.id()).orElseThrow();
			this.quotas.replace(this.task.id(), loaded.version(),
					new TargetSplit(0, List.of(quota(this.north, "10"), quota(this.south, "16"))));
			this.quotas.replace(this.task.id(), loaded.version() + 1,
					new TargetSplit(1, List.of(quota(this.north, "1500"))));
			Task again = this.tasks.findById(this.task.id()).orElseThrow();
			assertThat(again.version()).isEqualTo(loaded.version() + 2);
			again.markStatus(TaskStatus.IN_PROGRESS);
			this.tasks.save(again);
		});

		assertThat(this.tasks.findById(this.task.id()).orElseThrow().version()).isEqualTo(this.task.version() + 3);
		assertThat(this.quotas.of(this.task.id())).hasSize(2);
	}

	@Test
	void aMergedUnitsQuotaIsAddedToTheKeptUnits() {
		this.quotas.replace(this.task.id(), this.task.version(),
				new TargetSplit(0, List.of(quota(this.north, "10"), quota(this.south, "16"))));
		this.quotas.replace(this.task.id(), this.task.version() + 1,
				new TargetSplit(1, List.of(quota(this.south, "300"))));

		assertThat(this.records.referencesTo(this.south.id()).counts()).contains(entry(Referrer.QUOTA, 1));

		this.records.handOver(this.south.id(), this.north.id(), "");

		assertThat(this.quotas.of(this.task.id())).containsExactly(new TargetSplit(0, List.of(quota(this.north, "26"))),
				new TargetSplit(1, List.of(quota(this.north, "300"))));
		assertThat(this.records.referencesTo(this.south.id()).counts()).doesNotContainKey(Referrer.QUOTA);
	}

	private static Quota quota(Unit unit, String amount) {
		return new Quota(unit.id(), new BigDecimal(amount));
	}

}
