package cn.laoling.ledger;

import java.time.Clock;
import java.time.temporal.Temporal;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;

/**
 * Calls that read the system clock: {@code now()} of any java.time type, Clock.system*,
 * currentTimeMillis.
 */
final class ClockReads {

	static final DescribedPredicate<JavaMethodCall> READS_THE_CLOCK = DescribedPredicate
		.describe("reads the system clock", ClockReads::readsTheClock);

	private ClockReads() {
	}

	private static boolean readsTheClock(JavaMethodCall call) {
		String name = call.getName();
		var owner = call.getTargetOwner();
		if (name.equals("now")
				&& (owner.isAssignableTo(Temporal.class) || owner.getPackageName().equals("java.time"))) {
			return true;
		}
		if (owner.isEquivalentTo(Clock.class) && name.startsWith("system")) {
			return true;
		}
		return owner.isEquivalentTo(System.class) && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
	}

}
