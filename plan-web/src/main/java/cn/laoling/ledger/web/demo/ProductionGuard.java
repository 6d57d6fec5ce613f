package cn.laoling.ledger.web.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import cn.laoling.ledger.account.Accounts;

/**
 * Outside the demo, the application refuses to start while a demo account (with its
 * published password) exists in the database.
 */
@Component
@Conditional(DemoMode.Off.class)
class ProductionGuard implements ApplicationRunner {

	private final Accounts accounts;

	ProductionGuard(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.anyDemoAccount()) {
			throw new IllegalStateException("This database holds demo accounts with the published demo password. "
					+ "Refusing to start outside the demo: delete the demo accounts first (docs/operations.md).");
		}
	}

}
