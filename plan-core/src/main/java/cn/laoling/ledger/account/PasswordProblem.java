package cn.laoling.ledger.account;

/** Why a password is refused by the {@link PasswordPolicy}. */
public enum PasswordProblem {

	TOO_SHORT, TOO_LONG, TOO_FEW_CHARACTER_CLASSES, CONTAINS_USERNAME, RECENTLY_USED

}
