package cn.laoling.ledger.account;

import cn.laoling.ledger.shared.Require;

/** Identity of an {@link Account}. */
public record AccountId(long value) {

	public AccountId {
		Require.positive(value, "accountId");
	}

}
