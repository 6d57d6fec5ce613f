package cn.laoling.ledger.web.planimport;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The horizontal rules drawn on a page (a table's row borders), as stroked lines or as
 * thin filled rectangles, each by its height from the top of the page. Nothing is drawn
 * and no image is decoded.
 */
final class PdfRules extends PDFGraphicsStreamEngine {

	/** Shorter lines are not a border: a dash, a bullet. */
	private static final float SHORTEST = 8;

	/** Thicker rectangles are not a line: a shaded cell. */
	private static final float THICKEST = 2.5f;

	private final float top;

	private final List<float[]> segments = new ArrayList<>();

	private final List<float[]> rectangles = new ArrayList<>();

	private final List<Float> rules = new ArrayList<>();

	private Point2D current = new Point2D.Float();

	private PdfRules(PDPage page) {
		super(page);
		this.top = page.getCropBox().getUpperRightY();
	}

	/** The heights of the page's horizontal rules, from its top. */
	static List<Float> of(PDPage page) throws IOException {
		PdfRules rules = new PdfRules(page);
		rules.processPage(page);
		return rules.rules;
	}

	@Override
	public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		float left = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
		float right = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
		float low = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
		float high = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
		this.rectangles.add(new float[] { left, right, low, high });
		this.segments.add(new float[] { left, high, right, high });
		this.segments.add(new float[] { left, low, right, low });
	}

	@Override
	public void moveTo(float x, float y) {
		this.current = new Point2D.Float(x, y);
	}

	@Override
	public void lineTo(float x, float y) {
		this.segments.add(new float[] { (float) this.current.getX(), (float) this.current.getY(), x, y });
		this.current = new Point2D.Float(x, y);
	}

	@Override
	public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		this.current = new Point2D.Float(x3, y3);
	}

	@Override
	public Point2D getCurrentPoint() {
		return this.current;
	}

	@Override
	public void closePath() {
	}

	@Override
	public void endPath() {
		clear();
	}

	@Override
	public void strokePath() {
		for (float[] s : this.segments) {
			if (Math.abs(s[1] - s[3]) < 0.5f && Math.abs(s[2] - s[0]) >= SHORTEST) {
				this.rules.add(this.top - s[1]);
			}
		}
		clear();
	}

	@Override
	public void fillPath(int windingRule) {
		for (float[] r : this.rectangles) {
			if (r[3] - r[2] <= THICKEST && r[1] - r[0] >= SHORTEST) {
				this.rules.add(this.top - (r[2] + r[3]) / 2);
			}
		}
		clear();
	}

	@Override
	public void fillAndStrokePath(int windingRule) {
		List<float[]> rectangles = List.copyOf(this.rectangles);
		strokePath();
		this.rectangles.addAll(rectangles);
		fillPath(windingRule);
	}

	@Override
	public void drawImage(PDImage image) {
	}

	@Override
	public void clip(int windingRule) {
	}

	@Override
	public void shadingFill(COSName shadingName) {
	}

	private void clear() {
		this.segments.clear();
		this.rectangles.clear();
	}

}
