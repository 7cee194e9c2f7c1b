package vn.thidua.decision.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.thidua.achievement.Award;
import vn.thidua.decision.Certificates;
import vn.thidua.decision.DecisionDocument;
import vn.thidua.decision.DecisionSigning;
import vn.thidua.decision.Decisions;
import vn.thidua.decision.IssuedDocuments;
import vn.thidua.shared.DocumentFormat;
import vn.thidua.shared.InvalidInput;

/** The decision register, one decision with its actions and downloads, and the public verification page. */
@Controller
class DecisionsController {

    private final Decisions decisions;
    private final DecisionDocument documents;
    private final DecisionSigning signing;
    private final Certificates certificates;
    private final MessageSource messages;
    private final String publicUrl;
    private final vn.thidua.decision.Blanks blanks;
    private final IssuedDocuments issuedDocuments;

    DecisionsController(
            Decisions decisions,
            DecisionDocument documents,
            DecisionSigning signing,
            Certificates certificates,
            MessageSource messages,
            @Value("${thidua.public-url:}") String publicUrl,
            vn.thidua.decision.Blanks blanks,
            IssuedDocuments issuedDocuments) {
        this.issuedDocuments = issuedDocuments;
        this.blanks = blanks;
        this.decisions = decisions;
        this.documents = documents;
        this.signing = signing;
        this.certificates = certificates;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    /** Decisions per page of the register (ADR 0026, "paging"). */
    static final int REGISTER_PAGE = 50;

    @GetMapping("/decisions")
    String register(
            @RequestParam(name = "page", required = false) String page,
            @RequestParam(required = false) vn.thidua.decision.Decision.Status status,
            Model model) {
        vn.thidua.shared.Paging paging = vn.thidua.shared.Paging.of(page, REGISTER_PAGE);
        List<vn.thidua.decision.Decision> rows = decisions.register(status, paging.offset(), paging.size() + 1);
        model.addAttribute("decisions", paging.trim(rows));
        model.addAttribute("paging", paging.after(rows));
        model.addAttribute("statusFilter", status);
        model.addAttribute(
                "awards",
                List.of(
                        Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                        Award.PROVINCIAL_EMULATION_FIGHTER,
                        Award.PROVINCIAL_EMULATION_FLAG,
                        Award.EXCELLENT_COLLECTIVE));
        model.addAttribute("lastYear", decisions.today().getYear() - 1);
        return "decision/register";
    }

    @PostMapping("/decisions")
    String draft(@RequestParam Award award, @RequestParam int year, RedirectAttributes redirect) {
        try {
            return "redirect:/decisions/" + decisions.draft(award, year).id();
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
            return "redirect:/decisions";
        }
    }

    @GetMapping("/decisions/{id}")
    String detail(@PathVariable Long id, Model model) {
        model.addAttribute("d", decisions.find(id));
        model.addAttribute("recipients", decisions.recipients(id));
        model.addAttribute("verifyUrl", verifyUrl());
        return "decision/detail";
    }

    @PostMapping("/decisions/{id}/issue")
    String issue(@PathVariable Long id, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, () -> decisions.issue(id, version));
    }

    @PostMapping("/decisions/{id}/sign")
    String sign(@PathVariable Long id, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, () -> signing.sign(id, version));
    }

    @PostMapping("/decisions/{id}/upload")
    String upload(
            @PathVariable Long id,
            @RequestParam int version,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            if (file == null || file.isEmpty()) {
                throw InvalidInput.of("file", "validation.file.required");
            }
            try {
                return signing.uploadSigned(id, version, file.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @PostMapping("/decisions/{id}/discard")
    String discard(@PathVariable Long id, @RequestParam int version, RedirectAttributes redirect) {
        try {
            decisions.discard(id, version);
            redirect.addFlashAttribute("saved", "decision.discarded");
            return "redirect:/decisions";
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
            return "redirect:/decisions/" + id;
        }
    }

    @PostMapping("/decisions/{id}/revoke")
    String revoke(
            @PathVariable Long id,
            @RequestParam(required = false) List<Long> recipientIds,
            @RequestParam(required = false) String ground,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            return "redirect:/decisions/"
                    + decisions
                            .draftRevocation(id, recipientIds == null ? List.of() : recipientIds, ground, reason)
                            .id();
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
            return "redirect:/decisions/" + id;
        }
    }

    @PostMapping("/decisions/{id}/correct")
    String correct(
            @PathVariable Long id,
            @RequestParam Long recipientId,
            @RequestParam(required = false) String fullName,
            @RequestParam(required = false) String position,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            return "redirect:/decisions/"
                    + decisions
                            .draftCorrection(id, recipientId, fullName, position, reason)
                            .id();
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
            return "redirect:/decisions/" + id;
        }
    }

    @GetMapping("/decisions/{id}/document.{format}")
    ResponseEntity<byte[]> document(@PathVariable Long id, @PathVariable String format, Locale locale) {
        DocumentFormat as = DocumentFormat.ofExtension(format);
        byte[] body = as == DocumentFormat.PDF
                ? issuedDocuments.pdf(id) // an issued decision's PDF is the one kept to be signed
                : documents.write(id, as, key -> messages.getMessage(key, null, key, Locale.forLanguageTag("vi")));
        return as.download(body, "du-thao-quyet-dinh-" + id);
    }

    @GetMapping("/decisions/{id}/signed.pdf")
    ResponseEntity<byte[]> signed(@PathVariable Long id) {
        return DocumentFormat.PDF.download(signing.signedPdf(id), "quyet-dinh-da-ky-" + id);
    }

    @GetMapping("/decisions/{id}/certificates.pdf")
    ResponseEntity<byte[]> certificates(@PathVariable Long id) {
        return DocumentFormat.PDF.download(certificates.batch(id, verifyUrl()), "bang-khen-" + id);
    }

    @GetMapping("/decisions/{id}/blanks.pdf")
    ResponseEntity<byte[]> blanks(@PathVariable Long id) {
        return DocumentFormat.PDF.download(blanks.fill(id), "in-tren-phoi-" + id);
    }

    @GetMapping("/certificates/test-sheet.pdf")
    ResponseEntity<byte[]> testSheet() {
        return DocumentFormat.PDF.download(blanks.testSheet(), "trang-in-thu-can-le");
    }

    /**
     * The public page a certificate's QR code opens: no sign-in, only what the decision publishes. An
     * unknown code gets the same page saying so, as 404; lookups are limited per address
     * ({@link VerificationLimit}).
     */
    @GetMapping("/xac-minh/{code}")
    String verify(@PathVariable String code, Model model, jakarta.servlet.http.HttpServletResponse response) {
        var verified = certificates.verify(code).orElse(null);
        model.addAttribute("code", code);
        model.addAttribute("verified", verified);
        if (verified == null) {
            response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND);
        }
        return "decision/verify";
    }

    private String verifyUrl() {
        String base = publicUrl == null || publicUrl.isBlank()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                : publicUrl.replaceAll("/+$", "");
        return base + "/xac-minh/";
    }

    private String act(Long id, RedirectAttributes redirect, java.util.function.Supplier<?> work) {
        try {
            work.get();
            redirect.addFlashAttribute("saved", "form.saved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
        }
        return "redirect:/decisions/" + id;
    }
}
