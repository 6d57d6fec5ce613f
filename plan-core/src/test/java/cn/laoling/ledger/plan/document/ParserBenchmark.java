package cn.laoling.ledger.plan.document;

import java.util.Arrays;

/**
 * How long parsing a 40-task plan takes after warm-up (goal: under 20 ms). Not a test:
 * run it by hand, as docs/benchmarks.md says, and record the figures there.
 */
public final class ParserBenchmark {

	private ParserBenchmark() {
	}

	public static void main(String[] args) {
		String plan = fortyTaskPlan();
		int tasks = PlanDocumentParser.parse(plan).tasks().size();
		for (int i = 0; i < 2_000; i++) {
			PlanDocumentParser.parse(plan);
		}
		long[] nanos = new long[2_000];
		for (int i = 0; i < nanos.length; i++) {
			long start = System.nanoTime();
			PlanDocumentParser.parse(plan);
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf(
				"plan of %d tasks, %d characters, %d parses: mean %.2f ms, p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
				tasks, plan.length(), nanos.length, Arrays.stream(nanos).average().orElse(0) / 1e6,
				nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 95 / 100] / 1e6, nanos[nanos.length - 1] / 1e6);
	}

	/** Seed 001's twenty tasks and seed 000's ten, twice: forty tasks in real wording. */
	static String fortyTaskPlan() {
		String sectioned = Seeds.read("001");
		String flat = Seeds.read("000");
		String flatTasks = flat.substring(flat.indexOf("1.全面启动"), flat.indexOf("三、保障措施"));
		StringBuilder more = new StringBuilder("四、其他任务\n");
		int number = 21;
		for (String block : (flatTasks + "\n" + flatTasks).split("\n(?=\\d+\\.)")) {
			more.append(number++).append('.').append(block.replaceFirst("^\\d+\\.", "")).append('\n');
		}
		return sectioned.replace("三、保障措施", more + "\n五、保障措施");
	}

}
