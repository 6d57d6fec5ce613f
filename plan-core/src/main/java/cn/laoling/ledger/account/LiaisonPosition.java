package cn.laoling.ledger.account;

/**
 * A unit has a primary and a backup liaison. Reports belong to the unit, so the unit's
 * history stays when the people change.
 */
public enum LiaisonPosition {

	PRIMARY, BACKUP

}
