package cn.laoling.ledger.web.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ledger.demo-data.*}: demo mode ({@link DemoMode}). Read while the application's
 * beans are being chosen, so {@link DemoMode} binds it itself.
 *
 * @param enabled on or off; unset, demo mode is on exactly when the embedded database is
 * used. Never turn it on for a real database.
 */
@ConfigurationProperties("ledger.demo-data")
public record DemoDataProperties(Boolean enabled) {

	static final String PREFIX = "ledger.demo-data";

}
