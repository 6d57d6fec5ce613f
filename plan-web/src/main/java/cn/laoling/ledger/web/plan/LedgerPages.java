package cn.laoling.ledger.web.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

import cn.laoling.ledger.plan.PlanHead;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.web.overview.StandingService;
import cn.laoling.ledger.web.security.Viewer;

/**
 * The key a plan's ledger page is kept under
 * ({@link cn.laoling.ledger.web.support.RenderedFragments}): it changes whenever what the
 * page shows would. Every change to a plan's tasks, reports, reporting periods and units
 * is recorded against the plan's kept standing (V16 to V18), so the page is current while
 * the plan's version, the standing's generation and the day are; the rest of the key is
 * what the viewer may see and do.
 */
@Service
public class LedgerPages {

	private final Plans plans;

	private final StandingService standings;

	private final Clock clock;

	LedgerPages(Plans plans, StandingService standings, Clock clock) {
		this.plans = plans;
		this.standings = standings;
		this.clock = clock;
	}

	/** The plan's title and the key, if the viewer may see the plan. */
	public Kept kept(Viewer viewer, PlanId id, LedgerFilter filter) {
		PlanHead plan = this.plans.headOf(id)
			.filter((p) -> viewer.maySee(p.regionId(), p.status()))
			.orElseThrow(() -> new NotFoundException("plan", id.value()));
		LocalDate today = LocalDate.now(this.clock);
		long generation = this.standings.current(List.of(id), today);
		String key = String.join("|", today.toString(), id.value() + ":" + plan.version(), String.valueOf(generation),
				filter.toString(), viewer.role().name(), viewer.sight(),
				new TreeSet<>(viewer.ownUnits().stream().map(UnitId::value).toList()).toString());
		return new Kept(plan.title(), key);
	}

	/**
	 * @param key the same for every viewer and request that would be shown the same page
	 */
	public record Kept(String title, String key) {
	}

}
