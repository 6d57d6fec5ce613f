package cn.laoling.ledger.web.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeptBytesTest {

	private final KeptBytes kept = new KeptBytes(10);

	@Test
	void theLeastRecentlyUsedGoFirstOnceTheBudgetIsSpent() {
		this.kept.put("a", new byte[4]);
		this.kept.put("b", new byte[4]);
		this.kept.get("a");
		this.kept.put("c", new byte[4]);

		assertThat(this.kept.get("b")).as("least recently used").isNull();
		assertThat(this.kept.get("a")).hasSize(4);
		assertThat(this.kept.get("c")).hasSize(4);
		assertThat(this.kept.size()).isEqualTo(8);
	}

	@Test
	void aValueReplacedCountsOnceAndOneLargerThanTheBudgetIsNotKept() {
		this.kept.put("a", new byte[4]);
		this.kept.put("a", new byte[6]);
		assertThat(this.kept.size()).isEqualTo(6);

		this.kept.put("huge", new byte[11]);
		assertThat(this.kept.get("huge")).isNull();
		assertThat(this.kept.size()).isZero();
	}

}
