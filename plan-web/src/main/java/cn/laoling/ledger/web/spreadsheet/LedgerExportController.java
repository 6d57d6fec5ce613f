package cn.laoling.ledger.web.spreadsheet;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.web.plan.LedgerFilter;
import cn.laoling.ledger.web.security.Viewer;

/** 导出台账: the ledger, as filtered on its page, as an .xlsx download. */
@Controller
class LedgerExportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final LedgerExports exports;

	LedgerExportController(LedgerExports exports) {
		this.exports = exports;
	}

	@GetMapping("/plans/{planId}/export")
	void plan(Viewer viewer, @PathVariable long planId, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) TaskStatus status, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) Light light,
			HttpServletResponse response) throws IOException {
		download(this.exports.ofPlan(viewer, new PlanId(planId), new LedgerFilter(unit, status, q, mine, light)),
				response);
	}

	@GetMapping("/plans/export")
	void allPlans(Viewer viewer, @RequestParam(required = false) TaskStatus status,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean mine,
			HttpServletResponse response) throws IOException {
		download(this.exports.ofAllPlans(viewer, new LedgerFilter(null, status, q, mine)), response);
	}

	private void download(LedgerSheet sheet, HttpServletResponse response) throws IOException {
		this.exports.send(sheet, response);
	}

}
