package cn.laoling.ledger.web.security;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import cn.laoling.ledger.account.Accounts;

@Service
class LedgerUserDetailsService implements UserDetailsService {

	private final Accounts accounts;

	private final Clock clock;

	LedgerUserDetailsService(Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsername(username)
			.map((account) -> new LedgerUser(account, this.clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("no account " + username));
	}

}
