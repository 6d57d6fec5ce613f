package cn.laoling.ledger.web.planimport;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar plan-web.jar parse FILE...}: no server, no database, JSON per file.
 */
class ParseCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void printsEachFilesParseAsJson(@TempDir Path dir) throws Exception {
		Path seed = TestFiles.seedFile("000");
		Path news = TestFiles.seedFile("004");

		int status = run(List.of(seed.toString(), news.toString()));

		assertThat(status).isZero();
		List<String> lines = this.out.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(2);
		JsonNode plan = JsonMapper.builder().build().readTree(lines.get(0));
		assertThat(plan.get("isPlan").asBoolean()).isTrue();
		assertThat(plan.get("docNumber").asString()).isEqualTo("昆府办发〔2022〕17号");
		assertThat(plan.get("issueDate").asString()).isEqualTo("2022-09-01");
		assertThat(plan.get("period").get("end").asString()).isEqualTo("2022-12-31");
		assertThat(plan.get("tasks")).hasSize(10);
		JsonNode first = plan.get("tasks").get(0);
		assertThat(first.get("path").get(0).asString()).isEqualTo("二、重点任务");
		assertThat(first.get("leadUnits").toString()).isEqualTo("[\"区卫健委\",\"各街镇\"]");
		JsonNode target = first.get("targets").get(0);
		assertThat(target.get("value").asInt()).isEqualTo(26);
		assertThat(target.get("valueMax").isNull()).isTrue();
		assertThat(target.get("subject").asString()).isEqualTo("老年友好型社区");
		assertThat(target.get("recurrence").asString()).isEqualTo("ONCE");
		assertThat(first.get("deadlines").get(0).get("text").asString()).isEqualTo("到2022年底");
		JsonNode notPlan = JsonMapper.builder().build().readTree(lines.get(1));
		assertThat(notPlan.get("isPlan").asBoolean()).isFalse();
		assertThat(notPlan.get("notPlanReason").asString()).contains("新闻报道");
		assertThat(notPlan.get("tasks")).isEmpty();
	}

	@Test
	void aGapOrATaskHoldingTheNextIsAWarningOfTheFileAndOfThatTask(@TempDir Path dir) throws Exception {
		Path plan = dir.resolve("缺号.txt");
		Files.writeString(plan, """
				测试区2026年老龄工作方案
				二、重点任务
				1.新建老年食堂3个。
				牵头单位：区民政局
				2.开展敬老月活动。
				牵头单位：区文旅局
				4.新增老年大学教学点1个。5.开展老年人运动会。
				牵头单位：区委老干部局
				""");

		assertThat(run(List.of(plan.toString()))).isZero();

		JsonNode json = JsonMapper.builder().build().readTree(this.out.toString(StandardCharsets.UTF_8));
		String gap = "第 4 项任务之前缺少第 3 项：可能没有识别出来，或并入了上一项，请对照原文核对。";
		assertThat(json.get("warnings").toString()).contains(gap);
		assertThat(json.get("tasks").get(2).get("warnings").toString()).contains(gap);
		assertThat(json.get("tasks").get(1).get("warnings")).isEmpty();
		assertThat(json.get("tasks").get(2).get("warnings").toString())
			.contains("第 4 项任务中的“5.开展老年人运动会”像是第 5 项任务的开头，两项可能连在了一起");
	}

	@Test
	void theSeedDocumentsGetNoWarningAboutNumbersOrTables() {
		List<String> seeds = List.of("000", "001", "002", "003", "004")
			.stream()
			.map((prefix) -> TestFiles.seedFile(prefix).toString())
			.toList();

		assertThat(run(seeds)).isZero();

		assertThat(this.out.toString(StandardCharsets.UTF_8).lines()).hasSize(5)
			.allSatisfy((line) -> assertThat(JsonMapper.builder().build().readTree(line).get("warnings").toString())
				.doesNotContain("缺少第", "像是第", "表格内容", "紧跟着数字"));
	}

	@Test
	void anUnreadableFileGivesAMessageOnStandardErrorAndAFailingStatus(@TempDir Path dir) throws Exception {
		Path encrypted = dir.resolve("加密.docx");
		Files.write(encrypted, TestFiles.encrypted(TestFiles.docx("一、重点任务")));

		int status = run(List.of(dir.resolve("没有这个文件.txt").toString(), encrypted.toString()));

		assertThat(status).isEqualTo(1);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("没有这个文件.txt: 无法读取该文件", "文件设置了打开密码");
	}

	@Test
	void readsEveryFormatTheImportReads(@TempDir Path dir) throws Exception {
		List<String> files = new java.util.ArrayList<>();
		for (String name : List.of("task-table.docx", "task-table.doc", "task-table.pdf")) {
			Path file = dir.resolve(name);
			Files.write(file, TestFiles.plan(name));
			files.add(file.toString());
		}

		assertThat(run(files)).isZero();

		List<String> lines = this.out.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(3)
			.allSatisfy((line) -> assertThat(line).contains("\"isPlan\":true", "县民政局", "\"number\":\"21\""));
	}

	private int run(List<String> files) {
		return new ParseCommand(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8))
			.run(files);
	}

}
