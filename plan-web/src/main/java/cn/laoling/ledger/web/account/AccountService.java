package cn.laoling.ledger.web.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.AccountId;
import cn.laoling.ledger.account.Accounts;
import cn.laoling.ledger.account.Credentials;
import cn.laoling.ledger.account.LiaisonPosition;
import cn.laoling.ledger.account.Role;
import cn.laoling.ledger.account.SeparationOfDuties;
import cn.laoling.ledger.account.UnitBinding;
import cn.laoling.ledger.audit.AuditOutcome;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.region.RegionTree;
import cn.laoling.ledger.region.Regions;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.audit.AuditChanges;
import cn.laoling.ledger.web.audit.AuditTrail;
import cn.laoling.ledger.web.security.Passwords;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.FormRejection;

/**
 * Account administration, split between the system administrator (creates, edits,
 * disables, binds liaisons to units) and the security administrator (roles, unlocking,
 * password resets). Neither acts on their own account here nor on any administrator's
 * (三员分立, {@link SeparationOfDuties}): such a refusal is audited and changes nothing.
 * Accounts are never deleted.
 */
@Service
@Transactional
public class AccountService {

	/** The detail of an audited refusal under 三员分立 (AuditLines reads it out in words). */
	public static final String SEPARATION = "separation of duties";

	private final Accounts accounts;

	private final Regions regions;

	private final Units units;

	private final Passwords passwords;

	private final AuditTrail audit;

	private final Clock clock;

	AccountService(Accounts accounts, Regions regions, Units units, Passwords passwords, AuditTrail audit,
			Clock clock) {
		this.accounts = accounts;
		this.regions = regions;
		this.units = units;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
	public List<AccountRow> list(Viewer viewer) {
		RegionTree tree = this.regions.tree();
		Map<UnitId, String> unitNames = this.units.findAllIn(viewer.regions())
			.stream()
			.collect(Collectors.toMap(Unit::id, (u) -> u.name().value()));
		Instant now = this.clock.instant();
		return this.accounts.findAllIn(viewer.regions())
			.stream()
			.map((a) -> row(a, tree, unitNames::get, now))
			.toList();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public AccountForm formOf(Viewer viewer, AccountId id) {
		Account account = administered(viewer, id);
		AccountForm form = new AccountForm();
		form.setUsername(account.username());
		form.setDisplayName(account.displayName());
		form.setEmail(account.email().orElse(null));
		form.setRole(account.role());
		form.setRegionId(account.regionId().value());
		account.binding().ifPresent((b) -> {
			form.setUnitId(b.unitId().value());
			form.setPosition(b.position());
		});
		form.setVersion(account.version());
		return form;
	}

	/**
	 * Opens the account and answers its temporary password, to be changed at first login.
	 */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public String create(Viewer viewer, AccountForm form) {
		FormRejection.Problems problems = new FormRejection.Problems();
		if (!Role.business().contains(form.getRole())) {
			problems.add("role", "account.role.notBusiness");
		}
		if (this.accounts.findByUsername(form.getUsername().strip()).isPresent()) {
			problems.add("username", "account.username.taken");
		}
		RegionId region = problems.check(() -> region(viewer, form.getRegionId()));
		UnitBinding binding = problems
			.check(() -> binding(viewer, form.getRole(), form.getUnitId(), form.getPosition(), null));
		problems.refuseIfAny();
		String temporary = this.passwords.temporary();
		Account account = Account.open(form.getUsername(), form.getDisplayName(), form.getRole(), region, binding,
				Credentials.temporary(this.passwords.hash(temporary), this.clock.instant()));
		account.changeEmail(form.getEmail());
		Account saved = this.accounts.save(account);
		this.audit.change(AuditType.ACCOUNT_CREATED, this.audit.names().account(saved), created(saved));
		return temporary;
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public void revise(Viewer viewer, AccountId id, AccountForm form) {
		Account account = forEdit(viewer, id, form.getVersion(), AuditType.ACCOUNT_CHANGED);
		Facts before = facts(account);
		account.rename(form.getDisplayName());
		account.changeEmail(form.getEmail());
		account.moveTo(region(viewer, form.getRegionId()));
		if (account.role() == Role.LIAISON) {
			account.bindTo(binding(viewer, Role.LIAISON, form.getUnitId(), form.getPosition(), id));
		}
		this.accounts.save(account);
		this.audit.change(AuditType.ACCOUNT_CHANGED, this.audit.names().account(account),
				changes(before, facts(account)));
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public void disable(Viewer viewer, AccountId id, long seenVersion) {
		Account account = forEdit(viewer, id, seenVersion, AuditType.ACCOUNT_DISABLED);
		account.disable();
		this.accounts.save(account);
		this.audit.change(AuditType.ACCOUNT_DISABLED, this.audit.names().account(account), "");
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public void enable(Viewer viewer, AccountId id, long seenVersion) {
		Account account = forEdit(viewer, id, seenVersion, AuditType.ACCOUNT_ENABLED);
		account.binding()
			.flatMap((b) -> this.accounts.liaisonOf(b.unitId(), b.position()))
			.filter((holder) -> !holder.id().equals(id))
			.ifPresent((holder) -> {
				throw new DomainRuleException("account.position.taken", "the unit's position is held by another");
			});
		account.enable();
		this.accounts.save(account);
		this.audit.change(AuditType.ACCOUNT_ENABLED, this.audit.names().account(account), "");
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	public RoleForm roleFormOf(Viewer viewer, AccountId id) {
		Account account = administered(viewer, id);
		RoleForm form = new RoleForm();
		form.setRole(account.role());
		account.binding().ifPresent((b) -> {
			form.setUnitId(b.unitId().value());
			form.setPosition(b.position());
		});
		form.setVersion(account.version());
		return form;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
	public Account accountOf(Viewer viewer, AccountId id) {
		return visible(viewer, id);
	}

	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	public void changeRole(Viewer viewer, AccountId id, RoleForm form) {
		Account account = forEdit(viewer, id, form.getVersion(), AuditType.ROLE_CHANGED);
		if (!SeparationOfDuties.mayGrant(form.getRole())) {
			this.audit.now(AuditType.ROLE_CHANGED, this.audit.names().account(account), AuditOutcome.FAILURE,
					SEPARATION);
			throw new FormRejection("role", "account.role.administrator");
		}
		Facts before = facts(account);
		account.changeRole(form.getRole(), binding(viewer, form.getRole(), form.getUnitId(), form.getPosition(), id));
		this.accounts.save(account);
		this.audit.change(AuditType.ROLE_CHANGED, this.audit.names().account(account), changes(before, facts(account)));
	}

	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	public void unlock(Viewer viewer, AccountId id, long seenVersion) {
		Account account = forEdit(viewer, id, seenVersion, AuditType.ACCOUNT_UNLOCKED);
		account.unlock();
		this.accounts.save(account);
		this.audit.change(AuditType.ACCOUNT_UNLOCKED, this.audit.names().account(account), "");
	}

	/** Sets a temporary password, unlocks the account, and answers the password. */
	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	public String resetPassword(Viewer viewer, AccountId id, long seenVersion) {
		Account account = forEdit(viewer, id, seenVersion, AuditType.PASSWORD_RESET);
		String temporary = this.passwords.temporary();
		account.resetPassword(this.passwords.hash(temporary), this.clock.instant());
		this.accounts.save(account);
		this.audit.change(AuditType.PASSWORD_RESET, this.audit.names().account(account), "");
		return temporary;
	}

	private Account visible(Viewer viewer, AccountId id) {
		return this.accounts.findById(id)
			.filter((a) -> viewer.canSee(a.regionId()))
			.orElseThrow(() -> new NotFoundException("account", id.value()));
	}

	/** An account the viewer may act on: not their own, nor any administrator's. */
	private Account administered(Viewer viewer, AccountId id) {
		Account account = visible(viewer, id);
		requireAdministered(viewer, account);
		return account;
	}

	private static void requireAdministered(Viewer viewer, Account account) {
		if (account.username().equals(viewer.username())) {
			throw new DomainRuleException("account.self", "administrators do not change their own account here");
		}
		if (!SeparationOfDuties.mayAdminister(account)) {
			throw new DomainRuleException("account.administrator",
					"an administrator's account is not changed by an administrator: " + account.role());
		}
	}

	/**
	 * The account to change, if the viewer may act on it and saw its current version; a
	 * refusal of the {@code attempted} change on their own or an administrator's account
	 * is audited at once.
	 */
	private Account forEdit(Viewer viewer, AccountId id, long seenVersion, AuditType attempted) {
		Account account = visible(viewer, id);
		try {
			requireAdministered(viewer, account);
		}
		catch (DomainRuleException ex) {
			this.audit.now(attempted, this.audit.names().account(account), AuditOutcome.FAILURE, SEPARATION);
			throw ex;
		}
		if (account.version() != seenVersion) {
			throw new StaleEditException("account", id.value(), seenVersion, account.version());
		}
		return account;
	}

	private RegionId region(Viewer viewer, Long regionId) {
		RegionId region = new RegionId(regionId);
		if (!viewer.canSee(region)) {
			throw new FormRejection("regionId", "account.region.unknown");
		}
		return region;
	}

	private UnitBinding binding(Viewer viewer, Role role, Long unitId, LiaisonPosition position, AccountId self) {
		if (role != Role.LIAISON) {
			return null;
		}
		if (unitId == null || position == null) {
			throw new FormRejection("unitId", "account.unit.required");
		}
		Unit unit = this.units.findById(new UnitId(unitId))
			.filter((u) -> viewer.canSee(u.regionId()))
			.orElseThrow(() -> new FormRejection("unitId", "account.unit.required"));
		UnitBinding binding = new UnitBinding(unit.id(), position);
		refusePositionTaken(binding, self, "position");
		return binding;
	}

	private void refusePositionTaken(UnitBinding binding, AccountId self, String field) {
		this.accounts.liaisonOf(binding.unitId(), binding.position())
			.filter((holder) -> !holder.id().equals(self))
			.ifPresent((holder) -> {
				throw new FormRejection(field, "account.position.taken", holder.displayName(), holder.username());
			});
	}

	/** What the audit log compares of an account before and after an edit. */
	private record Facts(String displayName, Role role, String region, String unit, LiaisonPosition position,
			String email) {

	}

	private Facts facts(Account account) {
		return new Facts(account.displayName(), account.role(), this.regions.tree().nameOf(account.regionId()),
				account.unitId().flatMap(this.units::findById).map((u) -> u.name().value()).orElse(null),
				account.binding().map(UnitBinding::position).orElse(null), account.email().orElse(null));
	}

	/** What an account was created with. */
	private String created(Account account) {
		Facts facts = facts(account);
		AuditChanges changes = this.audit.changes()
			.value("account.displayName", facts.displayName())
			.coded("account.role", null, "role." + facts.role())
			.value("account.region", facts.region());
		if (facts.unit() != null) {
			changes.value("account.unit", facts.unit())
				.coded("account.position", null, "account.position." + facts.position());
		}
		return changes.toString();
	}

	private String changes(Facts before, Facts after) {
		return this.audit.changes()
			.field("account.displayName", before.displayName(), after.displayName())
			.coded("account.role", "role." + before.role(), "role." + after.role())
			.field("account.region", before.region(), after.region())
			.field("account.unit", before.unit(), after.unit())
			.coded("account.position", code("account.position.", before.position()),
					code("account.position.", after.position()))
			.field("account.email", before.email(), after.email())
			.toString();
	}

	private static String code(String prefix, Enum<?> value) {
		return (value == null) ? null : prefix + value.name();
	}

	private static AccountRow row(Account a, RegionTree tree, Function<UnitId, String> unitName, Instant now) {
		return new AccountRow(a.id().value(), a.username(), a.displayName(), a.role(), tree.nameOf(a.regionId()),
				a.unitId().map(unitName).orElse(null), a.binding().map(UnitBinding::position).orElse(null), a.enabled(),
				a.lockedAt(now), a.passwordChangeDueAt(now), a.demo(), SeparationOfDuties.mayAdminister(a),
				a.version());
	}

}
