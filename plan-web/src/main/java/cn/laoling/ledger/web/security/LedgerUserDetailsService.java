package cn.laoling.ledger.web.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import cn.laoling.ledger.account.Accounts;

@Service
class LedgerUserDetailsService implements UserDetailsService {

	private final Accounts accounts;

	LedgerUserDetailsService(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsername(username)
			.map(LedgerUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("no account " + username));
	}

}
