package cn.laoling.ledger.web.notice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.laoling.ledger.notice.NoticeId;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.report.ReportingPeriodId;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.FormSubmission;
import cn.laoling.ledger.web.support.PersonNames;

/** 进度通报: drafted, edited, signed off, published, acknowledged and downloaded. */
@Controller
class NoticeController {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final String CONFLICT = "conflict.notice";

	private final NoticeService notices;

	private final NoticeDocx docx;

	private final PersonNames people;

	NoticeController(NoticeService notices, NoticeDocx docx, PersonNames people) {
		this.notices = notices;
		this.docx = docx;
		this.people = people;
	}

	@GetMapping("/notices")
	String list(Viewer viewer, Model model) {
		model.addAttribute("notices", this.notices.list(viewer));
		return "notices/list";
	}

	@PostMapping("/notices")
	String draft(Viewer viewer, @RequestParam long planId, @RequestParam long periodId, RedirectAttributes redirect) {
		NoticeId id = this.notices.draft(viewer, new PlanId(planId), new ReportingPeriodId(periodId));
		redirect.addFlashAttribute("message", "flash.notice.drafted");
		return "redirect:/notices/" + id + "/edit";
	}

	@GetMapping("/notices/{noticeId}")
	String show(Viewer viewer, @PathVariable long noticeId, Model model) {
		NoticePage page = this.notices.page(viewer, new NoticeId(noticeId));
		model.addAttribute("page", page);
		model.addAttribute("people", this.people.of(page.usernames()));
		return "notices/view";
	}

	@GetMapping("/notices/{noticeId}/edit")
	String editForm(Viewer viewer, @PathVariable long noticeId, Model model) {
		NoticePage page = this.notices.page(viewer, new NoticeId(noticeId));
		if (!page.mayEdit()) {
			return "redirect:/notices/" + noticeId;
		}
		model.addAttribute("page", page);
		model.addAttribute("noticeForm", NoticeForm.of(page.notice()));
		return "notices/edit";
	}

	@PostMapping("/notices/{noticeId}/edit")
	String edit(Viewer viewer, @PathVariable long noticeId, @Valid NoticeForm noticeForm, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.submit(result, response, () -> {
			this.notices.edit(viewer, new NoticeId(noticeId), noticeForm.getVersion(), noticeForm.text());
			redirect.addFlashAttribute("message", "flash.notice.saved");
			return "redirect:/notices/" + noticeId;
		}, () -> {
			model.addAttribute("page", this.notices.page(viewer, new NoticeId(noticeId)));
			return "notices/edit";
		}, CONFLICT);
	}

	@PostMapping("/notices/{noticeId}/submit")
	String submit(Viewer viewer, @PathVariable long noticeId, @RequestParam long version, RedirectAttributes redirect) {
		return FormSubmission.decide(redirect, "flash.notice.submitted", CONFLICT,
				() -> this.notices.submit(viewer, new NoticeId(noticeId), version), back(noticeId));
	}

	@PostMapping("/notices/{noticeId}/withdraw")
	String withdraw(Viewer viewer, @PathVariable long noticeId, @RequestParam long version,
			RedirectAttributes redirect) {
		return FormSubmission.decide(redirect, "flash.notice.withdrawn", CONFLICT,
				() -> this.notices.withdraw(viewer, new NoticeId(noticeId), version), back(noticeId));
	}

	@PostMapping("/notices/{noticeId}/sign")
	String sign(Viewer viewer, @PathVariable long noticeId, @RequestParam long version, RedirectAttributes redirect) {
		return FormSubmission.decide(redirect, "flash.notice.signed", CONFLICT,
				() -> this.notices.signOff(viewer, new NoticeId(noticeId), version), back(noticeId));
	}

	@PostMapping("/notices/{noticeId}/send-back")
	String sendBack(Viewer viewer, @PathVariable long noticeId, @RequestParam long version,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		return FormSubmission.decide(redirect, "flash.notice.sentBack", CONFLICT,
				() -> this.notices.sendBack(viewer, new NoticeId(noticeId), version, comment), back(noticeId));
	}

	@PostMapping("/notices/{noticeId}/publish")
	String publish(Viewer viewer, @PathVariable long noticeId, @RequestParam long version,
			RedirectAttributes redirect) {
		return FormSubmission.decide(redirect, "flash.notice.published", CONFLICT,
				() -> this.notices.publish(viewer, new NoticeId(noticeId), version), back(noticeId));
	}

	@PostMapping("/notices/{noticeId}/discard")
	String discard(Viewer viewer, @PathVariable long noticeId, @RequestParam long version,
			RedirectAttributes redirect) {
		return FormSubmission.decide(redirect, "flash.notice.discarded", CONFLICT,
				() -> this.notices.discard(viewer, new NoticeId(noticeId), version), "redirect:/notices");
	}

	@PostMapping("/notices/{noticeId}/correct")
	String correct(Viewer viewer, @PathVariable long noticeId, @RequestParam long version,
			RedirectAttributes redirect) {
		NoticeId[] correction = new NoticeId[1];
		String back = FormSubmission.decide(redirect, "flash.notice.correcting", CONFLICT,
				() -> correction[0] = this.notices.correct(viewer, new NoticeId(noticeId), version), back(noticeId));
		return (correction[0] == null) ? back : "redirect:/notices/" + correction[0] + "/edit";
	}

	@PostMapping("/notices/{noticeId}/acknowledge")
	String acknowledge(Viewer viewer, @PathVariable long noticeId, RedirectAttributes redirect) {
		this.notices.acknowledge(viewer, new NoticeId(noticeId));
		redirect.addFlashAttribute("message", "flash.notice.acknowledged");
		return back(noticeId);
	}

	@GetMapping("/notices/{noticeId}/docx")
	void download(Viewer viewer, @PathVariable long noticeId, HttpServletResponse response) throws IOException {
		NoticePage page = this.notices.download(viewer, new NoticeId(noticeId));
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(page.notice().text().title() + ".docx", StandardCharsets.UTF_8)
			.build();
		response.setContentType(DOCX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
		this.docx.write(page, response.getOutputStream());
	}

	private static String back(long id) {
		return "redirect:/notices/" + id;
	}

}
