package cn.laoling.ledger.web.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.laoling.ledger.unit.UnitKind;
import cn.laoling.ledger.unit.UnitName;

/**
 * A unit as the office registers or edits it; aliases and members are typed as name
 * lists.
 */
public class UnitForm {

	@NotBlank
	@Size(max = UnitName.MAX_LENGTH)
	private String name;

	@NotNull
	private UnitKind kind = UnitKind.DEPARTMENT;

	@Size(max = 1000)
	private String aliases;

	@Size(max = 4000)
	private String members;

	private long version;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public UnitKind getKind() {
		return this.kind;
	}

	public void setKind(UnitKind kind) {
		this.kind = kind;
	}

	public String getAliases() {
		return this.aliases;
	}

	public void setAliases(String aliases) {
		this.aliases = aliases;
	}

	public String getMembers() {
		return this.members;
	}

	public void setMembers(String members) {
		this.members = members;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
