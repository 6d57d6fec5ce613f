package cn.laoling.ledger.persistence.account;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.account.AccountName;
import cn.laoling.ledger.account.AccountNames;
import cn.laoling.ledger.account.Role;

/** Accounts with their region's and unit's names, in one query for any number of them. */
@Repository
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
class JdbcAccountNames implements AccountNames {

	private static final String SQL = """
			select a.username, a.display_name, a.role, r.name as region_name, u.name as unit_name
			from account a
			join region r on r.id = a.region_id
			left join unit u on u.id = a.unit_id
			where a.username = any (?)""";

	private final JdbcTemplate jdbc;

	JdbcAccountNames(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<AccountName> of(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return List.of();
		}
		Object[] distinct = usernames.stream().distinct().toArray();
		return this.jdbc.query((connection) -> {
			PreparedStatement statement = connection.prepareStatement(SQL);
			statement.setArray(1, connection.createArrayOf("varchar", distinct));
			return statement;
		}, (rs, n) -> new AccountName(rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getString("region_name"), rs.getString("unit_name")));
	}

}
