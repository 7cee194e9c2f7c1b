package vn.thidua.legacy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.thidua.shared.DocumentFormat;
import vn.thidua.shared.InvalidInput;

/**
 * The legacy registers' screens (search, add, import, export) and the certificates of awards held
 * (find, issue, download), plus the public page their QR codes open.
 */
@Controller
class LegacyController {

    private final LegacyRegisters registers;
    private final Certifications certifications;
    private final String publicUrl;

    LegacyController(
            LegacyRegisters registers,
            Certifications certifications,
            @Value("${thidua.public-url:}") String publicUrl) {
        this.registers = registers;
        this.certifications = certifications;
        this.publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
    }

    @GetMapping("/legacy")
    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST', 'UNIT_OFFICER', 'UNIT_LEADER')")
    String search(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "register", required = false) LegacyKinds.Register register,
            Model model) {
        model.addAttribute("awards", registers.search(q, register, 200));
        model.addAttribute("total", registers.count());
        model.addAttribute("q", q);
        model.addAttribute("register", register);
        model.addAttribute("registers", LegacyKinds.Register.values());
        model.addAttribute("recipients", LegacyKinds.Recipient.values());
        model.addAttribute("wars", LegacyKinds.War.values());
        model.addAttribute("provinces", LegacyKinds.FormerProvince.values());
        return "legacy/list";
    }

    @GetMapping("/legacy/export.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST', 'UNIT_OFFICER', 'UNIT_LEADER')")
    ResponseEntity<byte[]> export(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "register", required = false) LegacyKinds.Register register) {
        return xlsx(registers.export(q, register), "so-khen-thuong.xlsx");
    }

    @GetMapping("/legacy/template.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    ResponseEntity<byte[]> template() {
        return xlsx(registers.template(), "mau-nhap-so-khen-thuong.xlsx");
    }

    @PostMapping("/legacy")
    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    String add(@RequestParam Map<String, String> values, RedirectAttributes redirect) {
        try {
            registers.add(values);
            redirect.addFlashAttribute("saved", "form.saved");
            return "redirect:/legacy?q="
                    + java.net.URLEncoder.encode(
                            values.getOrDefault("fullName", ""), java.nio.charset.StandardCharsets.UTF_8);
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
            redirect.addFlashAttribute("typed", values);
            return "redirect:/legacy";
        }
    }

    @PostMapping("/legacy/import")
    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    String importFile(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            int written = registers.importFile(new ByteArrayInputStream(file.getBytes()), file.getOriginalFilename());
            redirect.addFlashAttribute("imported", written);
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
        }
        return "redirect:/legacy";
    }

    @GetMapping("/certifications")
    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    String certifications(
            @RequestParam(required = false) Long personId,
            @RequestParam(required = false) String fullName,
            @RequestParam(required = false) Integer birthYear,
            @RequestParam(required = false) String nationalId,
            Model model) {
        model.addAttribute("recent", certifications.recent(50));
        if (personId != null || fullName != null && !fullName.isBlank()) {
            try {
                model.addAttribute(
                        "found",
                        certifications.find(
                                new Certifications.Request(personId, fullName, birthYear, nationalId, null, null)));
            } catch (InvalidInput invalid) {
                model.addAttribute("problems", invalid.problems());
            }
        }
        model.addAttribute("personId", personId);
        model.addAttribute("fullName", fullName);
        model.addAttribute("birthYear", birthYear);
        model.addAttribute("nationalId", nationalId);
        return "legacy/certifications";
    }

    @PostMapping("/certifications")
    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    String issue(
            @RequestParam(required = false) Long personId,
            @RequestParam(required = false) String fullName,
            @RequestParam(required = false) Integer birthYear,
            @RequestParam(required = false) String nationalId,
            @RequestParam(required = false) String requestedBy,
            @RequestParam(required = false) String purpose,
            RedirectAttributes redirect) {
        try {
            var c = certifications.issue(
                    new Certifications.Request(personId, fullName, birthYear, nationalId, requestedBy, purpose),
                    verifyBase());
            redirect.addFlashAttribute("saved", "certification.issued");
            return "redirect:/certifications/" + c.id();
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
            redirect.addAttribute("fullName", fullName);
            if (personId != null) {
                redirect.addAttribute("personId", personId);
            }
            if (birthYear != null) {
                redirect.addAttribute("birthYear", birthYear);
            }
            if (nationalId != null) {
                redirect.addAttribute("nationalId", nationalId);
            }
            return "redirect:/certifications";
        }
    }

    @GetMapping("/certifications/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    String certification(@PathVariable Long id, Model model) {
        model.addAttribute("c", certifications.get(id));
        return "legacy/certification";
    }

    @GetMapping("/certifications/{id}/signed.pdf")
    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    ResponseEntity<byte[]> signed(@PathVariable Long id) {
        return DocumentFormat.PDF.download(certifications.signedPdf(id), "xac-nhan-khen-thuong-" + id);
    }

    /** The page a certificate's QR code opens: public, limited per address like the others. */
    @GetMapping("/xac-minh/xn/{code}")
    String verify(@PathVariable String code, Model model, jakarta.servlet.http.HttpServletResponse response) {
        var c = certifications.verify(code).orElse(null);
        model.addAttribute("code", code);
        model.addAttribute("c", c);
        if (c == null) {
            response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND);
        }
        return "legacy/verify";
    }

    private String verifyBase() {
        String base = publicUrl.isBlank()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                : publicUrl;
        return base + "/xac-minh/xn/";
    }

    private static ResponseEntity<byte[]> xlsx(byte[] body, String fileName) {
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }
}
