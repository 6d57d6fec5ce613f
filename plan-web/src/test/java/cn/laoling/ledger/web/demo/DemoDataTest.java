package cn.laoling.ledger.web.demo;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class DemoDataTest {

	@Autowired
	DemoData demoData;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDemoDatabaseFromAnEarlierVersionGetsTheDemoAccountsAddedSinceAndNothingTwice() throws Exception {
		this.jdbc.update("delete from account_password_history where account_id = "
				+ "(select id from account where username = 'auditadmin')");
		this.jdbc.update("delete from account where username = 'auditadmin'");
		long plans = count("plan");

		this.demoData.run(null);
		this.demoData.run(null);

		assertThat(this.jdbc.queryForObject("select count(*) from account where username = 'auditadmin' and demo",
				Long.class))
			.isEqualTo(1);
		assertThat(count("plan")).isEqualTo(plans);
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
