package cn.laoling.ledger.web.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.audit.AuditVerification;

/** 审计日志: search, export as CSV, verify the hash chain. */
@Controller
class AuditController {

	private static final List<String> COLUMNS = List.of("id", "time", "actor", "account", "ip", "type", "object",
			"outcome", "detail", "hash");

	private final AuditService audit;

	private final MessageSource messages;

	AuditController(AuditService audit, MessageSource messages) {
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/audit")
	String search(AuditSearch search, Model model) {
		model.addAttribute("search", search);
		model.addAttribute("result", this.audit.search(search));
		model.addAttribute("types", AuditType.values());
		model.addAttribute("zone", this.audit.zone());
		return "audit/list";
	}

	@GetMapping("/audit/export")
	void export(AuditSearch search, HttpServletResponse response, Locale locale) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("audit-" + this.audit.today() + ".csv", StandardCharsets.UTF_8)
					.build()
					.toString());
		List<String> header = COLUMNS.stream()
			.map((c) -> this.messages.getMessage("audit." + c, null, locale))
			.toList();
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		this.audit.export(search, header, out);
	}

	@PostMapping("/audit/verify")
	String verify(RedirectAttributes redirect) {
		AuditVerification result = this.audit.verify();
		redirect.addFlashAttribute("verification", VerificationShown.of(result));
		return "redirect:/audit";
	}

}
