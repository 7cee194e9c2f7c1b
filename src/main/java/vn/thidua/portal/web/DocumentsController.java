package vn.thidua.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.portal.ArticleNotFound;
import vn.thidua.portal.Documents;
import vn.thidua.shared.InvalidInput;

/** The portal's documents by section, a document with its files and (for drafts) the comment form. */
@Controller
class DocumentsController {

    private final Documents documents;

    DocumentsController(Documents documents) {
        this.documents = documents;
    }

    @GetMapping("/portal/van-ban")
    String list(@RequestParam(defaultValue = "DIRECTIVE") Documents.Section section, Model model) {
        model.addAttribute("section", section);
        model.addAttribute("sections", Documents.Section.values());
        var published = documents.published(section);
        model.addAttribute("documents", published);
        if (section == Documents.Section.MEETING) {
            // the meetings to come, soonest first, by day; then those held, latest first
            LocalDate today = documents.today();
            model.addAttribute(
                    "comingByDay",
                    published.stream()
                            .filter(d -> d.upcoming(today))
                            .sorted(java.util.Comparator.comparing(Documents.Document::meetingAt))
                            .collect(java.util.stream.Collectors.groupingBy(
                                    d -> d.meetingAt().toLocalDate(),
                                    java.util.TreeMap::new,
                                    java.util.stream.Collectors.toList())));
            model.addAttribute(
                    "held", published.stream().filter(d -> !d.upcoming(today)).toList());
        }
        return "portal/documents";
    }

    @GetMapping("/portal/van-ban/{id}")
    String detail(@PathVariable Long id, Model model) {
        Documents.Document d = documents.publishedById(id).orElseThrow(() -> new ArticleNotFound(String.valueOf(id)));
        model.addAttribute("d", d);
        model.addAttribute("files", documents.files(id));
        model.addAttribute("related", documents.related(d));
        model.addAttribute("open", d.openForComment(documents.today()));
        return "portal/document";
    }

    @PostMapping("/portal/van-ban/{id}/gop-y")
    String comment(
            @PathVariable Long id,
            @RequestParam(required = false) String authorName,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String body,
            @RequestParam(name = "website", required = false) String trap,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            documents.comment(
                    id,
                    authorName,
                    email,
                    body,
                    request.getRemoteAddr(),
                    (String) request.getAttribute(Visitors.ATTRIBUTE),
                    trap);
            redirect.addFlashAttribute("saved", "portal.commentHeld");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
        }
        return "redirect:/portal/van-ban/" + id;
    }

    @GetMapping("/portal/van-ban/{id}/tep/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable Long id, @PathVariable Long fileId) {
        return PublicFiles.serve(
                documents.file(id, fileId).orElseThrow(() -> new ArticleNotFound(String.valueOf(fileId))));
    }

    // ---- the editors

    @GetMapping("/portal/bien-tap/van-ban")
    String editor(Model model) {
        model.addAttribute("all", documents.all());
        model.addAttribute("sections", Documents.Section.values());
        return "portal/documents-editor";
    }

    /** What the editors' document form sends. */
    record DocumentForm(
            Documents.Section section,
            String numberSymbol,
            String issuer,
            String signer,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
            String title,
            String summary,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate commentFrom,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate commentTo,
            String related,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            java.time.LocalDateTime meetingAt,

            String venue) {

        Documents.Input input() {
            return new Documents.Input(
                    section,
                    numberSymbol,
                    issuer,
                    signer,
                    issuedOn,
                    validFrom,
                    validTo,
                    title,
                    summary,
                    commentFrom,
                    commentTo,
                    related,
                    meetingAt,
                    venue);
        }
    }

    @PostMapping("/portal/bien-tap/van-ban")
    String create(
            @ModelAttribute DocumentForm form,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) {
        try {
            documents.create(
                    form.input(),
                    file == null || file.isEmpty() ? null : file.getOriginalFilename(),
                    file == null || file.isEmpty() ? null : file.getBytes());
            redirect.addFlashAttribute("saved", "form.saved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/portal/bien-tap/van-ban";
    }

    /** One document in the back office: its fields to change, its files. */
    @GetMapping("/portal/bien-tap/van-ban/{id}")
    String editDocument(@PathVariable Long id, Model model) {
        model.addAttribute("d", documents.byId(id));
        model.addAttribute("files", documents.files(id));
        model.addAttribute("sections", Documents.Section.values());
        return "portal/document-editor";
    }

    @PostMapping("/portal/bien-tap/van-ban/{id}")
    String update(
            @PathVariable Long id,
            @RequestParam int version,
            @ModelAttribute DocumentForm form,
            RedirectAttributes redirect) {
        try {
            documents.update(id, version, form.input());
            redirect.addFlashAttribute("saved", "form.saved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
        }
        return "redirect:/portal/bien-tap/van-ban/" + id;
    }

    @PostMapping("/portal/bien-tap/van-ban/{id}/tep")
    String addFile(@PathVariable Long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        try {
            documents.attach(id, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("saved", "form.saved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
        }
        return "redirect:/portal/bien-tap/van-ban/" + id;
    }

    @PostMapping("/portal/bien-tap/van-ban/{id}/tep/{fileId}/xoa")
    String removeFile(@PathVariable Long id, @PathVariable long fileId, RedirectAttributes redirect) {
        documents.removeFile(id, fileId);
        redirect.addFlashAttribute("saved", "form.saved");
        return "redirect:/portal/bien-tap/van-ban/" + id;
    }

    @PostMapping("/portal/bien-tap/van-ban/{id}/dang")
    String publish(@PathVariable Long id, @RequestParam boolean published, RedirectAttributes redirect) {
        documents.publish(id, published);
        redirect.addFlashAttribute("saved", "form.saved");
        return "redirect:/portal/bien-tap/van-ban";
    }
}
