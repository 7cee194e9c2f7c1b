package vn.thidua.achievement.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.achievement.RecordsImport;
import vn.thidua.organization.ImportJobs;
import vn.thidua.organization.RunningImports;
import vn.thidua.shared.InvalidInput;

/** Back-filling legacy records: the template, and an upload that runs as a followed import job. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST', 'UNIT_OFFICER')")
class RecordsImportController {

    private final RecordsImport records;
    private final RunningImports running;
    private final ImportJobs jobs;

    RecordsImportController(RecordsImport records, RunningImports running, ImportJobs jobs) {
        this.records = records;
        this.running = running;
        this.jobs = jobs;
    }

    @GetMapping("/records/import/template.xlsx")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("mau-nhap-ho-so-thanh-tich.xlsx")
                                .build()
                                .toString())
                .body(records.template());
    }

    @PostMapping("/records/import")
    String upload(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        if (file.isEmpty()) {
            redirect.addFlashAttribute("uploadError", "import.file.empty");
            return "redirect:/people/import";
        }
        byte[] bytes = file.getBytes();
        String name = file.getOriginalFilename() == null
                ? "tep.xlsx"
                : file.getOriginalFilename().replaceAll("[\\\\/]", "_");
        String id;
        try {
            id = start(bytes, name);
        } catch (InvalidInput refused) {
            redirect.addFlashAttribute("uploadError", refused.problems().get(0).messageKey());
            return "redirect:/people/import";
        }
        return "redirect:/imports/" + id;
    }

    private String start(byte[] bytes, String name) {
        return running.start("records", name, job -> {
            var histories = records.read(
                    new ByteArrayInputStream(bytes),
                    (done, total) -> jobs.progress(job, ImportJobs.Phase.READING, done, total));
            int facts = histories.stream()
                    .mapToInt(h -> h.ratings().size()
                            + h.titles().size()
                            + h.awards().size()
                            + h.initiatives().size()
                            + h.discipline().size())
                    .sum();
            jobs.progress(job, ImportJobs.Phase.WRITING, 0, facts);
            return records.write(
                    histories, name, written -> jobs.progress(job, ImportJobs.Phase.WRITING, written, facts));
        });
    }
}
