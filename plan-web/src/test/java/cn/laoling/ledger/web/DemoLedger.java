package cn.laoling.ledger.web;

import java.util.List;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.Accounts;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.TaskQuery;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.region.Regions;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitName;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.security.LedgerUser;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.security.Viewers;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The demo data as the tests find it: the two seed plans, their tasks and units, the demo
 * accounts.
 */
@Component
public class DemoLedger {

	public static final String KUNQU_PLAN = "昆区2022年老龄工作推进方案";

	public static final String LIANGZHOU_PLAN = "凉州区积极应对人口老龄化三年(2023-2025年)实施方案";

	private final Regions regions;

	private final Plans plans;

	private final Tasks tasks;

	private final Units units;

	private final UserDetailsService users;

	private final Accounts accounts;

	private final Viewers viewers;

	DemoLedger(Regions regions, Plans plans, Tasks tasks, Units units, UserDetailsService users, Accounts accounts,
			Viewers viewers) {
		this.viewers = viewers;
		this.accounts = accounts;
		this.regions = regions;
		this.plans = plans;
		this.tasks = tasks;
		this.units = units;
		this.users = users;
	}

	public RegionId region(String name) {
		return this.regions.findByName(name).orElseThrow().id();
	}

	public Plan kunquPlan() {
		return this.plans.findByTitle(region("昆都仑区"), KUNQU_PLAN).orElseThrow();
	}

	public Plan liangzhouPlan() {
		return this.plans.findByTitle(region("凉州区"), LIANGZHOU_PLAN).orElseThrow();
	}

	public Plan plan(long id) {
		return this.plans.findById(new PlanId(id)).orElseThrow();
	}

	public List<Task> tasksOf(Plan plan) {
		return this.tasks.find(TaskQuery.all(plan.id()));
	}

	public Task task(long id) {
		return this.tasks.findById(new TaskId(id)).orElseThrow();
	}

	public Unit kunquUnit(String name) {
		return this.units.findByName(region("昆都仑区"), new UnitName(name)).orElseThrow();
	}

	public Account account(String username) {
		return this.accounts.findByUsername(username).orElseThrow();
	}

	/** What one of the demo accounts sees, as a page handler is given it. */
	public Viewer viewer(String username) {
		return this.viewers.of((LedgerUser) this.users.loadUserByUsername(username));
	}

	/** Logs the request in as one of the demo accounts. */
	public RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
