package cn.laoling.ledger.account;

import java.util.Optional;

import cn.laoling.ledger.shared.Require;

/**
 * What names the person behind an account where a page or document says who did
 * something: the display name, the role, and where they work (the region, and a liaison's
 * unit).
 *
 * @param unitName the liaison's unit, or {@code null} for other roles
 */
public record AccountName(String username, String displayName, Role role, String regionName, String unitName) {

	public AccountName {
		Require.present(username, "username");
		Require.present(displayName, "displayName");
		Require.present(role, "role");
		Require.present(regionName, "regionName");
	}

	public Optional<String> unit() {
		return Optional.ofNullable(this.unitName);
	}

}
