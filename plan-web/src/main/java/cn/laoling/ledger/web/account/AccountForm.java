package cn.laoling.ledger.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.laoling.ledger.account.LiaisonPosition;
import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.Role;

/**
 * An account as the system administrator enters it. The role is chosen once, at creation,
 * from the business roles; later changes of role are the security administrator's.
 */
public class AccountForm {

	@NotBlank
	@Size(max = 50)
	@Pattern(regexp = "[A-Za-z0-9._-]*")
	private String username;

	@NotBlank
	@Size(max = 50)
	private String displayName;

	@Size(max = Account.MAX_EMAIL)
	@Pattern(regexp = "|[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
	private String email;

	@NotNull
	private Role role = Role.LIAISON;

	@NotNull
	private Long regionId;

	private Long unitId;

	private LiaisonPosition position = LiaisonPosition.PRIMARY;

	private long version;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = (email == null) ? null : email.strip();
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getRegionId() {
		return this.regionId;
	}

	public void setRegionId(Long regionId) {
		this.regionId = regionId;
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
