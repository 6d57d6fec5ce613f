package cn.laoling.ledger.web.overview;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.laoling.ledger.overview.Overview;
import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.web.security.Viewer;

/** 总览: one screen that says where every plan stands. */
@Controller
class OverviewController {

	private final OverviewService overviews;

	OverviewController(OverviewService overviews) {
		this.overviews = overviews;
	}

	@GetMapping("/overview")
	String overview(Viewer viewer, @RequestParam(required = false) Long plan,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unit, Model model) {
		model.addAttribute("page", this.overviews.overview(viewer, new OverviewFilter(plan, year, unit)));
		model.addAttribute("lights", Light.values());
		model.addAttribute("targetsShown", Overview.TARGETS_SHOWN);
		model.addAttribute("deadlinesShown", Overview.DEADLINES_SHOWN);
		model.addAttribute("alarmingShown", Overview.ALARMING_SHOWN);
		model.addAttribute("unitsShown", Overview.UNITS_SHOWN);
		model.addAttribute("redShown", Overview.RED_TASKS_SHOWN);
		return "overview/overview";
	}

}
