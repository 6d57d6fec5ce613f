package cn.laoling.ledger.web.account;

import jakarta.validation.constraints.NotNull;

import cn.laoling.ledger.account.LiaisonPosition;
import cn.laoling.ledger.account.Role;

/** The security administrator's change of an account's role (and unit, for a liaison). */
public class RoleForm {

	@NotNull
	private Role role;

	private Long unitId;

	private LiaisonPosition position = LiaisonPosition.PRIMARY;

	private long version;

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public LiaisonPosition getPosition() {
		return this.position;
	}

	public void setPosition(LiaisonPosition position) {
		this.position = position;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
