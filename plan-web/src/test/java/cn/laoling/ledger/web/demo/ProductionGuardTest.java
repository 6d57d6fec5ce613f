package cn.laoling.ledger.web.demo;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import cn.laoling.ledger.account.Accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@SpringBootTest
class ProductionGuardTest {

	@Autowired
	Accounts accounts;

	@Test
	void productionRefusesToStartWhileDemoAccountsExist() {
		assertThat(this.accounts.findByUsername("office")).get().satisfies((a) -> assertThat(a.demo()).isTrue());

		assertThatIllegalStateException().isThrownBy(() -> new ProductionGuard(this.accounts).run(null))
			.withMessageContaining("Refusing to start");
	}

}
