package cn.laoling.ledger.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceKindTest {

	@Test
	void aFileIsNamedWithTheExtensionOfTheKindItsContentIs() {
		assertThat(EvidenceKind.GIF.fileName("report.html")).isEqualTo("report.gif");
		assertThat(EvidenceKind.PDF.fileName("验收报告.exe")).isEqualTo("验收报告.pdf");
		assertThat(EvidenceKind.PNG.fileName("C:\\照片\\验收现场")).isEqualTo("验收现场.png");
		assertThat(EvidenceKind.DOCX.fileName(null)).isEqualTo("file.docx");
		assertThat(EvidenceKind.XLSX.fileName(".htaccess")).isEqualTo("file.xlsx");
	}

	@Test
	void aNameAlreadyOfItsKindIsKept() {
		assertThat(EvidenceKind.PNG.fileName("验收现场.png")).isEqualTo("验收现场.png");
		assertThat(EvidenceKind.JPEG.fileName("照片.JPEG")).isEqualTo("照片.jpeg");
		assertThat(EvidenceKind.JPEG.fileName("/tmp/照片.jpg")).isEqualTo("照片.jpg");
	}

	@Test
	void aLongNameKeepsItsEndAndItsExtensionWithinTheLimit() {
		String name = EvidenceKind.PDF.fileName("长".repeat(300) + "结尾.html");

		assertThat(name).hasSize(Evidence.MAX_FILE_NAME).endsWith("结尾.pdf");
	}

}
