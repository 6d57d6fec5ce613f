package cn.laoling.ledger.report;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.unit.UnitId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The two tiers: the first lead unit consolidates, every other unit named reports its
 * part.
 */
class ReportingRoleTest {

	private static final UnitId HEALTH = new UnitId(1);

	private static final UnitId CIVIL = new UnitId(2);

	private static final UnitId HOUSING = new UnitId(3);

	private static final UnitId MEMBERS = new UnitId(9);

	private final Task task = new Task(new TaskId(1), new PlanId(1),
			new TaskContent(new TaskNumber("1"), 0, null, "创建老年友好型社区", List.of(HEALTH, CIVIL), List.of(MEMBERS),
					List.of(), List.of(Deadline.impliedBy(PlanPeriod.year(2022)))),
			TaskStatus.IN_PROGRESS, 0);

	@Test
	void aTaskClosedOutIsCompletedUntilReopened() {
		this.task.closeOut();
		assertThat(this.task.isClosedOut()).isTrue();
		assertThat(this.task.status()).isEqualTo(TaskStatus.COMPLETED);
		assertThatThrownBy(this.task::closeOut).isInstanceOf(DomainRuleException.class);

		this.task.reopen();
		assertThat(this.task.isClosedOut()).isFalse();
		assertThat(this.task.status()).isEqualTo(TaskStatus.IN_PROGRESS);
	}

	@Test
	void theFirstLeadUnitConsolidatesAndTheOthersReportTheirPart() {
		assertThat(ReportingRole.of(this.task, HEALTH, Set.of(HEALTH))).contains(ReportKind.CONSOLIDATED);
		assertThat(ReportingRole.of(this.task, CIVIL, Set.of(CIVIL))).contains(ReportKind.PART);
		assertThat(ReportingRole.of(this.task, HOUSING, Set.of(HOUSING, MEMBERS))).as("through a group")
			.contains(ReportKind.PART);
		assertThat(ReportingRole.of(this.task, HOUSING, Set.of(HOUSING))).isEmpty();
	}

}
