package cn.laoling.ledger.web.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Office packages made the way an attacker makes them, built where they are used (never
 * checked in): parts that expand a hundredfold yet pass POI's own inflate-ratio check, a
 * part whose header declares more than it holds, tables nested thousands deep.
 */
public final class HostilePackages {

	private static final int MB = 1024 * 1024;

	private HostilePackages() {
	}

	/**
	 * The package with {@code parts} more parts added, each inflating to
	 * {@code megabytes} MB from about a seventieth of that: above POI's minimum inflate
	 * ratio of 1 %, so POI alone would read them all into memory.
	 */
	public static byte[] expanding(byte[] pkg, int parts, int megabytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			copy(pkg, zip, null, null);
			zip.setLevel(1);
			Random random = new Random(parts * 31L + megabytes);
			byte[] chunk = new byte[MB];
			for (int p = 1; p <= parts; p++) {
				zip.putNextEntry(new ZipEntry("word/media/image" + p + ".png"));
				for (int m = 0; m < megabytes; m++) {
					java.util.Arrays.fill(chunk, (byte) 'A');
					for (int i = 0; i < chunk.length; i += 256) {
						chunk[i] = (byte) random.nextInt();
					}
					zip.write(chunk);
				}
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * The package with a small stored part whose local header declares it inflates to
	 * {@code declared} bytes.
	 */
	public static byte[] declaring(byte[] pkg, long declared) {
		byte[] content = "<x/>".getBytes(StandardCharsets.US_ASCII);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			ZipEntry entry = new ZipEntry("customXml/item1.xml");
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(content.length);
			entry.setCompressedSize(content.length);
			CRC32 crc = new CRC32();
			crc.update(content);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(content);
			zip.closeEntry();
			copy(pkg, zip, null, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] bytes = out.toByteArray();
		// the first local header: compressed and uncompressed size at offsets 18 and 22,
		// little-endian
		for (int i = 0; i < 4; i++) {
			bytes[18 + i] = (byte) (declared >>> (8 * i));
			bytes[22 + i] = (byte) (declared >>> (8 * i));
		}
		return bytes;
	}

	/** The package with {@code part} replaced by {@code content}. */
	public static byte[] replacing(byte[] pkg, String part, String content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			copy(pkg, zip, part, content.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A Word body of tables nested {@code depth} deep, a paragraph in the innermost. */
	public static String nestedTables(int depth) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
		xml.append("<w:tbl><w:tr><w:tc>".repeat(depth));
		xml.append("<w:p><w:r><w:t>一、重点任务</w:t></w:r></w:p>");
		xml.append("</w:tc></w:tr></w:tbl>".repeat(depth));
		return xml.append("<w:p/></w:body></w:document>").toString();
	}

	private static void copy(byte[] pkg, ZipOutputStream zip, String replaced, byte[] replacement) throws IOException {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(pkg))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(entry.getName().equals(replaced) ? replacement : in.readAllBytes());
				zip.closeEntry();
			}
		}
	}

}
