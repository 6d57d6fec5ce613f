package cn.laoling.ledger.web.planimport;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import cn.laoling.ledger.plan.document.PlanDocumentParser;
import cn.laoling.ledger.plan.document.PlanParse;
import cn.laoling.ledger.web.support.HostilePackages;
import cn.laoling.ledger.web.support.OfficeUploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DocumentTextTest {

	@Test
	void readsTextInUtf8Gb18030AndGbk() throws Exception {
		String seed = TestFiles.seed("000");

		assertThat(DocumentText.read(seed.getBytes(StandardCharsets.UTF_8))).isEqualTo(seed);
		assertThat(DocumentText.read(seed.getBytes(Charset.forName("GB18030")))).isEqualTo(seed);
		assertThat(DocumentText.read(seed.getBytes(Charset.forName("GBK")))).isEqualTo(seed);
	}

	@Test
	void readsADocxInReadingOrderWithTheNumbersWordAdds() throws Exception {
		byte[] docx = TestFiles.docx("某区2024年老龄工作方案", "二、重点任务", "1.新建老年食堂3个。", "牵头单位：区民政局");

		PlanParse parse = PlanDocumentParser.parse(DocumentText.read(docx));

		assertThat(parse.tasks()).singleElement().satisfies((t) -> {
			assertThat(t.text()).isEqualTo("新建老年食堂3个。");
			assertThat(t.leadUnits()).containsExactly("区民政局");
		});
	}

	@Test
	void refusesEachKindOfBadFileByName() {
		assertRefused(new byte[0], "import.file.empty");
		assertRefused("  \n ".getBytes(StandardCharsets.UTF_8), "import.file.empty");
		assertRefused(new byte[DocumentText.MAX_BYTES + 1], "import.file.tooLarge");
		assertRefused(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0, 0 },
				"import.file.notText");
		assertRefused(TestFiles.encrypted(TestFiles.docx("一、重点任务")), "import.file.encrypted");
		assertRefused(TestFiles.brokenWord(), "import.file.notDoc");
		assertRefused(TestFiles.notWord(), "import.file.notWord");
		assertRefused(TestFiles.zipBomb(), "import.file.zipBomb");
		assertRefused("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "import.file.notPdf");
	}

	@Test
	void refusesADocumentExpandingPastItsLimitsOrNestedThousandsDeep() {
		byte[] docx = TestFiles.docx("一、重点任务", "1.新建老年食堂3个。");

		assertRefused(HostilePackages.expanding(docx, 1, 101), "import.file.zipBomb");
		assertRefused(HostilePackages.expanding(docx, 3, 70), "import.file.zipBomb");
		assertRefused(HostilePackages.declaring(docx, OfficeUploads.MAX_PART_BYTES + 1), "import.file.zipBomb");
		assertRefused(HostilePackages.replacing(docx, "word/document.xml", HostilePackages.nestedTables(3_000)),
				"import.file.tooDeep");
	}

	private static void assertRefused(byte[] bytes, String code) {
		assertThatExceptionOfType(UnreadableDocument.class).isThrownBy(() -> DocumentText.read(bytes))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(code));
	}

}
