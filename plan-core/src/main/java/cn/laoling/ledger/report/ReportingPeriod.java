package cn.laoling.ledger.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.shared.Require;

/**
 * 报送期: one quarter of a plan in which units report, with its due date and whether it is
 * still open. A closed period takes no more changes until the office reopens it.
 */
public final class ReportingPeriod {

	/**
	 * Reports are due on this day of the quarter's last month unless the office says
	 * otherwise.
	 */
	public static final int DEFAULT_DUE_DAY = 25;

	private final ReportingPeriodId id;

	private final PlanId planId;

	private final Quarter quarter;

	private LocalDate dueDate;

	private PeriodState state;

	private final long version;

	public ReportingPeriod(ReportingPeriodId id, PlanId planId, Quarter quarter, LocalDate dueDate, PeriodState state,
			long version) {
		this.id = id;
		this.planId = Require.present(planId, "planId");
		this.quarter = Require.present(quarter, "quarter");
		this.dueDate = Require.present(dueDate, "dueDate");
		this.state = Require.present(state, "state");
		this.version = version;
	}

	/** The plan's quarters, each open and due on the 25th of its last month. */
	public static List<ReportingPeriod> of(PlanId planId, PlanPeriod period) {
		List<ReportingPeriod> periods = new ArrayList<>();
		for (Quarter q = Quarter.of(period.start()); !q.start().isAfter(period.end()); q = q.next()) {
			periods.add(new ReportingPeriod(null, planId, q, defaultDueDate(q), PeriodState.OPEN, 0));
		}
		return periods;
	}

	/**
	 * The plan's periods within its period, in order: one kept from before the plan's
	 * period was changed, holding reports, is not one of them.
	 */
	public static List<ReportingPeriod> within(List<ReportingPeriod> periods, PlanPeriod plan) {
		return periods.stream()
			.filter((p) -> !p.quarter().end().isBefore(plan.start()) && !p.quarter().start().isAfter(plan.end()))
			.sorted(Comparator.comparing((ReportingPeriod p) -> p.quarter().start()))
			.toList();
	}

	/**
	 * The period a plan is in on the day, the one its tasks are reported on and judged
	 * by: the quarter containing the day; after the plan's end its last; before its start
	 * none.
	 */
	public static Optional<ReportingPeriod> onDay(List<ReportingPeriod> periods, PlanPeriod plan, LocalDate day) {
		List<ReportingPeriod> own = within(periods, plan);
		if (own.isEmpty() || day.isBefore(own.get(0).quarter().start())) {
			return Optional.empty();
		}
		return own.stream()
			.filter((p) -> p.quarter().contains(day))
			.findFirst()
			.or(() -> Optional.of(own.get(own.size() - 1)));
	}

	public static LocalDate defaultDueDate(Quarter quarter) {
		YearMonth month = quarter.lastMonth();
		return month.atDay(Math.min(DEFAULT_DUE_DAY, month.lengthOfMonth()));
	}

	public void changeDueDate(LocalDate newDueDate) {
		requireOpen();
		this.dueDate = Require.present(newDueDate, "dueDate");
	}

	public void close() {
		this.state = PeriodState.CLOSED;
	}

	/** Opens a closed period again; the caller records who did it. */
	public void reopen() {
		if (this.state != PeriodState.CLOSED) {
			throw new DomainRuleException("period.notClosed", "period " + this.quarter + " is not closed");
		}
		this.state = PeriodState.OPEN;
	}

	public void requireOpen() {
		if (this.state == PeriodState.CLOSED) {
			throw new DomainRuleException("period.closed", "period " + this.quarter + " is closed");
		}
	}

	public boolean isOpen() {
		return this.state == PeriodState.OPEN;
	}

	/** Days from the day to the due date: negative once it has passed. */
	public long daysToDue(LocalDate today) {
		return java.time.temporal.ChronoUnit.DAYS.between(today, this.dueDate);
	}

	public ReportingPeriodId id() {
		return this.id;
	}

	public PlanId planId() {
		return this.planId;
	}

	public Quarter quarter() {
		return this.quarter;
	}

	public LocalDate dueDate() {
		return this.dueDate;
	}

	public PeriodState state() {
		return this.state;
	}

	public long version() {
		return this.version;
	}

}
