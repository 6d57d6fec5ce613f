package cn.laoling.ledger.persistence.unit;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.laoling.ledger.persistence.PersistenceTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every column of the schema that refers to a unit is known to {@link JdbcUnitRecords}: a
 * table added with a foreign key to {@code unit} fails here until its rows are counted
 * before a delete and handed over on a merge.
 */
@PersistenceTest
class UnitReferencesSchemaTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyForeignKeyToAUnitIsCountedAndHandedOver() {
		List<String> inSchema = this.jdbc.queryForList("""
				select c.conrelid::regclass::text || '.' || a.attname
				from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
				where c.contype = 'f' and c.confrelid = 'unit'::regclass""", String.class);
		List<String> known = new ArrayList<>(JdbcUnitRecords.OWN_COLUMNS);
		JdbcUnitRecords.REFERENCES.forEach((r) -> known.add(r.table() + "." + r.column()));

		assertThat(inSchema).containsExactlyInAnyOrderElementsOf(known);
	}

}
