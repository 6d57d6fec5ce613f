package cn.laoling.ledger.plan.document;

import java.util.Arrays;

/**
 * How long parsing a 40-task plan (goal: under 20 ms) and a 300-row task table (under 200
 * ms) take after warm-up. Not a test: run it by hand, as docs/benchmarks.md says, and
 * record the figures there.
 */
public final class ParserBenchmark {

	private ParserBenchmark() {
	}

	public static void main(String[] args) {
		int runs = (args.length > 0) ? Integer.parseInt(args[0]) : 2_000;
		measure("plan", fortyTaskPlan(), runs);
		measure("task table", threeHundredRowTable(), runs);
	}

	private static void measure(String name, String plan, int runs) {
		int tasks = PlanDocumentParser.parse(plan).tasks().size();
		for (int i = 0; i < runs; i++) {
			PlanDocumentParser.parse(plan);
		}
		long[] nanos = new long[runs];
		for (int i = 0; i < nanos.length; i++) {
			long start = System.nanoTime();
			PlanDocumentParser.parse(plan);
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf(
				"%s of %d tasks, %d characters, %d parses: mean %.2f ms, p50 %.2f ms, p95 %.2f ms, max %.2f ms%n", name,
				tasks, plan.length(), nanos.length, Arrays.stream(nanos).average().orElse(0) / 1e6,
				nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 95 / 100] / 1e6, nanos[nanos.length - 1] / 1e6);
	}

	/**
	 * A 任务分工表 of 300 rows in ten sections, with merged unit cells, as a Word table reads.
	 */
	static String threeHundredRowTable() {
		StringBuilder table = new StringBuilder("某市老龄工作任务分工方案（2023—2025年）\n序号\t重点任务\t牵头单位\t责任单位\t完成时限\n");
		for (int row = 1; row <= 300; row++) {
			if (row % 30 == 1) {
				table.append(ChineseNumbers.written(row / 30 + 1)).append("、健全养老服务体系\n");
			}
			String lead = (row % 3 == 0) ? "" : "市民政局";
			table.append(row)
				.append("\t到2025年底，新建社区老年助餐点")
				.append(row)
				.append("个，老年人健康管理率达到70%以上（第")
				.append(row)
				.append("项）。\t")
				.append(lead)
				.append("\t市财政局、市卫健委、各县（市、区）政府\t2024年6月底前\n");
		}
		return table.toString();
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
