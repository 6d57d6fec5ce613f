package cn.laoling.ledger.account;

import java.util.Optional;

import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.shared.Require;
import cn.laoling.ledger.unit.UnitId;

/**
 * A person's login: a role in one region, and for a liaison the unit they speak for.
 * Accounts are disabled, never deleted, so that history keeps its names.
 */
public final class Account {

	private final AccountId id;

	private final String username;

	private String displayName;

	private String passwordHash;

	private final Role role;

	private final RegionId regionId;

	private final UnitId unitId;

	private boolean enabled;

	private final boolean demo;

	private final long version;

	public Account(AccountId id, String username, String displayName, String passwordHash, Role role, RegionId regionId,
			UnitId unitId, boolean enabled, boolean demo, long version) {
		this.id = id;
		this.username = Require.text(username, "username", 50);
		if (!this.username.matches("[A-Za-z0-9._-]+")) {
			throw new IllegalArgumentException(
					"username may hold only letters, digits, '.', '_' and '-', was " + username);
		}
		this.displayName = Require.text(displayName, "display name", 50);
		this.passwordHash = Require.text(passwordHash, "password hash", 200);
		this.role = Require.present(role, "role");
		this.regionId = Require.present(regionId, "regionId");
		if (role == Role.LIAISON && unitId == null) {
			throw new IllegalArgumentException("a liaison account must be bound to a unit");
		}
		if (role != Role.LIAISON && unitId != null) {
			throw new IllegalArgumentException("only a liaison account is bound to a unit, not a " + role);
		}
		this.unitId = unitId;
		this.enabled = enabled;
		this.demo = demo;
		this.version = version;
	}

	public static Account open(String username, String displayName, String passwordHash, Role role, RegionId regionId,
			UnitId unitId) {
		return new Account(null, username, displayName, passwordHash, role, regionId, unitId, true, false, 0);
	}

	/** An account of the demo setup, which production refuses to start with. */
	public static Account demo(String username, String displayName, String passwordHash, Role role, RegionId regionId,
			UnitId unitId) {
		return new Account(null, username, displayName, passwordHash, role, regionId, unitId, true, true, 0);
	}

	public void disable() {
		this.enabled = false;
	}

	public void changePasswordHash(String newHash) {
		this.passwordHash = Require.text(newHash, "password hash", 200);
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
		return this.passwordHash;
	}

	public Role role() {
		return this.role;
	}

	public RegionId regionId() {
		return this.regionId;
	}

	public Optional<UnitId> unitId() {
		return Optional.ofNullable(this.unitId);
	}

	public boolean enabled() {
		return this.enabled;
	}

	public boolean demo() {
		return this.demo;
	}

	public long version() {
		return this.version;
	}

}
