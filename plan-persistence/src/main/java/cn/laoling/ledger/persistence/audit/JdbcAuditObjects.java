package cn.laoling.ledger.persistence.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.audit.AuditObjects;
import cn.laoling.ledger.persistence.SqlArrays;

/**
 * Names the objects of audit rows by their keys: one query per kind of object on the
 * page, whatever the number of rows.
 */
@Repository
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
class JdbcAuditObjects implements AuditObjects {

	/** Per kind, a query of {@code id} and the parts of the name, in order. */
	private static final Map<String, String> QUERIES = Map.ofEntries(Map.entry("task", """
			select t.id, t.text, p.title from task t join plan p on p.id = t.plan_id
			where t.id = any (?::bigint[])"""),
			Map.entry("plan", "select id, title from plan where id = any (?::bigint[])"),
			Map.entry("unit", "select id, name from unit where id = any (?::bigint[])"),
			Map.entry("account", "select id, username, display_name from account where id = any (?::bigint[])"),
			Map.entry("region", "select id, name from region where id = any (?::bigint[])"),
			Map.entry("notice", "select id, title from notice where id = any (?::bigint[])"),
			Map.entry("prompt", "select id, title from work_prompt where id = any (?::bigint[])"),
			Map.entry("report", """
					select r.id, u.name, rp.year, rp.quarter, t.text, p.title from report r
					join unit u on u.id = r.unit_id
					join reporting_period rp on rp.id = r.period_id
					join task t on t.id = r.task_id
					join plan p on p.id = t.plan_id
					where r.id = any (?::bigint[])"""), Map.entry("reportingPeriod", """
					select rp.id, rp.year, rp.quarter, p.title from reporting_period rp
					join plan p on p.id = rp.plan_id
					where rp.id = any (?::bigint[])"""));

	private final JdbcTemplate jdbc;

	JdbcAuditObjects(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, List<String>> namePartsOf(Collection<String> keys) {
		Map<String, List<Long>> idsByKind = new LinkedHashMap<>();
		for (String key : keys) {
			int colon = key.indexOf(':');
			if (colon < 0 || !QUERIES.containsKey(key.substring(0, colon))) {
				continue;
			}
			try {
				long id = Long.parseLong(key.substring(colon + 1));
				idsByKind.computeIfAbsent(key.substring(0, colon), (k) -> new ArrayList<>()).add(id);
			}
			catch (NumberFormatException ex) {
				// not a key of a stored object (account:unknown)
			}
		}
		Map<String, List<String>> names = new HashMap<>();
		idsByKind.forEach((kind, ids) -> this.jdbc.query(QUERIES.get(kind), (rs) -> {
			int columns = rs.getMetaData().getColumnCount();
			List<String> parts = new ArrayList<>();
			for (int i = 2; i <= columns; i++) {
				parts.add(rs.getString(i));
			}
			names.put(kind + ":" + rs.getLong(1), parts);
		}, SqlArrays.ids(ids.stream().distinct())));
		return names;
	}

}
