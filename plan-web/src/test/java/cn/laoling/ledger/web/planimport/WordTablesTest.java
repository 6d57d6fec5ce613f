package cn.laoling.ledger.web.planimport;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import cn.laoling.ledger.plan.document.ParsedTask;
import cn.laoling.ledger.plan.document.PlanDocumentParser;
import cn.laoling.ledger.plan.document.PlanParse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A plan whose tasks are a Word table, as offices make them: a 牵头单位 cell merged down over
 * the rows it leads, a section row merged across every column.
 */
class WordTablesTest {

	private static final String[] HEADER = { "序号", "重点任务", "牵头单位", "责任单位", "完成时限" };

	@Test
	void aWordTableWithMergedCellsIsATaskARow() throws Exception {
		byte[] docx = docx();

		PlanParse parse = PlanDocumentParser.parse(DocumentText.read(docx));

		assertThat(parse.tasks())
			.extracting(ParsedTask::number, ParsedTask::text, ParsedTask::leadUnits, ParsedTask::responsibleUnits)
			.containsExactly(tuple("1", "新建社区老年助餐点10个。", List.of("区民政局"), List.of("各街道")),
					tuple("2", "开展老年人能力评估。", List.of("区民政局"), List.of("区卫健委")),
					tuple("3", "65岁以上老年人健康管理率达到70%。", List.of("区卫健委"), List.of("各社区卫生服务中心")));
		assertThat(parse.tasks()).extracting(ParsedTask::path)
			.containsExactly(List.of("一、健全养老服务体系"), List.of("一、健全养老服务体系"), List.of("二、推进医养结合"));
	}

	private static byte[] docx() throws Exception {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("某区2023年老龄工作任务分工方案");
			XWPFTable table = document.createTable(6, HEADER.length);
			fill(table.getRow(0), HEADER);
			section(table.getRow(1), "一、健全养老服务体系");
			fill(table.getRow(2), "1", "新建社区老年助餐点10个。", "区民政局", "各街道", "2023年6月底前");
			fill(table.getRow(3), "2", "开展老年人能力评估。", "", "区卫健委", "2023年底");
			merged(table.getRow(2).getCell(2), STMerge.RESTART);
			merged(table.getRow(3).getCell(2), STMerge.CONTINUE);
			section(table.getRow(4), "二、推进医养结合");
			fill(table.getRow(5), "3", "65岁以上老年人健康管理率达到70%。", "区卫健委", "各社区卫生服务中心", "年内");
			document.write(out);
			return out.toByteArray();
		}
	}

	private static void fill(XWPFTableRow row, String... cells) {
		for (int c = 0; c < cells.length; c++) {
			row.getCell(c).setText(cells[c]);
		}
	}

	/** A row of one cell across every column. */
	private static void section(XWPFTableRow row, String title) {
		for (int c = HEADER.length - 1; c > 0; c--) {
			row.removeCell(c);
		}
		XWPFTableCell cell = row.getCell(0);
		cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(HEADER.length));
		cell.setText(title);
	}

	private static void merged(XWPFTableCell cell, STMerge.Enum merge) {
		(cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr()).addNewVMerge()
			.setVal(merge);
	}

}
