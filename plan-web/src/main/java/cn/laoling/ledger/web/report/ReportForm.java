package cn.laoling.ledger.web.report;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.report.Figure;
import cn.laoling.ledger.report.ReportContent;

/** 进度报送 as the liaison fills it in. */
public class ReportForm {

	@Size(max = ReportContent.MAX_TEXT)
	private String progress;

	private List<@Valid FigureRow> figures = new ArrayList<>();

	@NotNull
	private TaskStatus status = TaskStatus.IN_PROGRESS;

	@Size(max = ReportContent.MAX_TEXT)
	private String problems;

	@Size(max = ReportContent.MAX_TEXT)
	private String nextSteps;

	@Size(max = ReportContent.MAX_TEXT)
	private String explanation;

	/** The report's version when the form was opened; -1 for a report not saved yet. */
	private long version = -1;

	static ReportForm of(ReportContent content, long version) {
		ReportForm form = new ReportForm();
		form.progress = content.progress();
		content.figures().forEach((f) -> form.figures.add(FigureRow.of(f)));
		form.status = content.status();
		form.problems = content.problems();
		form.nextSteps = content.nextSteps();
		form.explanation = content.explanation();
		form.version = version;
		return form;
	}

	ReportContent content(int targets) {
		List<Figure> given = new ArrayList<>();
		for (int i = 0; i < targets; i++) {
			given.add((i < this.figures.size() && this.figures.get(i) != null) ? this.figures.get(i).figure()
					: Figure.none());
		}
		return new ReportContent(this.progress, given, this.status, this.problems, this.nextSteps, this.explanation);
	}

	public String getProgress() {
		return this.progress;
	}

	public void setProgress(String progress) {
		this.progress = progress;
	}

	public List<FigureRow> getFigures() {
		return this.figures;
	}

	public void setFigures(List<FigureRow> figures) {
		this.figures = figures;
	}

	public TaskStatus getStatus() {
		return this.status;
	}

	public void setStatus(TaskStatus status) {
		this.status = status;
	}

	public String getProblems() {
		return this.problems;
	}

	public void setProblems(String problems) {
		this.problems = problems;
	}

	public String getNextSteps() {
		return this.nextSteps;
	}

	public void setNextSteps(String nextSteps) {
		this.nextSteps = nextSteps;
	}

	public String getExplanation() {
		return this.explanation;
	}

	public void setExplanation(String explanation) {
		this.explanation = explanation;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
