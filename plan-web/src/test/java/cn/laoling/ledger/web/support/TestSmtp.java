package cn.laoling.ledger.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A GreenMail SMTP server on a port free when the tests start, so that builds running
 * side by side on one machine do not take each other's port. A test that sends mail
 * configures {@code spring.mail.port=${ledger.test.smtp-port}}, the same text in every
 * such test, so that they share one application context.
 */
public final class TestSmtp {

	private static final int PORT = freePort();

	static {
		System.setProperty("ledger.test.smtp-port", String.valueOf(PORT));
	}

	private TestSmtp() {
	}

	public static GreenMailExtension server() {
		return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
