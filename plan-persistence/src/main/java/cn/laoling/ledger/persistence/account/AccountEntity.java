package cn.laoling.ledger.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.laoling.ledger.account.Role;

@Entity
@Table(name = "account")
class AccountEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	String username;

	@Column(name = "display_name")
	String displayName;

	@Column(name = "password_hash")
	String passwordHash;

	@Enumerated(EnumType.STRING)
	Role role;

	@Column(name = "region_id")
	long regionId;

	@Column(name = "unit_id")
	Long unitId;

	boolean enabled;

	boolean demo;

	@Version
	long version;

}
