package cn.laoling.ledger.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Target;
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
 * 延期申请: asked before the task is due for a later date with a reason; granted, the task is
 * due on the new date, and its light and 序时 follow it.
 */
class ExtensionRequestTest {

	private static final UnitId HEALTH = new UnitId(1);

	private static final LocalDate DUE = LocalDate.of(2022, 6, 30);

	private static final LocalDate LATER = LocalDate.of(2022, 12, 31);

	private static final Instant AT = Instant.parse("2022-06-01T02:00:00Z");

	private final Task task = task(TaskStatus.IN_PROGRESS);

	@Test
	void aGrantedRequestMakesTheTaskDueOnTheNewDateKeepingTheWrittenOne() {
		ExtensionRequest request = ExtensionRequest.ask(this.task, HEALTH, LATER, "  场地改造未完工  ", DUE, "wjw", AT);
		assertThat(request.state()).isEqualTo(ExtensionState.PENDING);
		assertThat(request.originalDue()).isEqualTo(DUE);
		assertThat(request.reason()).isEqualTo("场地改造未完工");

		request.grant(this.task, "", "office", AT.plusSeconds(60));

		assertThat(request.state()).isEqualTo(ExtensionState.GRANTED);
		assertThat(request.comment()).isNull();
		assertThat(request.decidedBy()).isEqualTo("office");
		assertThat(this.task.dueDeadline().date()).isEqualTo(LATER);
		assertThat(this.task.finalDeadline().date()).as("the plan's words stay").isEqualTo(DUE);
		assertThat(this.task.extendedTo()).contains(LATER);
	}

	@Test
	void onlyBeforeTheTaskIsDueAndNotDone() {
		assertThat(ExtensionRequest.ask(this.task, HEALTH, LATER, "r", DUE, "wjw", AT).isPending())
			.as("on the due day itself")
			.isTrue();
		assertRefused(() -> ExtensionRequest.ask(this.task, HEALTH, LATER, "r", DUE.plusDays(1), "wjw", AT),
				"extension.pastDue");
		assertRefused(() -> ExtensionRequest.ask(task(TaskStatus.COMPLETED), HEALTH, LATER, "r", DUE, "wjw", AT),
				"extension.taskDone");
		Task closed = task(TaskStatus.IN_PROGRESS);
		closed.closeOut();
		assertRefused(() -> ExtensionRequest.ask(closed, HEALTH, LATER, "r", DUE, "wjw", AT), "extension.taskDone");
	}

	@Test
	void theNewDateIsLaterThanTheTaskIsDueAndAReasonIsGiven() {
		assertRefused(() -> ExtensionRequest.ask(this.task, HEALTH, DUE, "r", DUE, "wjw", AT),
				"extension.date.notLater");
		assertRefused(() -> ExtensionRequest.ask(this.task, HEALTH, null, "r", DUE, "wjw", AT),
				"extension.date.required");
		assertRefused(() -> ExtensionRequest.ask(this.task, HEALTH, LATER, "  ", DUE, "wjw", AT),
				"extension.reason.required");
		assertRefused(() -> ExtensionRequest.ask(this.task, HEALTH, LATER, "字".repeat(1001), DUE, "wjw", AT),
				"extension.reason.tooLong");
	}

	@Test
	void aSecondExtensionCountsFromTheFirst() {
		ExtensionRequest.ask(this.task, HEALTH, LocalDate.of(2022, 9, 30), "r", DUE, "wjw", AT)
			.grant(this.task, null, "office", AT);
		assertRefused(() -> ExtensionRequest.ask(this.task, HEALTH, LocalDate.of(2022, 9, 1), "r", DUE, "wjw", AT),
				"extension.date.notLater");
		ExtensionRequest second = ExtensionRequest.ask(this.task, HEALTH, LATER, "r", LocalDate.of(2022, 9, 30), "wjw",
				AT);
		assertThat(second.originalDue()).isEqualTo(LocalDate.of(2022, 9, 30));
	}

	@Test
	void aRefusalNeedsACommentAndChangesNothing() {
		ExtensionRequest request = ExtensionRequest.ask(this.task, HEALTH, LATER, "r", DUE, "wjw", AT);
		assertRefused(() -> request.refuse(" ", "office", AT), "extension.comment.required");
		assertThat(request.isPending()).isTrue();

		request.refuse("请按原时限完成", "office", AT);

		assertThat(request.state()).isEqualTo(ExtensionState.REFUSED);
		assertThat(request.comment()).isEqualTo("请按原时限完成");
		assertThat(this.task.dueDeadline().date()).isEqualTo(DUE);
		assertRefused(() -> request.grant(this.task, null, "office", AT), "extension.decided");
	}

	@Test
	void aPlanRevisedPastTheExtensionMakesItMoot() {
		Task revised = new Task(new TaskId(1), new PlanId(1), content(LocalDate.of(2023, 6, 30)),
				TaskStatus.IN_PROGRESS, false, LATER, 3);
		assertThat(revised.dueDeadline().date()).isEqualTo(LocalDate.of(2023, 6, 30));
		assertThat(revised.dueDeadline().implied()).isFalse();
	}

	@Test
	void theLightFollowsTheExtendedDate() {
		ExtensionRequest.ask(this.task, HEALTH, LATER, "r", DUE, "wjw", AT).grant(this.task, null, "office", AT);
		LocalDate july = LocalDate.of(2022, 7, 15);
		PlanPeriod year = PlanPeriod.year(2022);

		Assessment extended = Assessment.of(this.task.targets(), List.of(BigDecimal.valueOf(20)),
				TaskStatus.IN_PROGRESS, false, this.task.dueDeadline(), year, july, LightRules.DEFAULT);
		Assessment original = Assessment.of(this.task.targets(), List.of(BigDecimal.valueOf(20)),
				TaskStatus.IN_PROGRESS, false, this.task.finalDeadline(), year, july, LightRules.DEFAULT);

		assertThat(original.light()).as("past the written date").isEqualTo(Light.RED);
		assertThat(extended.light()).as("20 of 26 by mid-July, due at the end of the year").isEqualTo(Light.GREEN);
	}

	private static Task task(TaskStatus status) {
		return new Task(new TaskId(1), new PlanId(1), content(DUE), status, 0);
	}

	private static TaskContent content(LocalDate due) {
		return new TaskContent(new TaskNumber("1"), 0, null, "创建老年友好型社区26个", List.of(HEALTH), List.of(),
				List.of(Target.exactly(26, "个", "老年友好型社区")),
				List.of(Deadline.written(due, "到" + due.getMonthValue() + "月底")));
	}

	private static void assertRefused(Runnable action, String code) {
		assertThatThrownBy(action::run).isInstanceOf(DomainRuleException.class).extracting("code").isEqualTo(code);
	}

}
