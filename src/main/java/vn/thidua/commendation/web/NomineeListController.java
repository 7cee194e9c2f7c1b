package vn.thidua.commendation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.commendation.Dossier;
import vn.thidua.commendation.Dossiers;
import vn.thidua.commendation.NomineesImport;
import vn.thidua.shared.InvalidInput;

/**
 * A nominee list from Excel in two steps (ADR 0032): the upload is kept and shown as read, row by
 * row (individual or collective and why, the award understood, warnings, problems); only the
 * user's confirmation adds the nominees, all or none.
 */
@Controller
class NomineeListController {

    private final Dossiers dossiers;
    private final NomineesImport imports;

    NomineeListController(Dossiers dossiers, NomineesImport imports) {
        this.dossiers = dossiers;
        this.imports = imports;
    }

    @PostMapping("/dossiers/{id}/import")
    String upload(
            @PathVariable Long id, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInput.of("file", "validation.file.required");
            }
            String token = imports.stage(id, bytes(file), file.getOriginalFilename());
            return "redirect:/dossiers/" + id + "/import/" + token;
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
            return "redirect:/dossiers/" + id;
        }
    }

    @GetMapping("/dossiers/{id}/import/{token}")
    String preview(@PathVariable Long id, @PathVariable String token, Model model) {
        Dossier d = dossiers.find(id);
        NomineesImport.Staged staged = staged(id, token);
        model.addAttribute("d", d);
        model.addAttribute("staged", staged);
        try {
            model.addAttribute("reading", imports.preview(id, staged));
        } catch (InvalidInput invalid) {
            model.addAttribute("problems", invalid.problems());
        }
        return "commendation/import-preview";
    }

    @PostMapping("/dossiers/{id}/import/{token}")
    String confirm(
            @PathVariable Long id, @PathVariable String token, @RequestParam int version, RedirectAttributes redirect) {
        NomineesImport.Staged staged = staged(id, token);
        try {
            return "redirect:/imports/" + imports.confirm(id, staged, version);
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
            return "redirect:/dossiers/" + id;
        }
    }

    @PostMapping("/dossiers/{id}/import/{token}/discard")
    String discard(@PathVariable Long id, @PathVariable String token) {
        imports.discard(staged(id, token));
        return "redirect:/dossiers/" + id;
    }

    private NomineesImport.Staged staged(Long id, String token) {
        return imports.staged(id, token).orElseThrow(() -> new vn.thidua.commendation.DossierNotFound(id));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
