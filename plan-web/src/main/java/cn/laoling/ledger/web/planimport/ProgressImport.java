package cn.laoling.ledger.web.planimport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportEvent;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.FormRejection;

/**
 * A progress table's 进展情况 taken in as the progress of the quarter the office chose: for
 * each task, its first lead unit's report of that quarter, accepted as the table states
 * it, its history marked as imported; a task not yet started is then under way, as an
 * accepted report makes it. A task that already has that report keeps it. Runs in the
 * import's transaction.
 */
@Component
class ProgressImport {

	private final ReportingPeriods periods;

	private final Reports reports;

	private final Tasks tasks;

	private final Clock clock;

	ProgressImport(ReportingPeriods periods, Reports reports, Tasks tasks, Clock clock) {
		this.tasks = tasks;
		this.periods = periods;
		this.reports = reports;
		this.clock = clock;
	}

	/** A task and what the table says of it. */
	record Progress(Task task, String text) {
	}

	/** How many reports were taken in, and how many tasks kept the report they had. */
	record Outcome(Quarter quarter, int imported, int kept) {

		static final Outcome NONE = new Outcome(null, 0, 0);

	}

	/** The quarters a plan of that period reports in: those the office may choose. */
	static List<Quarter> quarters(LocalDate start, LocalDate end) {
		List<Quarter> quarters = new ArrayList<>();
		if (start == null || end == null || end.isBefore(start)) {
			return quarters;
		}
		for (Quarter q = Quarter.of(start); q.compareTo(Quarter.of(end)) <= 0 && quarters.size() < 80; q = q.next()) {
			quarters.add(q);
		}
		return quarters;
	}

	Outcome apply(Viewer viewer, PlanId plan, String chosen, List<Progress> progress) {
		if (chosen == null || chosen.isBlank() || progress.isEmpty()) {
			return Outcome.NONE;
		}
		String[] parts = chosen.split("-");
		Quarter quarter = new Quarter(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
		ReportingPeriod period = this.periods.forPlan(plan)
			.stream()
			.filter((p) -> p.quarter().equals(quarter))
			.findFirst()
			.orElseThrow(() -> new FormRejection("progressQuarter", "import.progress.outside", quarter.year(),
					quarter.number()));
		int imported = 0;
		int kept = 0;
		for (Progress one : progress) {
			Task task = one.task();
			boolean reported = this.reports.ofTask(task.id())
				.stream()
				.anyMatch((r) -> r.periodId().equals(period.id()) && r.kind() == ReportKind.CONSOLIDATED);
			if (reported) {
				kept++;
				continue;
			}
			Report saved = this.reports.save(Report.imported(task.id(), period, task.content().leadUnits().get(0),
					one.text(), task.content().targets().size(), this.clock.instant()));
			this.reports
				.record(ReportEvent.of(saved, ReportEvent.Kind.IMPORTED, this.clock.instant(), viewer.username()));
			if (task.status() == TaskStatus.NOT_STARTED) {
				task.markStatus(saved.content().status());
				this.tasks.save(task);
			}
			imported++;
		}
		return new Outcome(quarter, imported, kept);
	}

}
