package vn.thidua.report.form;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.thidua.shared.Gender;
import vn.thidua.shared.InvalidInput;

/** The statistical forms and yearly tables: the index, each form for a period, the rows behind a figure, exports. */
@Controller
class ReportFormsController {

    private final ReportForms reports;
    private final StaffRegister staff;
    private final Clock clock;

    ReportFormsController(ReportForms reports, StaffRegister staff, Clock clock) {
        this.reports = reports;
        this.staff = staff;
        this.clock = clock;
    }

    /** The period from the query: kind, year, n (half, quarter or month), from and to (a range). */
    private Period period(String kind, Integer year, Integer n, LocalDate from, LocalDate to) {
        Period.Kind k;
        try {
            k = kind == null || kind.isBlank() ? Period.Kind.YEAR : Period.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("period", "validation.report.period");
        }
        int y = year != null ? year : LocalDate.now(clock).getYear() - 1;
        return Period.of(k, y, n == null ? 1 : n, from, to);
    }

    static String query(Period p) {
        UriComponentsBuilder b =
                UriComponentsBuilder.newInstance().queryParam("kind", p.kind().name());
        if (p.kind() == Period.Kind.RANGE) {
            b.queryParam("from", p.from()).queryParam("to", p.to());
        } else {
            b.queryParam("year", p.from().getYear());
            if (p.number() > 0) {
                b.queryParam("n", p.number());
            }
        }
        return b.build().toUriString();
    }

    private void periodModel(Model model, Period p) {
        model.addAttribute("period", p);
        model.addAttribute("periodQuery", query(p));
        model.addAttribute("kinds", Period.Kind.values());
    }

    @GetMapping("/reports")
    String index(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer n,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        Period p = period(kind, year, n, from, to);
        periodModel(model, p);
        model.addAttribute("forms", reports.forms());
        model.addAttribute("mayEnter", reports.mayEnter());
        return "report/forms";
    }

    @GetMapping("/reports/forms/{id}")
    String form(
            @PathVariable String id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer n,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        Period p = period(kind, year, n, from, to);
        periodModel(model, p);
        FormTable t = reports.compute(id, p);
        model.addAttribute("t", t);
        model.addAttribute("f", t.form());
        model.addAttribute("groups", FormExport.groups(t.form()));
        model.addAttribute("mayEnter", reports.mayEnter() && t.form().hasInputs());
        model.addAttribute("outOfForce", !t.form().inForce(p.to()));
        if (t.form().hasInputs()) {
            model.addAttribute("inputs", reports.inputs(id, p.from().getYear()));
        }
        return "report/form";
    }

    @GetMapping("/reports/forms/{id}/cell")
    String cell(
            @PathVariable String id,
            @RequestParam String row,
            @RequestParam String col,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer n,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        Period p = period(kind, year, n, from, to);
        periodModel(model, p);
        FormDefinition f = reports.form(id, p);
        List<Fact> facts = reports.behind(id, p, row, col);
        List<Fact> shown = facts.size() > 2000 ? facts.subList(0, 2000) : facts;
        Set<Long> unitIds = new HashSet<>();
        shown.forEach(x -> {
            if (x.unitId() != null) {
                unitIds.add(x.unitId());
            }
        });
        model.addAttribute("f", f);
        model.addAttribute("row", f.row(row));
        model.addAttribute("col", f.column(col));
        model.addAttribute("facts", shown);
        model.addAttribute("total", facts.size());
        model.addAttribute("units", reports.unitNames(unitIds));
        return "report/cell";
    }

    @GetMapping({"/reports/forms/{id}/export.xlsx", "/reports/forms/{id}/export.pdf"})
    Object export(
            @PathVariable String id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer n,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String preparer,
            @RequestParam(required = false) String head,
            jakarta.servlet.http.HttpServletRequest request,
            RedirectAttributes redirect) {
        Period p = period(kind, year, n, from, to);
        FormTable t = reports.compute(id, p);
        if (!t.exportable()) {
            redirect.addFlashAttribute("blocked", t.problems().size());
            return "redirect:/reports/forms/" + t.form().id() + query(p);
        }
        boolean pdf = request.getRequestURI().endsWith(".pdf");
        String who = preparer == null || preparer.isBlank() ? reports.preparer() : preparer.strip();
        String boss = head == null ? "" : head.strip();
        if (who.length() > 200 || boss.length() > 200) {
            throw InvalidInput.of("input", "validation.input.tooLong");
        }
        LocalDate today = LocalDate.now(clock);
        byte[] body = pdf ? FormExport.pdf(t, who, boss, today) : FormExport.excel(t, who, boss, today);
        String name = "bieu-" + t.form().id().toLowerCase(java.util.Locale.ROOT) + "-" + p.from() + "-" + p.to()
                + (pdf ? ".pdf" : ".xlsx");
        return ResponseEntity.ok()
                .contentType(
                        pdf
                                ? MediaType.APPLICATION_PDF
                                : MediaType.parseMediaType(
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }

    @PostMapping("/reports/forms/{id}/inputs")
    String saveInputs(
            @PathVariable String id,
            @RequestParam int year,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        Period p = Period.of(Period.Kind.YEAR, year, 0, null, null);
        FormDefinition f = reports.form(id, p);
        Map<String, Map<String, BigDecimal>> figures = new LinkedHashMap<>();
        List<InvalidInput.Problem> problems = new ArrayList<>();
        for (FormDefinition.Row r : f.rows()) {
            for (FormDefinition.Column c : f.columns()) {
                if (!c.input()) {
                    continue;
                }
                String raw = params.get("in_" + r.code() + "_" + c.code());
                if (raw == null || raw.isBlank()) {
                    continue;
                }
                try {
                    BigDecimal v = new BigDecimal(raw.strip().replace(" ", "").replace(',', '.'));
                    if (v.signum() < 0 || v.compareTo(new BigDecimal("1000000000000")) > 0) {
                        throw new NumberFormatException();
                    }
                    figures.computeIfAbsent(r.code(), k -> new LinkedHashMap<>())
                            .put(c.code(), v);
                } catch (NumberFormatException e) {
                    problems.add(InvalidInput.Problem.of(
                            "input", "validation.report.inputCell", r.code(), c.code(), raw.strip()));
                }
            }
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("problems", problems);
            redirect.addFlashAttribute("typed", params);
        } else {
            reports.saveInputs(f.id(), year, figures);
            redirect.addFlashAttribute("saved", "form.saved");
        }
        return "redirect:/reports/forms/" + f.id() + query(p);
    }

    // ---- the staff register (0605.N)

    @GetMapping("/reports/staff")
    String staff(Model model) {
        model.addAttribute("staff", staff.list());
        model.addAttribute("trainings", StaffRegister.Training.values());
        model.addAttribute("genders", Gender.values());
        return "report/staff";
    }

    @PostMapping("/reports/staff")
    String saveStaff(
            @RequestParam(required = false) Long id,
            @RequestParam(defaultValue = "0") int version,
            @RequestParam(required = false) String fullName,
            @RequestParam(required = false) String gender,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
            @RequestParam(required = false) String training,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn,
            @RequestParam(required = false) String position,
            RedirectAttributes redirect) {
        try {
            staff.save(new StaffRegister.Staff(
                    id,
                    fullName,
                    parse(Gender.class, gender),
                    birthDate,
                    parse(StaffRegister.Training.class, training),
                    startedOn,
                    leftOn,
                    position,
                    version));
            redirect.addFlashAttribute("saved", "form.saved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
            Map<String, Object> typed = new LinkedHashMap<>();
            typed.put("id", id);
            typed.put("fullName", fullName);
            typed.put("gender", gender);
            typed.put("birthDate", birthDate);
            typed.put("training", training);
            typed.put("startedOn", startedOn);
            typed.put("leftOn", leftOn);
            typed.put("position", position);
            redirect.addFlashAttribute("typed", typed);
        }
        return "redirect:/reports/staff";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
