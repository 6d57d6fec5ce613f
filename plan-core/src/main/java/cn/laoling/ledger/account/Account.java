package cn.laoling.ledger.account;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.shared.Require;
import cn.laoling.ledger.unit.UnitId;

/**
 * A person's login: one role in one region, and for a liaison the unit they speak for.
 * Accounts are disabled, never deleted, so that history keeps its names. Demo accounts
 * (with the published demo password) never have to change it, so the demo keeps working.
 */
public final class Account {

	public static final int MAX_EMAIL = 200;

	private final AccountId id;

	private final String username;

	private String displayName;

	private Role role;

	private RegionId regionId;

	private UnitBinding binding;

	private Credentials credentials;

	private LoginFailures failures;

	private boolean enabled;

	private final boolean demo;

	private String email;

	private long sessionGeneration;

	private final long version;

	/**
	 * @param sessionGeneration counts the changes that end the account's sessions (see
	 * {@link #sessionGeneration()})
	 */
	public Account(AccountId id, String username, String displayName, Role role, RegionId regionId, UnitBinding binding,
			Credentials credentials, LoginFailures failures, boolean enabled, boolean demo, long sessionGeneration,
			long version) {
		this.id = id;
		this.username = Require.text(username, "username", 50);
		if (!this.username.matches("[A-Za-z0-9._-]+")) {
			throw new IllegalArgumentException(
					"username may hold only letters, digits, '.', '_' and '-', was " + username);
		}
		this.displayName = Require.text(displayName, "displayName", 50);
		this.regionId = Require.present(regionId, "regionId");
		assign(role, binding);
		this.credentials = Require.present(credentials, "credentials");
		this.failures = Require.present(failures, "failures");
		this.enabled = enabled;
		this.demo = demo;
		this.sessionGeneration = sessionGeneration;
		this.version = version;
	}

	/** A new account, whose first password was set by an administrator. */
	public static Account open(String username, String displayName, Role role, RegionId regionId, UnitBinding binding,
			Credentials initial) {
		return new Account(null, username, displayName, role, regionId, binding, initial, LoginFailures.NONE, true,
				false, 0, 0);
	}

	/** An account of the demo setup, which production refuses to start with. */
	public static Account demo(String username, String displayName, Role role, RegionId regionId, UnitBinding binding,
			String passwordHash, Instant at) {
		return new Account(null, username, displayName, role, regionId, binding,
				new Credentials(passwordHash, at, false, List.of()), LoginFailures.NONE, true, true, 0, 0);
	}

	private void assign(Role newRole, UnitBinding newBinding) {
		Require.present(newRole, "role");
		if (newRole == Role.LIAISON && newBinding == null) {
			throw new IllegalArgumentException("a liaison account must be bound to a unit");
		}
		if (newRole != Role.LIAISON && newBinding != null) {
			throw new IllegalArgumentException("only a liaison account is bound to a unit, not a " + newRole);
		}
		this.role = newRole;
		this.binding = newBinding;
	}

	public void rename(String newDisplayName) {
		this.displayName = Require.text(newDisplayName, "displayName", 50);
	}

	/**
	 * Where the account's reminders are e-mailed, when mail is configured; blank for
	 * none.
	 */
	public void changeEmail(String newEmail) {
		String address = (newEmail == null) ? "" : newEmail.strip();
		if (!address.isEmpty() && (address.length() > MAX_EMAIL || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
			throw new IllegalArgumentException("not an e-mail address: " + address);
		}
		this.email = address.isEmpty() ? null : address;
	}

	public Optional<String> email() {
		return Optional.ofNullable(this.email);
	}

	/** Moves the account to another region; its sessions end, as what it sees changes. */
	public void moveTo(RegionId region) {
		Require.present(region, "regionId");
		if (!region.equals(this.regionId)) {
			endSessions();
		}
		this.regionId = region;
	}

	/**
	 * Binds a liaison to a (possibly other) unit; the unit's history stays with the unit.
	 * Another unit or position ends the account's sessions.
	 */
	public void bindTo(UnitBinding newBinding) {
		if (this.role != Role.LIAISON) {
			throw new DomainRuleException("account.notLiaison",
					"only a liaison is bound to a unit, not a " + this.role);
		}
		changeRole(Role.LIAISON, Require.present(newBinding, "binding"));
	}

	/**
	 * Gives the account another role; a liaison role needs a unit. Another role or unit
	 * ends the account's sessions.
	 */
	public void changeRole(Role newRole, UnitBinding newBinding) {
		Role oldRole = this.role;
		UnitBinding oldBinding = this.binding;
		assign(newRole, newBinding);
		if (oldRole != this.role || !Objects.equals(oldBinding, this.binding)) {
			endSessions();
		}
	}

	/** Disables the account, which ends its sessions. */
	public void disable() {
		if (this.enabled) {
			endSessions();
		}
		this.enabled = false;
	}

	public void enable() {
		this.enabled = true;
	}

	public boolean lockedAt(Instant now) {
		return this.failures.lockedAt(now);
	}

	public void unlock() {
		this.failures = LoginFailures.NONE;
	}

	/**
	 * Whether the user must set a new password before anything else: first login, after a
	 * reset, or 90 days after the last change. Demo accounts are exempt.
	 */
	public boolean passwordChangeDueAt(Instant now) {
		return !this.demo && (this.credentials.mustChange() || this.credentials.expiredAt(now));
	}

	/**
	 * The user's own change; the caller has checked the policy and the recent hashes. The
	 * account's other sessions end; the caller keeps the one the change was made in.
	 */
	public void changePassword(String newHash, Instant at) {
		this.credentials = this.credentials.replacedBy(newHash, at, false);
		endSessions();
	}

	/**
	 * A security administrator's reset: a temporary password to change at next login. The
	 * account's sessions end.
	 */
	public void resetPassword(String temporaryHash, Instant at) {
		this.credentials = this.credentials.replacedBy(temporaryHash, at, true);
		unlock();
		endSessions();
	}

	private void endSessions() {
		this.sessionGeneration++;
	}

	public AccountId id() {
		return this.id;
	}

	public String username() {
		return this.username;
	}

	public String displayName() {
		return this.displayName;
	}

	public String passwordHash() {
		return this.credentials.passwordHash();
	}

	public Credentials credentials() {
		return this.credentials;
	}

	public LoginFailures failures() {
		return this.failures;
	}

	public Role role() {
		return this.role;
	}

	public RegionId regionId() {
		return this.regionId;
	}

	public Optional<UnitBinding> binding() {
		return Optional.ofNullable(this.binding);
	}

	public Optional<UnitId> unitId() {
		return binding().map(UnitBinding::unitId);
	}

	public boolean enabled() {
		return this.enabled;
	}

	public boolean demo() {
		return this.demo;
	}

	/**
	 * Counts the changes that end the account's sessions: disabling it, a new password
	 * (reset or the user's own), another role, unit or region. A session remembers the
	 * generation it was opened with and is ended at its next request once this differs.
	 */
	public long sessionGeneration() {
		return this.sessionGeneration;
	}

	public long version() {
		return this.version;
	}

}
