package vn.thidua.exemplary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.thidua.attachment.Attachments;
import vn.thidua.attachment.Owner;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.shared.InvalidInput;

/** The register's screens: list (with Excel export), new and edit form, detail with actions, events. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST', 'UNIT_OFFICER', 'UNIT_LEADER')")
class ExemplaryController {

    private static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");

    private final ExemplaryRegister register;
    private final HonouringEvents honouring;
    private final UnitDirectory units;
    private final Attachments attachments;
    private final MessageSource messages;

    ExemplaryController(
            ExemplaryRegister register,
            HonouringEvents honouring,
            UnitDirectory units,
            Attachments attachments,
            MessageSource messages) {
        this.register = register;
        this.honouring = honouring;
        this.units = units;
        this.attachments = attachments;
        this.messages = messages;
    }

    @GetMapping("/exemplary")
    String list(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "stage", required = false) Stage stage,
            Model model) {
        model.addAttribute("examples", register.list(q, stage));
        model.addAttribute("q", q);
        model.addAttribute("stage", stage);
        model.addAttribute("stages", Stage.values());
        return "exemplary/list";
    }

    @GetMapping("/exemplary/export.xlsx")
    ResponseEntity<byte[]> export(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "stage", required = false) Stage stage) {
        List<ExemplaryRegister.Example> examples = register.list(q, stage);
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Điển hình tiên tiến");
            String[] header = {
                "STT",
                "Tên",
                "Loại",
                "Đơn vị",
                "Lĩnh vực",
                "Thành tích, việc làm",
                "Người, nơi phát hiện",
                "Ngày phát hiện",
                "Giai đoạn",
                "Người thẩm định",
                "Đồng ý công khai"
            };
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                top.createCell(c).setCellValue(header[c]);
            }
            int r = 1;
            for (ExemplaryRegister.Example e : examples) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r++);
                row.createCell(1).setCellValue(e.name());
                row.createCell(2).setCellValue(text("exemplary.kind." + e.kind()));
                row.createCell(3).setCellValue(e.unitName());
                row.createCell(4).setCellValue(e.field());
                row.createCell(5).setCellValue(e.deed());
                row.createCell(6).setCellValue(e.foundBy());
                row.createCell(7)
                        .setCellValue(e.foundOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
                row.createCell(8).setCellValue(text("exemplary.stage." + e.stage()));
                row.createCell(9).setCellValue(e.verifiedBy() == null ? "" : e.verifiedBy());
                row.createCell(10).setCellValue(e.consent() ? "Có" : "Không");
            }
            book.write(out);
            return xlsx(out.toByteArray(), "dien-hinh-tien-tien.xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/exemplary/new")
    String newForm(Model model) {
        model.addAttribute("e", null);
        model.addAttribute("draft", new ExemplaryRegister.Draft(null, "", null, null, "", "", "", null));
        return form(model);
    }

    @PostMapping("/exemplary")
    String create(Draft form, Model model, RedirectAttributes redirect) {
        try {
            var created = register.create(form.draft());
            redirect.addFlashAttribute("saved", "form.saved");
            return "redirect:/exemplary/" + created.id();
        } catch (InvalidInput invalid) {
            model.addAttribute("problems", invalid.problems());
            model.addAttribute("e", null);
            model.addAttribute("draft", form.draft());
            return form(model);
        }
    }

    @GetMapping("/exemplary/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        var e = register.find(id);
        model.addAttribute("e", e);
        model.addAttribute(
                "draft",
                new ExemplaryRegister.Draft(
                        e.kind(), e.name(), e.personId(), e.unitId(), e.field(), e.deed(), e.foundBy(), e.foundOn()));
        return form(model);
    }

    @PostMapping("/exemplary/{id}")
    String update(
            @PathVariable Long id, @RequestParam int version, Draft form, Model model, RedirectAttributes redirect) {
        try {
            register.update(id, version, form.draft());
            redirect.addFlashAttribute("saved", "form.saved");
            return "redirect:/exemplary/" + id;
        } catch (InvalidInput invalid) {
            model.addAttribute("problems", invalid.problems());
            model.addAttribute("e", register.find(id));
            model.addAttribute("draft", form.draft());
            return form(model);
        }
    }

    private String form(Model model) {
        model.addAttribute("kinds", ExampleKind.values());
        model.addAttribute("units", units.currentInScope());
        return "exemplary/form";
    }

    @GetMapping("/exemplary/{id}")
    String detail(@PathVariable Long id, Model model) {
        var e = register.find(id);
        model.addAttribute("e", e);
        model.addAttribute("stages", register.stages(id));
        model.addAttribute("awards", register.awards(e));
        model.addAttribute("titles", register.titles(e));
        model.addAttribute("events", honouring.of(id));
        model.addAttribute("files", attachments.of(Owner.of(ExemplaryEvidence.KIND, id)));
        return "exemplary/detail";
    }

    @PostMapping("/exemplary/{id}/verify")
    String verify(@PathVariable Long id, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, () -> register.verify(id, version));
    }

    @PostMapping("/exemplary/{id}/advance")
    String advance(
            @PathVariable Long id,
            @RequestParam int version,
            @RequestParam Stage target,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> register.advance(id, version, target, note));
    }

    @PostMapping("/exemplary/{id}/consent")
    String consent(
            @PathVariable Long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "false") boolean given,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate consentOn,
            @RequestParam(required = false) String consentNote,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> register.consent(id, version, given, consentOn, consentNote));
    }

    @PostMapping("/exemplary/{id}/evidence")
    String evidence(@PathVariable Long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
        register.find(id);
        return act(id, redirect, () -> {
            try {
                return attachments.attach(
                        Owner.of(ExemplaryEvidence.KIND, id), "evidence", file.getOriginalFilename(), file.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @GetMapping("/exemplary/events")
    String events(Model model) {
        model.addAttribute("events", honouring.list());
        model.addAttribute("kinds", EventKind.values());
        return "exemplary/events";
    }

    @PostMapping("/exemplary/events")
    String createEvent(
            @RequestParam(required = false) EventKind kind,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam(required = false) String place,
            RedirectAttributes redirect) {
        try {
            var created = honouring.create(kind, title, heldOn, place);
            redirect.addFlashAttribute("saved", "form.saved");
            return "redirect:/exemplary/events/" + created.id();
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
            return "redirect:/exemplary/events";
        }
    }

    @GetMapping("/exemplary/events/{id}")
    String event(@PathVariable Long id, Model model) {
        model.addAttribute("ev", honouring.find(id));
        model.addAttribute("honoured", honouring.honoured(id));
        model.addAttribute(
                "candidates",
                register.list(null, null).stream()
                        .filter(e -> e.verified() && (e.stage() == Stage.REPLICATED || e.stage() == Stage.HONOURED))
                        .toList());
        return "exemplary/event";
    }

    @PostMapping("/exemplary/events/{id}/honour")
    String honour(
            @PathVariable Long id,
            @RequestParam Long exampleId,
            @RequestParam(required = false) String citation,
            RedirectAttributes redirect) {
        try {
            honouring.honour(id, exampleId, citation);
            redirect.addFlashAttribute("saved", "form.saved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
        }
        return "redirect:/exemplary/events/" + id;
    }

    private String act(Long id, RedirectAttributes redirect, java.util.function.Supplier<?> work) {
        try {
            work.get();
            redirect.addFlashAttribute("saved", "form.saved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
        }
        return "redirect:/exemplary/" + id;
    }

    static ResponseEntity<byte[]> xlsx(byte[] body, String fileName) {
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, VI);
    }

    /** The form's fields as posted. */
    record Draft(
            ExampleKind kind,
            String name,
            Long personId,
            Long unitId,
            String field,
            String deed,
            String foundBy,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundOn) {

        ExemplaryRegister.Draft draft() {
            return new ExemplaryRegister.Draft(kind, name, personId, unitId, field, deed, foundBy, foundOn);
        }
    }
}
