package cn.laoling.ledger.web.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ledger.bootstrap.*}: needed only while no administrator account exists
 * ({@link AdministratorBootstrap}); ignored afterwards.
 *
 * @param password the first password of sysadmin, secadmin and auditadmin, to be changed
 * at their first login
 * @param region the region they manage, created if missing
 */
@ConfigurationProperties("ledger.bootstrap")
public record BootstrapProperties(String password, String region) {

	public BootstrapProperties {
		password = (password == null) ? "" : password;
		region = (region == null) ? "" : region.strip();
	}

	/** Never the password itself. */
	@Override
	public String toString() {
		return "BootstrapProperties[password=" + (this.password.isEmpty() ? "(none)" : "(given)") + ", region="
				+ this.region + "]";
	}

}
