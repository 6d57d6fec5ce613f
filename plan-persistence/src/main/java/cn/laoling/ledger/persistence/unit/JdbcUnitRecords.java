package cn.laoling.ledger.persistence.unit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.unit.Referrer;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.UnitRecords;
import cn.laoling.ledger.unit.UnitReferences;

/**
 * The rows that hold a unit's id, counted by the records they belong to, and the rows of
 * records without an aggregate of their own handed over on a merge. {@link #REFERENCES}
 * lists every foreign key to {@code unit} but the unit's own aliases (a test compares it
 * with the schema): a table added with one must be counted here and handed over on a
 * merge.
 */
@Repository
@Transactional(readOnly = true)
class JdbcUnitRecords implements UnitRecords {

	/**
	 * A column holding a unit's id, and the column naming the record it belongs to (rows
	 * of one record count once).
	 */
	record Reference(String table, String column, String record, Referrer referrer) {
	}

	static final List<Reference> REFERENCES = List.of(
			new Reference("task_lead_unit", "unit_id", "task_id", Referrer.TASK),
			new Reference("task_responsible_unit", "unit_id", "task_id", Referrer.TASK),
			new Reference("unit_group_member", "member_id", "group_id", Referrer.GROUP),
			new Reference("unit_group_member", "group_id", "member_id", Referrer.MEMBER),
			new Reference("account", "unit_id", "id", Referrer.LIAISON),
			new Reference("report", "unit_id", "id", Referrer.REPORT),
			new Reference("extension_request", "unit_id", "id", Referrer.EXTENSION_REQUEST),
			new Reference("notice_receipt", "unit_id", "notice_id", Referrer.NOTICE_RECEIPT),
			new Reference("work_prompt_unit", "unit_id", "prompt_id", Referrer.PROMPT),
			new Reference("notification", "unit_id", "id", Referrer.NOTIFICATION),
			new Reference("reminder_sent", "unit_id", "key", Referrer.REMINDER),
			new Reference("report_chase", "unit_id", "task_id", Referrer.CHASE),
			new Reference("target_quota", "unit_id", "task_id", Referrer.QUOTA));

	/** Foreign keys to {@code unit} that are part of the unit itself. */
	static final List<String> OWN_COLUMNS = List.of("unit_alias.unit_id");

	private final JdbcTemplate jdbc;

	JdbcUnitRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public UnitReferences referencesTo(UnitId unit) {
		return count(List.of(unit));
	}

	@Override
	public UnitReferences sharedBy(UnitId merged, UnitId kept) {
		return count(List.of(merged, kept));
	}

	/** Of each kind, the records that refer to every one of the units. */
	private UnitReferences count(List<UnitId> units) {
		List<String> selects = new ArrayList<>();
		List<Object> parameters = new ArrayList<>();
		for (Referrer referrer : REFERENCES.stream().map(Reference::referrer).distinct().toList()) {
			List<Reference> columns = REFERENCES.stream().filter((r) -> r.referrer() == referrer).toList();
			String records = columns.stream()
				.map((r) -> "select distinct " + r.record() + "::text from " + r.table() + " where " + r.column()
						+ " = ?")
				.collect(Collectors.joining(" union ", "(", ")"));
			selects.add("select '" + referrer.name() + "', count(*) from ("
					+ String.join(" intersect ", Collections.nCopies(units.size(), records)) + ") r");
			units.forEach((unit) -> columns.forEach((column) -> parameters.add(unit.value())));
		}
		Map<Referrer, Integer> counts = new EnumMap<>(Referrer.class);
		this.jdbc.query(String.join(" union all ", selects),
				(RowCallbackHandler) (rs) -> counts.put(Referrer.valueOf(rs.getString(1)), rs.getInt(2)),
				parameters.toArray());
		return new UnitReferences(counts);
	}

	@Override
	@Transactional
	public void handOver(UnitId merged, UnitId kept, String answerHeading) {
		long from = merged.value();
		long to = kept.value();
		this.jdbc.update("update extension_request set unit_id = ? where unit_id = ?", to, from);
		this.jdbc.update("""
				update notice_receipt k set
				  acknowledged_by = case when m.acknowledged_at < coalesce(k.acknowledged_at, 'infinity')
				                         then m.acknowledged_by else k.acknowledged_by end,
				  acknowledged_at = least(k.acknowledged_at, m.acknowledged_at)
				from notice_receipt m
				where k.unit_id = ? and m.unit_id = ? and m.notice_id = k.notice_id""", to, from);
		this.jdbc.update("""
				delete from notice_receipt m where m.unit_id = ?
				and exists (select 1 from notice_receipt k where k.notice_id = m.notice_id and k.unit_id = ?)""", from,
				to);
		this.jdbc.update("update notice_receipt set unit_id = ? where unit_id = ?", to, from);
		this.jdbc.update("""
				update work_prompt_unit k set
				  acknowledged_by = case when m.acknowledged_at < coalesce(k.acknowledged_at, 'infinity')
				                         then m.acknowledged_by else k.acknowledged_by end,
				  acknowledged_at = least(k.acknowledged_at, m.acknowledged_at),
				  answer = case when m.answer is null then k.answer when k.answer is null then m.answer
				                else k.answer || E'\\n\\n' || ? || m.answer end,
				  answered_by = coalesce(k.answered_by, m.answered_by),
				  answered_at = coalesce(k.answered_at, m.answered_at)
				from work_prompt_unit m
				where k.unit_id = ? and m.unit_id = ? and m.prompt_id = k.prompt_id""", answerHeading, to, from);
		this.jdbc.update("""
				delete from work_prompt_unit m where m.unit_id = ?
				and exists (select 1 from work_prompt_unit k where k.prompt_id = m.prompt_id and k.unit_id = ?)""",
				from, to);
		this.jdbc.update("update work_prompt_unit set unit_id = ? where unit_id = ?", to, from);
		this.jdbc.update("update notification set unit_id = ? where unit_id = ?", to, from);
		this.jdbc.update("update reminder_sent set unit_id = ? where unit_id = ?", to, from);
		// both chased on the same day for the same part: one chase
		this.jdbc.update("""
				delete from report_chase m where m.unit_id = ? and exists (select 1 from report_chase k
				where k.task_id = m.task_id and k.period_id = m.period_id and k.chased_on = m.chased_on
				and k.unit_id = ?)""", from, to);
		this.jdbc.update("update report_chase set unit_id = ? where unit_id = ?", to, from);
		// both held a quota of the same target: the kept unit holds their sum
		this.jdbc.update("""
				update target_quota k set amount = k.amount + m.amount from target_quota m
				where k.unit_id = ? and m.unit_id = ? and m.task_id = k.task_id
				and m.target_position = k.target_position""", to, from);
		this.jdbc.update("""
				delete from target_quota m where m.unit_id = ? and exists (select 1 from target_quota k
				where k.task_id = m.task_id and k.target_position = m.target_position and k.unit_id = ?)""", from, to);
		this.jdbc.update("update target_quota set unit_id = ? where unit_id = ?", to, from);
	}

}
