package cn.laoling.ledger.web.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.Accounts;
import cn.laoling.ledger.account.LiaisonPosition;
import cn.laoling.ledger.account.UnitBinding;
import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.DocumentNumber;
import cn.laoling.ledger.plan.Measure;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanFacts;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.PlanStatus;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Quota;
import cn.laoling.ledger.plan.Quotas;
import cn.laoling.ledger.plan.Section;
import cn.laoling.ledger.plan.SectionId;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetSplit;
import cn.laoling.ledger.plan.TargetValue;
import cn.laoling.ledger.plan.TargetYears;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.plan.YearClosing;
import cn.laoling.ledger.plan.YearClosings;
import cn.laoling.ledger.plan.YearShare;
import cn.laoling.ledger.region.Region;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.region.Regions;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.UnitName;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.demo.DemoFiles.AccountsFile;
import cn.laoling.ledger.web.demo.DemoFiles.LiveFile;
import cn.laoling.ledger.web.demo.DemoFiles.PlanFile;
import cn.laoling.ledger.web.demo.DemoFiles.QuotaEntry;
import cn.laoling.ledger.web.demo.DemoFiles.TaskEntry;
import cn.laoling.ledger.web.demo.DemoFiles.UnitsFile;
import cn.laoling.ledger.web.demo.DemoFiles.YearsEntry;

/**
 * Loads the demo once: the regions and units of 昆都仑区 and 凉州区, their two seed plans (kept
 * as 已结束), the demo accounts and a plan in force on the day with a quarter under way
 * ({@link DemoQuarter}), from {@code seeds/demo/}. A database that already has them is
 * left alone.
 */
@Component
@Conditional(DemoMode.class)
class DemoData implements ApplicationRunner {

	static final String MARKER_REGION = "昆都仑区";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final List<String> PLAN_FILES = List.of("seeds/demo/kunqu-2022.json",
			"seeds/demo/liangzhou-2023-2025.json");

	private static final String LIVE_FILE = "seeds/demo/live-quarter.json";

	private final Regions regions;

	private final Units units;

	private final Plans plans;

	private final Tasks tasks;

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final DemoQuarter quarter;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Quotas quotas;

	private final YearClosings closings;

	DemoData(Regions regions, Units units, Plans plans, Tasks tasks, Accounts accounts, PasswordEncoder passwordEncoder,
			TransactionTemplate transaction, Clock clock, DemoQuarter quarter, Quotas quotas, YearClosings closings) {
		this.quotas = quotas;
		this.closings = closings;
		this.quarter = quarter;
		this.clock = clock;
		this.regions = regions;
		this.units = units;
		this.plans = plans;
		this.tasks = tasks;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.regions.findByName(MARKER_REGION).isPresent()) {
			this.transaction.executeWithoutResult((status) -> addMissingAccounts());
			return;
		}
		this.transaction.executeWithoutResult((status) -> load());
		log.info("Demo data loaded: regions, units, {} plans, a quarter under way and the demo accounts",
				PLAN_FILES.size() + 1);
	}

	private void load() {
		Map<String, RegionId> regionIds = loadUnits(read("seeds/demo/units.json", UnitsFile.class));
		PLAN_FILES.forEach((file) -> loadPlan(read(file, PlanFile.class), regionIds));
		loadAccounts(read("seeds/demo/accounts.json", AccountsFile.class), regionIds);
		LiveFile live = readLive(LocalDate.now(this.clock));
		Plan plan = loadPlan(live.plan(), regionIds);
		this.quarter.load(plan, live.reports(), live.closedOut(), live.notice().period());
	}

	/** The live quarter's file, made the plan of the day. */
	private LiveFile readLive(LocalDate today) {
		try (InputStream in = new ClassPathResource(LIVE_FILE).getInputStream()) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			for (Map.Entry<String, String> word : DemoQuarter.words(today).entrySet()) {
				text = text.replace(word.getKey(), word.getValue());
			}
			return this.json.readValue(text, LiveFile.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read demo file " + LIVE_FILE, ex);
		}
	}

	private Map<String, RegionId> loadUnits(UnitsFile file) {
		Map<String, RegionId> regionIds = new HashMap<>();
		for (var entry : file.regions()) {
			Region region = (entry.parent() == null) ? Region.newTopLevel(entry.name())
					: Region.newWithin(regionIds.get(entry.parent()), entry.name());
			regionIds.put(entry.name(), this.regions.save(region).id());
		}
		for (var entry : file.units()) {
			Unit unit = Unit.register(regionIds.get(entry.region()), new UnitName(entry.name()), entry.kind());
			unit.replaceAliases(entry.aliases().stream().map(UnitName::new).toList());
			this.units.save(unit);
		}
		for (var entry : file.units()) {
			if (!entry.members().isEmpty()) {
				RegionId region = regionIds.get(entry.region());
				Unit group = unit(region, entry.name());
				group.changeMembers(entry.members().stream().map((m) -> unit(region, m).id()).toList());
				this.units.save(group);
			}
		}
		return regionIds;
	}

	private Plan loadPlan(PlanFile file, Map<String, RegionId> regionIds) {
		RegionId region = regionIds.get(file.region());
		PlanFacts facts = new PlanFacts(file.title(),
				(file.documentNumber() != null) ? new DocumentNumber(file.documentNumber()) : null, file.issuer(),
				file.issueDate(), new PlanPeriod(file.periodStart(), file.periodEnd()));
		Plan plan = Plan.draft(region, facts);
		file.sections().forEach((s) -> plan.addSection(Section.of(s.number(), s.title())));
		if (file.status() != PlanStatus.DRAFT) {
			plan.putInForce();
		}
		if (file.status() == PlanStatus.CLOSED) {
			plan.close();
		}
		Plan saved = this.plans.save(plan);
		Map<String, SectionId> sections = new HashMap<>();
		saved.sections().forEach((s) -> sections.put(s.number(), s.id()));
		int position = 0;
		for (TaskEntry entry : file.tasks()) {
			position++;
			Task task = saved.newTask(new TaskContent(new TaskNumber(entry.number()), position,
					sections.get(entry.section()), entry.text(), units(region, entry.lead()),
					units(region, entry.responsible()), targets(entry), deadlines(entry)));
			Task kept = this.tasks.save(task);
			long version = kept.version();
			for (QuotaEntry quota : (entry.quotas() == null) ? List.<QuotaEntry>of() : entry.quotas()) {
				List<Quota> shares = quota.shares()
					.entrySet()
					.stream()
					.map((share) -> new Quota(unit(region, share.getKey()).id(), share.getValue()))
					.toList();
				this.quotas.replace(kept.id(), version++, new TargetSplit(quota.target(), shares));
			}
			if (entry.years() != null && !entry.years().isEmpty()) {
				divideByYear(saved, this.tasks.findById(kept.id()).orElseThrow(), entry.years());
			}
		}
		return saved;
	}

	/**
	 * 年度分解 of the task's targets; a year some share was carried from is recorded as
	 * closed by the plan's office.
	 */
	private void divideByYear(Plan plan, Task task, List<YearsEntry> entries) {
		for (YearsEntry entry : entries) {
			TargetYears divided = TargetYears.of(task, plan.period(), entry.target(), entry.shares(), Optional.empty());
			Map<Integer, BigDecimal> carried = (entry.carried() == null) ? Map.of() : entry.carried();
			List<YearShare> shares = divided.years()
				.stream()
				.map((y) -> new YearShare(y.year(), y.planned(), carried.getOrDefault(y.year(), BigDecimal.ZERO)))
				.toList();
			task.divideByYear(new TargetYears(entry.target(), shares));
			carried.keySet()
				.forEach((year) -> this.closings
					.record(new YearClosing(plan.id(), year - 1, this.clock.instant(), "lz-office")));
		}
		this.tasks.save(task);
	}

	/** A demo database from an earlier version gets the demo accounts added since. */
	private void addMissingAccounts() {
		AccountsFile file = read("seeds/demo/accounts.json", AccountsFile.class);
		Map<String, RegionId> regionIds = new HashMap<>();
		this.regions.findAll().forEach((r) -> regionIds.put(r.name(), r.id()));
		List<DemoFiles.AccountEntry> missing = file.accounts()
			.stream()
			.filter((entry) -> this.accounts.findByUsername(entry.username()).isEmpty())
			.toList();
		if (!missing.isEmpty()) {
			loadAccounts(new AccountsFile(file.password(), missing), regionIds);
			log.info("Demo accounts added: {}", missing.stream().map(DemoFiles.AccountEntry::username).toList());
		}
	}

	private void loadAccounts(AccountsFile file, Map<String, RegionId> regionIds) {
		String hash = this.passwordEncoder.encode(file.password());
		for (var entry : file.accounts()) {
			RegionId region = regionIds.get(entry.region());
			UnitBinding binding = (entry.unit() != null) ? new UnitBinding(unit(region, entry.unit()).id(),
					(entry.position() != null) ? entry.position() : LiaisonPosition.PRIMARY) : null;
			this.accounts.save(Account.demo(entry.username(), entry.displayName(), entry.role(), region, binding, hash,
					this.clock.instant()));
		}
	}

	private static List<Target> targets(TaskEntry entry) {
		return entry.targets()
			.stream()
			.map((t) -> new Target(TargetValue.of(t.low(), t.high()), new Measure(t.measure()), t.counted(),
					t.comparator(), t.recurrence()))
			.toList();
	}

	private static List<Deadline> deadlines(TaskEntry entry) {
		return entry.deadlines().stream().map((d) -> Deadline.written(d.date(), d.wording())).toList();
	}

	private List<UnitId> units(RegionId region, List<String> names) {
		return names.stream().map((n) -> unit(region, n).id()).toList();
	}

	private Unit unit(RegionId region, String name) {
		return this.units.findByName(region, new UnitName(name))
			.orElseThrow(() -> new IllegalStateException("demo data names an unknown unit: " + name));
	}

	private <T> T read(String path, Class<T> type) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return this.json.readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read demo file " + path, ex);
		}
	}

}
