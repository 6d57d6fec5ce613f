package cn.laoling.ledger.web.reminder;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.laoling.ledger.web.security.Viewer;

/**
 * 提醒记录 for the office: every automatic reminder sent to the units of its region, and the
 * day's reminders sent at once (which sends nothing already sent).
 */
@Controller
class ReminderController {

	private final ReminderService reminders;

	private final ReminderRecords records;

	private final Clock clock;

	ReminderController(ReminderService reminders, ReminderRecords records, Clock clock) {
		this.reminders = reminders;
		this.records = records;
		this.clock = clock;
	}

	@GetMapping("/reminders")
	String list(Viewer viewer, Model model) {
		model.addAttribute("records", this.records.latest(viewer));
		return "reminders/list";
	}

	@PostMapping("/reminders/run")
	String run(RedirectAttributes redirect) {
		ReminderService.Run run = this.reminders.sendDue(LocalDate.now(this.clock));
		redirect.addFlashAttribute("message", "flash.reminders.sent");
		redirect.addFlashAttribute("run", run);
		return "redirect:/reminders";
	}

}
