package cn.laoling.ledger.web.calendar;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 工作日历: a year's holidays and make-up working days, kept by the office. */
@Controller
class CalendarController {

	private final CalendarService calendar;

	private final Clock clock;

	CalendarController(CalendarService calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping("/calendar")
	String year(@RequestParam(required = false) Integer year, Model model) {
		int shown = (year != null) ? year : LocalDate.now(this.clock).getYear();
		model.addAttribute("year", shown);
		model.addAttribute("days", this.calendar.year(shown));
		if (!model.containsAttribute("calendarForm")) {
			model.addAttribute("calendarForm", new CalendarForm());
		}
		return "calendar/year";
	}

	@PostMapping("/calendar")
	String save(@Valid CalendarForm calendarForm, BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return year((calendarForm.getDay() != null) ? calendarForm.getDay().getYear() : null, model);
		}
		this.calendar.save(calendarForm.toDay());
		redirect.addFlashAttribute("message", "flash.calendar.saved");
		return "redirect:/calendar?year=" + calendarForm.getDay().getYear();
	}

	@PostMapping("/calendar/{day}/delete")
	String delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			RedirectAttributes redirect) {
		this.calendar.delete(day);
		redirect.addFlashAttribute("message", "flash.calendar.deleted");
		return "redirect:/calendar?year=" + day.getYear();
	}

}
