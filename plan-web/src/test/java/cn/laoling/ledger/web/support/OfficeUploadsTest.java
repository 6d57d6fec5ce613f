package cn.laoling.ledger.web.support;

import org.junit.jupiter.api.Test;

import cn.laoling.ledger.web.planimport.TestFiles;
import cn.laoling.ledger.web.support.OfficeUploads.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a package expands to is measured while streaming, before POI reads it: parts that
 * POI's own inflate-ratio check lets through, a part declaring more than the limit, and
 * markup nested thousands deep are all refused.
 */
class OfficeUploadsTest {

	private final byte[] docx = TestFiles.docx("一、重点任务", "1.新建老年食堂3个。");

	private static Verdict verdict(byte[] bytes) {
		return OfficeUploads.inspect(bytes).verdict();
	}

	@Test
	void anOrdinaryDocumentIsReadable() {
		assertThat(verdict(this.docx)).isEqualTo(Verdict.READABLE);
		assertThat(OfficeUploads.inspect(this.docx).parts()).contains("[Content_Types].xml", "word/document.xml");
		assertThat(verdict(HostilePackages.replacing(this.docx, "word/document.xml", HostilePackages.nestedTables(60))))
			.as("tables nested sixty deep")
			.isEqualTo(Verdict.READABLE);
	}

	@Test
	void aPartExpandingPastItsLimitIsRefusedThoughPoiWouldReadIt() {
		byte[] bomb = HostilePackages.expanding(this.docx, 1, 101);

		assertThat(bomb.length).as("compressed about seventy to one, above POI's 1 %")
			.isLessThan(2 * 1024 * 1024)
			.isGreaterThan(101 * 1024 * 1024 / 100);
		assertThat(verdict(bomb)).isEqualTo(Verdict.TOO_LARGE);
	}

	@Test
	void partsExpandingPastTheTotalAreRefusedThoughEachFits() {
		assertThat(verdict(HostilePackages.expanding(this.docx, 3, 70))).isEqualTo(Verdict.TOO_LARGE);
	}

	@Test
	void aPartDeclaringMoreThanTheLimitIsRefusedBeforeItIsRead() {
		assertThat(verdict(HostilePackages.declaring(this.docx, OfficeUploads.MAX_PART_BYTES + 1)))
			.isEqualTo(Verdict.TOO_LARGE);
	}

	@Test
	void markupNestedThousandsDeepIsRefused() {
		assertThat(
				verdict(HostilePackages.replacing(this.docx, "word/document.xml", HostilePackages.nestedTables(3_000))))
			.isEqualTo(Verdict.TOO_DEEP);
	}

	@Test
	void notAPackageOrBrokenMarkupIsMalformed() {
		assertThat(verdict("PK\u0003\u0004 nothing".getBytes())).isEqualTo(Verdict.MALFORMED);
		assertThat(verdict(HostilePackages.replacing(this.docx, "word/document.xml", "<w:document>")))
			.isEqualTo(Verdict.MALFORMED);
	}

}
