package vn.thidua.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.movement.LaunchingMovements;
import vn.thidua.portal.ArticleNotFound;
import vn.thidua.portal.Articles;
import vn.thidua.portal.Counters;
import vn.thidua.shared.InvalidInput;

/** The public portal: home, articles with ratings and reader comments; and the editors' back office. */
@Controller
class PortalController {

    private final Articles articles;
    private final Counters counters;
    private final LaunchingMovements movements;

    PortalController(Articles articles, Counters counters, LaunchingMovements movements) {
        this.articles = articles;
        this.counters = counters;
        this.movements = movements;
    }

    @ModelAttribute("stats")
    Counters.Stats stats() {
        return counters.stats();
    }

    @GetMapping("/portal")
    String home(Model model) {
        model.addAttribute("articles", articles.published(10));
        model.addAttribute("movements", movements.running().stream().limit(8).toList());
        return "portal/home";
    }

    /** The verification form's target: the code as printed (any case, spaces) to its page. */
    @GetMapping("/portal/xac-minh")
    String verify(@RequestParam(required = false) String code) {
        String clean = code == null ? "" : code.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        return clean.matches("[A-Z0-9]{1,40}") ? "redirect:/xac-minh/" + clean : "redirect:/portal";
    }

    @GetMapping("/portal/bai-viet/{slug}")
    String article(@PathVariable String slug, Model model) {
        Articles.Article a = articles.read(slug).orElseThrow(() -> new ArticleNotFound(slug));
        model.addAttribute("a", a);
        model.addAttribute("comments", articles.comments(a.id()));
        model.addAttribute("zone", ZoneId.of("Asia/Ho_Chi_Minh"));
        return "portal/article";
    }

    @PostMapping("/portal/bai-viet/{slug}/danh-gia")
    String rate(
            @PathVariable String slug,
            @RequestParam Long articleId,
            @RequestParam(defaultValue = "0") int stars,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            articles.rate(articleId, (String) request.getAttribute(VisitorFilter.ATTRIBUTE), stars);
            redirect.addFlashAttribute("saved", "portal.rated");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
        }
        return "redirect:/portal/bai-viet/" + slug + "#danh-gia";
    }

    @PostMapping("/portal/bai-viet/{slug}/y-kien")
    String comment(
            @PathVariable String slug,
            @RequestParam Long articleId,
            @RequestParam(required = false) Long parentId,
            @RequestParam(required = false) String authorName,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String body,
            @RequestParam(name = "website", required = false) String trap,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            articles.comment(articleId, parentId, authorName, email, body, request.getRemoteAddr(), trap);
            redirect.addFlashAttribute("saved", "portal.commentHeld");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
        }
        return "redirect:/portal/bai-viet/" + slug + "#y-kien";
    }

    // ---- the editors

    @GetMapping("/portal/bien-tap")
    String editor(Model model) {
        model.addAttribute("all", articles.all());
        model.addAttribute("pending", articles.pending());
        return "portal/editor";
    }

    @PostMapping("/portal/bien-tap/bai-viet")
    String write(
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String summary,
            @RequestParam(required = false) String body,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn,
            @RequestParam(required = false) String author,
            RedirectAttributes redirect) {
        try {
            articles.write(
                    category,
                    title,
                    summary,
                    body,
                    publishedOn == null
                            ? null
                            : publishedOn
                                    .atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh"))
                                    .toInstant(),
                    author);
            redirect.addFlashAttribute("saved", "form.saved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
        }
        return "redirect:/portal/bien-tap";
    }

    @PostMapping("/portal/bien-tap/bai-viet/{id}/trang-thai")
    String status(
            @PathVariable Long id,
            @RequestParam int version,
            @RequestParam Articles.Status status,
            RedirectAttributes redirect) {
        articles.setStatus(id, version, status);
        redirect.addFlashAttribute("saved", "form.saved");
        return "redirect:/portal/bien-tap";
    }

    @PostMapping("/portal/bien-tap/y-kien/{id}")
    String moderate(@PathVariable Long id, @RequestParam boolean approve, RedirectAttributes redirect) {
        articles.moderate(id, approve);
        redirect.addFlashAttribute("saved", "form.saved");
        return "redirect:/portal/bien-tap";
    }
}
