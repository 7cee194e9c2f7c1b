package vn.thidua.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.portal.ArticleNotFound;
import vn.thidua.portal.Articles;
import vn.thidua.shared.InvalidInput;

/** The public portal: home, articles with ratings and reader comments; and the editors' back office. */
@Controller
class PortalController {

    private final Articles articles;
    private final RunningMovements running;
    private final vn.thidua.portal.ArticleFiles files;
    private final vn.thidua.portal.Documents documents;
    private final vn.thidua.decision.Certificates certificates;
    private final vn.thidua.decision.HonourRoll honourRoll;
    private final vn.thidua.portal.Links links;
    private final vn.thidua.achievement.AchievementStatistics statistics;

    private final java.time.Clock clock;
    private final String publicUrl;

    private final java.util.List<vn.thidua.portal.SectionFeed> feeds;

    PortalController(
            vn.thidua.achievement.AchievementStatistics statistics,
            vn.thidua.portal.Links links,
            Articles articles,
            RunningMovements running,
            vn.thidua.portal.ArticleFiles files,
            vn.thidua.portal.Documents documents,
            vn.thidua.decision.Certificates certificates,
            vn.thidua.decision.HonourRoll honourRoll,
            java.time.Clock clock,
            @org.springframework.beans.factory.annotation.Value("${thidua.public-url:}") String publicUrl,
            java.util.List<vn.thidua.portal.SectionFeed> feeds) {
        this.feeds = feeds;
        this.clock = clock;
        this.publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
        this.certificates = certificates;
        this.honourRoll = honourRoll;
        this.links = links;
        this.statistics = statistics;
        this.articles = articles;
        this.running = running;
        this.files = files;
        this.documents = documents;
    }

    @GetMapping("/portal")
    String home(Model model) {
        model.addAttribute("articles", articles.published(10));
        model.addAttribute("exemplary", articles.published("guong-dien-hinh", 5));
        model.addAttribute("movements", running.lines().stream().limit(8).toList());
        model.addAttribute("links", links.links());
        return "portal/home";
    }

    /** A section of the portal (chuyên mục): its published articles, newest first. */
    @GetMapping("/portal/chuyen-muc/{category}")
    String category(@PathVariable String category, Model model) {
        if (!Articles.CATEGORIES.contains(category)) {
            throw new ArticleNotFound(category);
        }
        model.addAttribute("category", category);
        model.addAttribute("articles", articles.published(category, 200));
        model.addAttribute(
                "feed",
                feeds.stream()
                        .filter(f -> f.category().equals(category))
                        .flatMap(f -> f.items(100).stream())
                        .toList());
        return "portal/category";
    }

    /** Entries per page of the honour roll (ADR 0026, "paging"). */
    static final int HONOUR_PAGE = 50;

    /** Vinh danh: the people and collectives honoured by signed decisions, and exemplary people's stories. */
    @GetMapping("/portal/vinh-danh")
    String honourRoll(@RequestParam(name = "trang", required = false) String page, Model model) {
        vn.thidua.shared.Paging paging = vn.thidua.shared.Paging.of(page, HONOUR_PAGE);
        var rows = certificates.honourRoll(paging.offset(), paging.size() + 1);
        model.addAttribute("honoured", paging.trim(rows));
        model.addAttribute("paging", paging.after(rows));
        model.addAttribute("exemplary", articles.published("guong-dien-hinh", 20));
        return "portal/honour";
    }

    /** Thống kê: titles and forms given each year, as a table and bars (counts only). */
    @GetMapping("/portal/thong-ke")
    String statistics(@RequestParam(name = "nam", required = false) Integer year, Model model) {
        int thisYear = LocalDate.now(clock).getYear();
        var counts = statistics.perYear(thisYear - 6);
        var years = counts.stream()
                .map(vn.thidua.achievement.AchievementStatistics.Count::year)
                .distinct()
                .sorted()
                .toList();
        var awards = counts.stream()
                .map(vn.thidua.achievement.AchievementStatistics.Count::award)
                .distinct()
                .sorted()
                .toList();
        java.util.Map<String, Long> cell = new java.util.HashMap<>();
        java.util.Map<Integer, Long> perYear = new java.util.TreeMap<>();
        counts.forEach(c -> {
            cell.put(c.award() + "|" + c.year(), c.count());
            perYear.merge(c.year(), c.count(), Long::sum);
        });
        model.addAttribute("years", years);
        model.addAttribute("awards", awards);
        model.addAttribute("cell", cell);
        model.addAttribute("perYear", perYear);
        model.addAttribute(
                "max",
                perYear.values().stream().mapToLong(Long::longValue).max().orElse(1));
        // one year in detail: the one asked for if it has figures, otherwise last year (the year the
        // current round of titles is for), otherwise the latest with figures
        int shown = year != null && years.contains(year)
                ? year
                : years.contains(thisYear - 1)
                        ? thisYear - 1
                        : years.isEmpty() ? thisYear : years.get(years.size() - 1);
        var breakdown = statistics.breakdown(shown);
        long individuals = breakdown.stream().mapToLong(b -> b.individuals()).sum();
        long direct = breakdown.stream().mapToLong(b -> b.directWorkers()).sum();
        model.addAttribute("year", shown);
        model.addAttribute("breakdown", breakdown);
        model.addAttribute("individuals", individuals);
        model.addAttribute("direct", direct);
        model.addAttribute("directPercent", individuals == 0 ? 0 : Math.round(100.0 * direct / individuals));
        return "portal/statistics";
    }

    /** Search across articles, documents and the honour roll from the word indexes, diacritics ignored (ADR 0028). */
    @GetMapping("/portal/tim-kiem")
    String search(@RequestParam(required = false) String q, Model model) {
        String folded = q == null ? "" : vn.thidua.shared.VietnameseText.fold(q).strip();
        model.addAttribute("q", q);
        if (folded.length() >= 2) {
            model.addAttribute("articles", articles.search(folded, 200));
            model.addAttribute("documents", documents.search(folded, 200));
            model.addAttribute("honoured", honourRoll.search(folded, 200));
        }
        return "portal/search";
    }

    /** RSS 2.0 of the latest published articles. */
    @GetMapping(value = "/portal/rss.xml", produces = "application/rss+xml;charset=UTF-8")
    @org.springframework.web.bind.annotation.ResponseBody
    String rss() {
        String base = base();
        StringBuilder xml =
                new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                        + "<title>Thi đua, khen thưởng tỉnh Tây Ninh</title><link>" + base + "/portal</link>"
                        + "<description>Tin tức thi đua, khen thưởng</description><language>vi</language>");
        for (Articles.Article a : articles.published(20)) {
            xml.append("<item><title>")
                    .append(xml(a.title()))
                    .append("</title><link>")
                    .append(base)
                    .append("/portal/bai-viet/")
                    .append(a.slug())
                    .append("</link><guid>")
                    .append(base)
                    .append("/portal/bai-viet/")
                    .append(a.slug())
                    .append("</guid>");
            if (a.publishedAt() != null) {
                xml.append("<pubDate>")
                        .append(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                a.publishedAt().atZone(clock.getZone())))
                        .append("</pubDate>");
            }
            xml.append("<description>")
                    .append(xml(a.summary() == null ? "" : a.summary()))
                    .append("</description></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    /** The sitemap of the public pages for search engines. */
    @GetMapping(value = "/portal/sitemap.xml", produces = "application/xml;charset=UTF-8")
    @org.springframework.web.bind.annotation.ResponseBody
    String sitemap() {
        String base = base();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        java.util.List<String> pages = new java.util.ArrayList<>(
                java.util.List.of("/portal", "/portal/vinh-danh", "/portal/thong-ke", "/cong-khai"));
        Articles.CATEGORIES.forEach(c -> pages.add("/portal/chuyen-muc/" + c));
        for (vn.thidua.portal.Documents.Section section : vn.thidua.portal.Documents.Section.values()) {
            pages.add("/portal/van-ban?section=" + section);
            documents.published(section).forEach(d -> pages.add("/portal/van-ban/" + d.id()));
        }
        running.lines()
                .forEach(l -> pages.add("/portal/phong-trao/" + l.movement().getId()));
        for (String page : pages) {
            xml.append("<url><loc>").append(base).append(xml(page)).append("</loc></url>");
        }
        for (Articles.Article a : articles.published(10_000)) {
            xml.append("<url><loc>")
                    .append(base)
                    .append("/portal/bai-viet/")
                    .append(a.slug())
                    .append("</loc></url>");
        }
        return xml.append("</urlset>").toString();
    }

    /**
     * The site's address for links read elsewhere (RSS, sitemap): {@code thidua.public-url}, required
     * in production; only a development machine without one falls back to the request's own address.
     */
    private String base() {
        return publicUrl.isEmpty()
                ? org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                        .toUriString()
                : publicUrl;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** The verification form's target: the code as printed (any case, spaces) to its page. */
    @GetMapping("/portal/xac-minh")
    String verify(@RequestParam(required = false) String code) {
        String clean = code == null ? "" : code.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        return clean.matches("[A-Z0-9]{1,40}") ? "redirect:/xac-minh/" + clean : "redirect:/portal";
    }

    /** Every movement under way, with how far each has come. */
    @GetMapping("/portal/phong-trao")
    String movements(Model model) {
        model.addAttribute("movements", running.lines());
        return "portal/movements";
    }

    /** A movement under way: theme, period, criteria, what it offers, its basis and how far it has come. */
    @GetMapping("/portal/phong-trao/{id}")
    String movement(@PathVariable Long id, Model model) {
        RunningMovements.Line line = running.byId(id).orElseThrow(() -> new vn.thidua.movement.MovementNotFound(id));
        model.addAttribute("line", line);
        model.addAttribute("m", line.movement());
        return "portal/movement";
    }

    @GetMapping("/portal/bai-viet/{slug}")
    String article(@PathVariable String slug, Model model, HttpServletRequest request) {
        Articles.Article a = articles.read(slug).orElseThrow(() -> new ArticleNotFound(slug));
        request.setAttribute(PortalPageCache.ARTICLE, a.id());
        model.addAttribute("a", a);
        model.addAttribute("comments", articles.comments(a.id()));
        model.addAttribute("files", files.of(a.id()));
        model.addAttribute(
                "movement",
                a.movementId() == null ? null : running.byId(a.movementId()).orElse(null));
        model.addAttribute("zone", clock.getZone());
        return "portal/article";
    }

    /** An image or file of a published article: images shown in the page, other files downloaded. */
    @GetMapping("/portal/bai-viet/{slug}/tep/{fileId}")
    org.springframework.http.ResponseEntity<byte[]> articleFile(@PathVariable String slug, @PathVariable long fileId) {
        Articles.Article a = articles.read(slug).orElseThrow(() -> new ArticleNotFound(slug));
        return PublicFiles.serve(
                files.published(a.id(), fileId).orElseThrow(() -> new ArticleNotFound(slug + "/" + fileId)));
    }

    @PostMapping("/portal/bai-viet/{slug}/danh-gia")
    String rate(
            @PathVariable String slug,
            @RequestParam Long articleId,
            @RequestParam(defaultValue = "0") int stars,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            articles.rate(articleId, (String) request.getAttribute(Visitors.ATTRIBUTE), request.getRemoteAddr(), stars);
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
            articles.comment(
                    articleId,
                    parentId,
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
        return "redirect:/portal/bai-viet/" + slug + "#y-kien";
    }

    // ---- the editors

    @GetMapping("/portal/bien-tap")
    String editor(Model model) {
        model.addAttribute("all", articles.all());
        model.addAttribute("pending", articles.pending());
        model.addAttribute("categories", Articles.CATEGORIES);
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
                            : publishedOn.atStartOfDay(clock.getZone()).toInstant(),
                    author);
            redirect.addFlashAttribute("saved", "form.saved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
        }
        return "redirect:/portal/bien-tap";
    }

    /** One article in the back office: its text to change, its images and files. */
    @GetMapping("/portal/bien-tap/bai-viet/{id}")
    String editArticle(@PathVariable Long id, Model model) {
        Articles.Article a = articles.byId(id);
        model.addAttribute("a", a);
        model.addAttribute("files", files.of(id));
        model.addAttribute("categories", Articles.CATEGORIES);
        model.addAttribute(
                "publishedOn",
                a.publishedAt() == null
                        ? null
                        : a.publishedAt().atZone(clock.getZone()).toLocalDate());
        return "portal/article-editor";
    }

    @PostMapping("/portal/bien-tap/bai-viet/{id}")
    String update(
            @PathVariable Long id,
            @RequestParam int version,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String summary,
            @RequestParam(required = false) String body,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn,
            @RequestParam(required = false) String author,
            RedirectAttributes redirect) {
        Articles.Article before = articles.byId(id);
        // the day chosen, at the time of day the article had (the seed article keeps its 15:53)
        java.time.Instant at = publishedOn == null
                ? null
                : before.publishedAt() != null
                                && before.publishedAt()
                                        .atZone(clock.getZone())
                                        .toLocalDate()
                                        .equals(publishedOn)
                        ? before.publishedAt()
                        : publishedOn.atStartOfDay(clock.getZone()).toInstant();
        try {
            articles.update(id, version, category, title, summary, body, at, author);
            redirect.addFlashAttribute("saved", "form.saved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
        }
        return "redirect:/portal/bien-tap/bai-viet/" + id;
    }

    @PostMapping("/portal/bien-tap/bai-viet/{id}/tep")
    String attach(
            @PathVariable Long id,
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
            @RequestParam(required = false) String caption,
            RedirectAttributes redirect)
            throws java.io.IOException {
        try {
            files.attach(id, file.getOriginalFilename(), file.getBytes(), caption);
            redirect.addFlashAttribute("saved", "form.saved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
        }
        return "redirect:/portal/bien-tap/bai-viet/" + id;
    }

    @PostMapping("/portal/bien-tap/bai-viet/{id}/tep/{fileId}/xoa")
    String detach(@PathVariable Long id, @PathVariable long fileId, RedirectAttributes redirect) {
        files.remove(id, fileId);
        redirect.addFlashAttribute("saved", "form.saved");
        return "redirect:/portal/bien-tap/bai-viet/" + id;
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
