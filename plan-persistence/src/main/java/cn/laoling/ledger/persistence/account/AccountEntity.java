package cn.laoling.ledger.persistence.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;

import cn.laoling.ledger.account.LiaisonPosition;
import cn.laoling.ledger.account.Role;

/**
 * Updates write only the columns that changed: the login attempts on this row are counted
 * by {@link JdbcLoginThrottle} outside JPA, and an edit of anything else must not write
 * back the count it read.
 */
@Entity
@Table(name = "account")
@DynamicUpdate
class AccountEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	String username;

	@Column(name = "display_name")
	String displayName;

	@Enumerated(EnumType.STRING)
	Role role;

	@Column(name = "region_id")
	long regionId;

	@Column(name = "unit_id")
	Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(name = "liaison_position")
	LiaisonPosition liaisonPosition;

	@Column(name = "password_hash")
	String passwordHash;

	@Column(name = "password_changed_at")
	Instant passwordChangedAt;

	@Column(name = "must_change_password")
	boolean mustChangePassword;

	@ElementCollection
	@CollectionTable(name = "account_password_history", joinColumns = @JoinColumn(name = "account_id"))
	@OrderColumn(name = "position")
	@Column(name = "password_hash")
	List<String> previousPasswordHashes = new ArrayList<>();

	@Column(name = "failed_logins")
	int failedLogins;

	@Column(name = "locked_until")
	Instant lockedUntil;

	boolean enabled;

	boolean demo;

	String email;

	@Column(name = "session_generation")
	long sessionGeneration;

	@Version
	long version;

}
