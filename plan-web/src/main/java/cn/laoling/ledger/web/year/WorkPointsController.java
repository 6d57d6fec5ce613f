package cn.laoling.ledger.web.year;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.shared.NumberText;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.spreadsheet.LedgerColumn;
import cn.laoling.ledger.web.spreadsheet.LedgerExports;
import cn.laoling.ledger.web.spreadsheet.LedgerSheet;
import cn.laoling.ledger.web.spreadsheet.SheetTexts;
import cn.laoling.ledger.web.support.FormSubmission;

/**
 * 年度工作要点 of a multi-year plan: the page (printable), its spreadsheet, and the office's
 * 年度结转.
 */
@Controller
class WorkPointsController {

	private final WorkPointsService points;

	private final LedgerExports exports;

	WorkPointsController(WorkPointsService points, LedgerExports exports) {
		this.points = points;
		this.exports = exports;
	}

	/** The year the plan is in today (its first or last outside its period). */
	@GetMapping("/plans/{planId}/years")
	String current(Viewer viewer, @PathVariable long planId) {
		return "redirect:/plans/" + planId + "/years/" + this.points.currentYear(viewer, new PlanId(planId));
	}

	@GetMapping("/plans/{planId}/years/{year}")
	String show(Viewer viewer, @PathVariable long planId, @PathVariable int year, Model model) {
		model.addAttribute("points", this.points.points(viewer, new PlanId(planId), year));
		return "plans/years";
	}

	@GetMapping("/plans/{planId}/years/{year}/export")
	void export(Viewer viewer, @PathVariable long planId, @PathVariable int year, HttpServletResponse response)
			throws IOException {
		WorkPoints points = this.points.points(viewer, new PlanId(planId), year);
		SheetTexts texts = this.exports.texts();
		List<LedgerSheet.Line> lines = new ArrayList<>();
		for (WorkPoints.Line line : points.lines()) {
			Map<LedgerColumn, String> cells = new EnumMap<>(LedgerColumn.class);
			cells.put(LedgerColumn.NUMBER, line.number());
			cells.put(LedgerColumn.TASK, line.text());
			cells.put(LedgerColumn.TARGETS, line.target() + ((line.carried().signum() > 0)
					? texts.message("years.carriedIn", NumberText.of(line.carried()) + line.measure()) : ""));
			cells.put(LedgerColumn.LEAD_UNITS, texts.units(line.leadUnits()));
			cells.put(LedgerColumn.DEADLINE, texts.message("years.due", year));
			if (line.done() != null) {
				cells.put(LedgerColumn.COMPLETION,
						NumberText.of(line.done()) + "/" + NumberText.of(line.share()) + line.measure());
				cells.put(LedgerColumn.ON_SCHEDULE, texts.message("standing." + line.standing()));
			}
			lines.add(new LedgerSheet.Line(cells, line.light()));
		}
		List<String> notes = new ArrayList<>();
		notes.add(texts.message("sheet.exported", this.exports.today()));
		if (points.closedAt() != null) {
			notes.add(texts.message("years.closedNote", year));
		}
		this.exports.send(new LedgerSheet(texts.message("years.points.title", points.plan().title(), year), notes,
				List.of(new LedgerSheet.Block("", lines))), response);
	}

	@PostMapping("/plans/{planId}/years/{year}/close")
	String close(Viewer viewer, @PathVariable long planId, @PathVariable int year, RedirectAttributes redirect) {
		return FormSubmission.decide(redirect, "flash.years.closed", "conflict.stale",
				() -> this.points.close(viewer, new PlanId(planId), year),
				"redirect:/plans/" + planId + "/years/" + year);
	}

}
