package cn.laoling.ledger.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanFacts;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.region.Region;
import cn.laoling.ledger.region.Regions;
import cn.laoling.ledger.report.ExtensionRequest;
import cn.laoling.ledger.report.ExtensionRequests;
import cn.laoling.ledger.report.ExtensionState;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class ExtensionPersistenceTest {

	private static final Instant AT = Instant.parse("2023-11-20T02:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2023, 11, 20);

	private static final LocalDate LATER = LocalDate.of(2024, 6, 30);

	@Autowired
	Regions regions;

	@Autowired
	Units units;

	@Autowired
	Plans plans;

	@Autowired
	Tasks tasks;

	@Autowired
	ExtensionRequests requests;

	Plan plan;

	Task task;

	Unit civil;

	@BeforeEach
	void aPlanOfOneYearWithOneTask() {
		Region region = Fixtures.region(this.regions);
		this.civil = Fixtures.department(this.units, region, "区民政局");
		this.plan = this.plans
			.save(Plan.draft(region.id(), new PlanFacts("2023年方案", null, null, null, PlanPeriod.year(2023))));
		this.task = this.tasks.save(this.plan.newTask(new TaskContent(new TaskNumber("1"), 0, null, "建设助餐点",
				List.of(this.civil.id()), List.of(), List.of(), List.of())));
	}

	@Test
	void aGrantedRequestIsKeptAndTheTaskIsDueOnTheNewDate() {
		ExtensionRequest asked = this.requests
			.save(ExtensionRequest.ask(this.task, this.civil.id(), LATER, "选址调整", TODAY, "mzj", AT));
		assertThat(this.requests.pendingIn(List.of(this.plan.id()))).extracting(ExtensionRequest::id)
			.containsExactly(asked.id());

		asked.grant(this.task, "同意", "office", AT.plusSeconds(3600));
		this.requests.save(asked);
		this.tasks.save(this.task);

		ExtensionRequest kept = this.requests.findById(asked.id()).orElseThrow();
		assertThat(kept.state()).isEqualTo(ExtensionState.GRANTED);
		assertThat(kept.originalDue()).isEqualTo(LocalDate.of(2023, 12, 31));
		assertThat(kept.requestedDate()).isEqualTo(LATER);
		assertThat(kept.reason()).isEqualTo("选址调整");
		assertThat(kept.comment()).isEqualTo("同意");
		assertThat(kept.decidedBy()).isEqualTo("office");
		assertThat(kept.decidedAt()).isEqualTo(AT.plusSeconds(3600));
		assertThat(this.requests.pendingIn(List.of(this.plan.id()))).isEmpty();
		Task reloaded = this.tasks.findById(this.task.id()).orElseThrow();
		assertThat(reloaded.extendedTo()).contains(LATER);
		assertThat(reloaded.dueDeadline().date()).isEqualTo(LATER);
		assertThatThrownBy(() -> this.requests.save(asked)).as("decided again from the old version")
			.isInstanceOf(StaleEditException.class);
	}

	@Test
	void onlyOneRequestWaitsForATaskAtATime() {
		this.requests.save(ExtensionRequest.ask(this.task, this.civil.id(), LATER, "选址调整", TODAY, "mzj", AT));

		assertThatThrownBy(() -> this.requests
			.save(ExtensionRequest.ask(this.task, this.civil.id(), LATER.plusDays(1), "又一次", TODAY, "mzj", AT)))
			.isInstanceOf(StaleEditException.class);
		assertThat(this.requests.ofTask(this.task.id())).hasSize(1);
	}

	@Test
	void aTasksRequestsComeNewestFirst() {
		ExtensionRequest first = this.requests
			.save(ExtensionRequest.ask(this.task, this.civil.id(), LATER, "第一次", TODAY, "mzj", AT));
		first.refuse("按期完成", "office", AT);
		this.requests.save(first);
		ExtensionRequest second = this.requests
			.save(ExtensionRequest.ask(this.task, this.civil.id(), LATER, "第二次", TODAY, "mzj", AT));

		assertThat(this.requests.ofTask(this.task.id())).extracting(ExtensionRequest::id)
			.containsExactly(second.id(), first.id());
	}

}
