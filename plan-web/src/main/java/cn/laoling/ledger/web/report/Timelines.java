package cn.laoling.ledger.web.report;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportEvent;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.PersonNames;

/**
 * The reporting timeline of a task the viewer may already open: every report with its
 * history; a liaison sees only their own unit's reports.
 */
@Service
@Transactional(readOnly = true)
public class Timelines {

	private final Reports reports;

	private final ReportingPeriods periods;

	private final Units units;

	private final PersonNames people;

	private final Clock clock;

	Timelines(Reports reports, ReportingPeriods periods, Units units, PersonNames people, Clock clock) {
		this.reports = reports;
		this.periods = periods;
		this.units = units;
		this.people = people;
		this.clock = clock;
	}

	public Timeline of(Viewer viewer, Task task) {
		List<Report> shown = this.reports.ofTask(task.id())
			.stream()
			.filter((r) -> !viewer.isLiaison() || viewer.unit().map(r.unitId()::equals).orElse(false))
			.toList();
		Map<UnitId, String> names = this.units.namesOf(shown.stream().map(Report::unitId).toList());
		Map<Long, Quarter> quarters = this.periods.forPlan(task.planId())
			.stream()
			.collect(Collectors.toMap((p) -> p.id().value(), ReportingPeriod::quarter));
		Map<Report, List<ReportEvent>> histories = new LinkedHashMap<>();
		shown.forEach((r) -> histories.put(r, this.reports.history(r.id())));
		PersonNames.Named people = this.people
			.of(histories.values().stream().flatMap(List::stream).map(ReportEvent::actor).toList());
		List<Timeline.Entry> entries = shown.stream()
			.map((r) -> new Timeline.Entry(quarters.get(r.periodId().value()), names.get(r.unitId()), r.kind(),
					r.state(),
					histories.get(r)
						.stream()
						.map((e) -> new Timeline.Step(LocalDateTime.ofInstant(e.at(), this.clock.getZone()), e.kind(),
								people.of(e.actor()), e.content().progress(), e.comment()))
						.toList()))
			.sorted(Comparator.comparing(Timeline.Entry::period).reversed())
			.toList();
		return new Timeline(entries);
	}

}
