package cn.laoling.ledger.web.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.AccountId;
import cn.laoling.ledger.account.Role;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.unit.UnitId;

/**
 * The logged-in account as Spring Security holds it in the session. Sessions live in the
 * database (Spring Session) and are serialized: the identities are kept as numbers.
 */
public final class LedgerUser implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String username;

	private final String displayName;

	private String passwordHash;

	private final Role role;

	private final long regionId;

	private final Long unitId;

	private final boolean enabled;

	private final boolean locked;

	private final long sessionGeneration;

	/** The account as it stands at the moment of login. */
	public LedgerUser(Account account, Instant now) {
		this.accountId = account.id().value();
		this.username = account.username();
		this.displayName = account.displayName();
		this.passwordHash = account.passwordHash();
		this.role = account.role();
		this.regionId = account.regionId().value();
		this.unitId = account.unitId().map(UnitId::value).orElse(null);
		this.enabled = account.enabled();
		this.locked = account.lockedAt(now);
		this.sessionGeneration = account.sessionGeneration();
	}

	public AccountId accountId() {
		return new AccountId(this.accountId);
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	public RegionId regionId() {
		return new RegionId(this.regionId);
	}

	public Optional<UnitId> unitId() {
		return Optional.ofNullable(this.unitId).map(UnitId::new);
	}

	/**
	 * The account's session generation, read with its password hash: the session opened
	 * by this login lives while the account still has it.
	 */
	public long sessionGeneration() {
		return this.sessionGeneration;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + this.role.name()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
