package vn.thidua.report.dashboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dashboards: awards ({@code /dashboards/awards}), movements and dossiers ({@code /dashboards/dossiers}), block
 * scoring fairness ({@code /dashboards/fairness}); each as a page and as Excel ({@code .xlsx}), each figure linking to
 * the rows behind it.
 */
@Controller
class DashboardPages {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Scope scope;
    private final AwardsDashboard awards;
    private final AwardRows awardRows;
    private final WorkflowDashboard workflow;
    private final FairnessDashboard fairness;
    private final MessageSource messages;
    private final Clock clock;

    DashboardPages(
            Scope scope,
            AwardsDashboard awards,
            AwardRows awardRows,
            WorkflowDashboard workflow,
            FairnessDashboard fairness,
            MessageSource messages,
            Clock clock) {
        this.scope = scope;
        this.awards = awards;
        this.awardRows = awardRows;
        this.workflow = workflow;
        this.fairness = fairness;
        this.messages = messages;
        this.clock = clock;
    }

    /** A period parameter the page cannot read: the page again, naming the field, with what was typed. */
    static final class BadPeriod extends RuntimeException {
        final String field;

        BadPeriod(String field) {
            super(field);
            this.field = field;
        }
    }

    @ModelAttribute("period")
    Period period(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String part,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        try {
            return Period.of(
                    kind,
                    number("year", year),
                    number("part", part),
                    day("from", from),
                    day("to", to),
                    LocalDate.now(clock).getYear());
        } catch (IllegalArgumentException e) {
            throw new BadPeriod(e.getMessage());
        }
    }

    private static Integer number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field);
        }
    }

    private static LocalDate day(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(field);
        }
    }

    @ExceptionHandler(BadPeriod.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badPeriod(BadPeriod e, Model model, jakarta.servlet.http.HttpServletRequest request) {
        model.addAttribute("badField", e.field);
        model.addAttribute("params", request.getParameterMap());
        model.addAttribute("years", years());
        return "report/dashboard/bad-period";
    }

    @GetMapping("/dashboards")
    String index() {
        scope.current();
        return "redirect:/dashboards/awards";
    }

    @GetMapping("/dashboards/awards")
    String awards(@ModelAttribute("period") Period period, Model model) {
        return page("awards", awards.figures(period, scope.current()), model);
    }

    @GetMapping("/dashboards/dossiers")
    String dossiers(@ModelAttribute("period") Period period, Model model) {
        return page("dossiers", workflow.figures(period, scope.current()), model);
    }

    @GetMapping("/dashboards/fairness")
    String fairness(@ModelAttribute("period") Period period, @RequestParam(required = false) Long block, Model model) {
        List<FairnessDashboard.Block> blocks = fairness.blocks(period, scope.current());
        FairnessDashboard.Block chosen = chosen(blocks, block);
        model.addAttribute("blocks", blocks);
        model.addAttribute("block", chosen);
        return page("fairness", chosen == null ? List.of() : fairness.figures(chosen), model);
    }

    private static FairnessDashboard.Block chosen(List<FairnessDashboard.Block> blocks, Long block) {
        if (block == null) {
            return blocks.isEmpty() ? null : blocks.get(0);
        }
        return blocks.stream()
                .filter(b -> b.id() == block)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(String name, List<Figure> figures, Model model) {
        model.addAttribute("dashboard", name);
        model.addAttribute("figures", figures);
        model.addAttribute("years", years());
        model.addAttribute("periodKinds", Period.Kind.values());
        return "report/dashboard/dashboard";
    }

    private List<Integer> years() {
        int now = LocalDate.now(clock).getYear();
        return java.util.stream.IntStream.rangeClosed(now - 15, now)
                .boxed()
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
    }

    @GetMapping("/dashboards/{name}.xlsx")
    ResponseEntity<byte[]> export(
            @PathVariable String name,
            @ModelAttribute("period") Period period,
            @RequestParam(required = false) Long block,
            Locale locale)
            throws IOException {
        Scope.Units units = scope.current();
        List<Figure> figures = switch (name) {
            case "awards" -> awards.figures(period, units);
            case "dossiers" -> workflow.figures(period, units);
            case "fairness" -> {
                FairnessDashboard.Block chosen = chosen(fairness.blocks(period, units), block);
                yield chosen == null ? List.of() : fairness.figures(chosen);
            }
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        String title = messages.getMessage("dashboard." + name + ".title", null, locale);
        String when = messages.getMessage(
                "dashboard.period.range", new Object[] {format(period.from()), format(period.to())}, locale);
        byte[] body = DashboardWorkbook.write(title, when, figures, messages, locale);
        String file = "bang-dieu-khien-" + name + "-" + period.from() + "-" + period.to() + ".xlsx";
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(XLSX)
                .body(body);
    }

    private static String format(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    @GetMapping("/dashboards/awards/rows")
    String awardRows(
            @ModelAttribute("period") Period period,
            @RequestParam(required = false) String award,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) Boolean women,
            @RequestParam(required = false) String tier,
            @RequestParam(required = false) String method,
            @RequestParam(required = false) String unit,
            Model model) {
        AwardRows.Filter filter;
        try {
            filter = new AwardRows.Filter(award, subject, women, tier, method, unit);
        } catch (IllegalArgumentException e) {
            throw new BadPeriod(e.getMessage());
        }
        model.addAttribute("page", awardRows.list(period, scope.current(), filter));
        model.addAttribute("filter", filter);
        model.addAttribute("limit", AwardRows.LIMIT);
        return "report/dashboard/award-rows";
    }

    @GetMapping("/dashboards/dossiers/rows")
    String dossierRows(
            @ModelAttribute("period") Period period,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Boolean decided,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Boolean consultations,
            @RequestParam(required = false) Long unit,
            Model model) {
        if (status != null && !WorkflowDashboard.STAGES.contains(status)) {
            throw new BadPeriod("status");
        }
        List<WorkflowDashboard.DossierFact> rows = workflow.dossiers(period, scope.current()).stream()
                .filter(d -> status == null || d.status().equals(status))
                .filter(d -> decided == null || (d.daysToDecision() != null) == decided)
                .filter(d -> decided == null
                        || decided
                        || d.submittedOn() != null && !WorkflowDashboard.CLOSED.contains(d.status()))
                .filter(d ->
                        !Boolean.TRUE.equals(overdue) || d.overdue() || unit != null && d.overdueConsultations() > 0)
                .filter(d -> !Boolean.TRUE.equals(consultations) || d.overdueConsultations() > 0)
                .filter(d -> unit == null || d.unitId() == unit)
                .toList();
        model.addAttribute("rows", rows);
        return "report/dashboard/dossier-rows";
    }
}
