package vn.thidua.organization.web;

import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.organization.AccessScope;
import vn.thidua.organization.ImportJobs;
import vn.thidua.organization.PeopleImport;
import vn.thidua.organization.RunningImports;
import vn.thidua.organization.UnitsImport;
import vn.thidua.shared.InvalidInput;

/** Downloading the Excel templates, uploading a filled one, and following its progress. */
@Controller
class ImportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PeopleImport peopleImport;
    private final UnitsImport unitsImport;
    private final RunningImports running;
    private final ImportJobs jobs;
    private final AccessScope scope;

    ImportController(
            PeopleImport peopleImport,
            UnitsImport unitsImport,
            RunningImports running,
            ImportJobs jobs,
            AccessScope scope) {
        this.peopleImport = peopleImport;
        this.unitsImport = unitsImport;
        this.running = running;
        this.jobs = jobs;
        this.scope = scope;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST', 'UNIT_OFFICER')")
    @GetMapping("/people/import")
    String page() {
        return "organization/import";
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST', 'UNIT_OFFICER')")
    @GetMapping("/people/import/template.xlsx")
    ResponseEntity<byte[]> peopleTemplate() {
        return xlsx(peopleImport.template(), "mau-nhap-ca-nhan.xlsx");
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @GetMapping("/units/import/template.xlsx")
    ResponseEntity<byte[]> unitsTemplate() {
        return xlsx(unitsImport.template(), "mau-nhap-don-vi.xlsx");
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST', 'UNIT_OFFICER')")
    @PostMapping("/people/import")
    String uploadPeople(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        if (file.isEmpty()) {
            redirect.addFlashAttribute("uploadError", "import.file.empty");
            return "redirect:/people/import";
        }
        try {
            return "redirect:/imports/" + running.importPeople(file.getBytes(), name(file));
        } catch (InvalidInput refused) {
            redirect.addFlashAttribute("uploadError", refused.problems().get(0).messageKey());
            return "redirect:/people/import";
        }
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @PostMapping("/units/import")
    String uploadUnits(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        if (file.isEmpty()) {
            redirect.addFlashAttribute("uploadError", "import.file.empty");
            return "redirect:/people/import";
        }
        try {
            return "redirect:/imports/" + running.importUnits(file.getBytes(), name(file));
        } catch (InvalidInput refused) {
            redirect.addFlashAttribute("uploadError", refused.problems().get(0).messageKey());
            return "redirect:/people/import";
        }
    }

    @GetMapping("/imports/{id}")
    String job(
            @PathVariable String id, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        ImportJobs.Job job = jobs.find(id, scope.actor().username())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("job", job);
        return htmx != null ? "organization/import-job :: status" : "organization/import-job";
    }

    private static String name(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "tep.xlsx" : name.replaceAll("[\\\\/]", "_");
    }

    private static ResponseEntity<byte[]> xlsx(byte[] body, String fileName) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }
}
