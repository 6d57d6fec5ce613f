package cn.laoling.ledger.web.planimport;

import java.io.Serializable;

import cn.laoling.ledger.unit.UnitKind;

/**
 * What to do with a unit name the registry does not know: map it to an existing unit
 * (which then knows the name as an alias) or create a unit of that name.
 */
public class UnitChoice implements Serializable {

	public enum Action {

		MAP, CREATE

	}

	private String name;

	private Action action = Action.CREATE;

	private Long unitId;

	private UnitKind kind = UnitKind.DEPARTMENT;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Action getAction() {
		return this.action;
	}

	public void setAction(Action action) {
		this.action = action;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public UnitKind getKind() {
		return this.kind;
	}

	public void setKind(UnitKind kind) {
		this.kind = kind;
	}

}
