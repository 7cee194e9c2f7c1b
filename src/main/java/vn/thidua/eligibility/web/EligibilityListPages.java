package vn.thidua.eligibility.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.eligibility.EligibilityLists;
import vn.thidua.eligibility.Explanations;
import vn.thidua.eligibility.Quotas;
import vn.thidua.organization.UnitDirectory;

/** Who is eligible in a unit for a year, with the near misses; on screen and as an Excel file. */
@Controller
class EligibilityListPages {

    private final EligibilityLists lists;
    private final UnitDirectory units;
    private final MessageSource messages;

    private final java.time.Clock clock;

    EligibilityListPages(EligibilityLists lists, UnitDirectory units, MessageSource messages, java.time.Clock clock) {
        this.clock = clock;
        this.lists = lists;
        this.units = units;
        this.messages = messages;
    }

    /** One line of the list as the officer reads it. */
    record Line(
            Long subjectId,
            boolean person,
            String kind,
            String name,
            String unit,
            String award,
            List<String> reasons,
            List<String> assumed,
            boolean priority) {}

    @GetMapping("/eligibility")
    String list(
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Integer year,
            Locale locale,
            Model model) {
        int judged = year != null ? year : LocalDate.now(clock).getYear() - 1;
        var options = units.currentInScope();
        model.addAttribute("units", options);
        model.addAttribute("year", judged);
        model.addAttribute(
                "years",
                java.util.stream.IntStream.rangeClosed(
                                2019, LocalDate.now(clock).getYear())
                        .boxed()
                        .sorted(java.util.Comparator.reverseOrder())
                        .toList());
        if (unit == null) {
            return "eligibility/list";
        }
        EligibilityLists.UnitList list = lists.forUnit(unit, judged);
        model.addAttribute("unitId", unit);
        model.addAttribute("list", list);
        model.addAttribute("eligible", lines(list.eligible(), locale));
        model.addAttribute("near", lines(list.nearMisses(), locale));
        model.addAttribute("quotas", quotaLines(list.quotas(), locale));
        model.addAttribute("priorityShares", priorityLines(list.priorityShares(), locale));
        return "eligibility/list";
    }

    @GetMapping("/eligibility/export")
    ResponseEntity<byte[]> export(@RequestParam Long unit, @RequestParam int year, Locale locale) throws IOException {
        EligibilityLists.UnitList list = lists.forUnit(unit, year);
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            String title = messages.getMessage(
                    "eligibility.list.heading", new Object[] {list.unit().getName(), String.valueOf(year)}, locale);
            sheet(
                    book,
                    bold,
                    msg("eligibility.list.eligibleSheet", locale),
                    title,
                    lines(list.eligible(), locale),
                    false,
                    locale);
            sheet(
                    book,
                    bold,
                    msg("eligibility.list.nearSheet", locale),
                    title,
                    lines(list.nearMisses(), locale),
                    true,
                    locale);
            book.write(out);
            String file = "du-dieu-kien-" + year + "-" + list.unit().getCode() + ".xlsx";
            return ResponseEntity.ok()
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(file, StandardCharsets.UTF_8)
                                    .build()
                                    .toString())
                    .contentType(MediaType.parseMediaType(
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .body(out.toByteArray());
        }
    }

    private void sheet(
            XSSFWorkbook book,
            CellStyle bold,
            String name,
            String title,
            List<Line> lines,
            boolean near,
            Locale locale) {
        Sheet sheet = book.createSheet(name);
        Cell heading = sheet.createRow(0).createCell(0);
        heading.setCellValue(title);
        heading.setCellStyle(bold);
        Row header = sheet.createRow(2);
        String[] columns = {
            "eligibility.list.no",
            "eligibility.list.name",
            "eligibility.list.kind",
            "eligibility.list.unit",
            "eligibility.award",
            near ? "eligibility.list.missing" : "eligibility.assumedTitle"
        };
        for (int c = 0; c < columns.length; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(msg(columns[c], locale));
            cell.setCellStyle(bold);
        }
        int r = 3;
        for (Line line : lines) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(r - 2);
            row.createCell(1).setCellValue(line.name());
            row.createCell(2)
                    .setCellValue(
                            line.priority()
                                    ? line.kind() + " — " + msg("eligibility.list.priority", locale)
                                    : line.kind());
            row.createCell(3).setCellValue(line.unit());
            row.createCell(4).setCellValue(line.award());
            row.createCell(5).setCellValue(String.join("; ", near ? line.reasons() : line.assumed()));
            r++;
        }
        int[] widths = {6, 32, 12, 40, 36, 90};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 3);
    }

    private List<Line> lines(List<EligibilityLists.Entry> entries, Locale locale) {
        return entries.stream()
                .map(e -> new Line(
                        e.subjectId(),
                        e.kind() == vn.thidua.eligibility.Candidate.Kind.INDIVIDUAL,
                        msg("eligibility.value." + e.kind().name(), locale),
                        e.name(),
                        e.unitName(),
                        msg("award." + e.award().name(), locale),
                        e.verdict().reasons().stream()
                                .map(r -> Explanations.shortfall(r, messages, locale))
                                .toList(),
                        Explanations.assumptions(e.verdict(), messages, locale),
                        e.priority()))
                .toList();
    }

    private List<String> priorityLines(List<EligibilityLists.PriorityShare> shares, Locale locale) {
        return shares.stream()
                .map(s -> messages.getMessage(
                        "eligibility.list.priorityShare",
                        new Object[] {msg("award." + s.award().name(), locale), s.priority(), s.eligible(), s.percent()
                        },
                        locale))
                .toList();
    }

    private List<String> quotaLines(List<Quotas.Check> checks, Locale locale) {
        return checks.stream()
                .map(c -> messages.getMessage(
                        c.exceeded() ? "eligibility.quota.exceeded" : "eligibility.quota.within",
                        new Object[] {
                            msg("award." + c.award(), locale),
                            c.percent(),
                            c.base(),
                            c.allowed(),
                            c.candidates(),
                            c.confirmed() ? "" : msg("eligibility.quota.unconfirmed", locale)
                        },
                        locale))
                .toList();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
