package vn.thidua.scoring.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.organization.AccessScope;
import vn.thidua.organization.EmulationBlock;
import vn.thidua.organization.EmulationBlocks;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.scoring.AggregationRule;
import vn.thidua.scoring.BlockScoring;
import vn.thidua.scoring.CardRows;
import vn.thidua.scoring.CardText;
import vn.thidua.scoring.ScoringBlocks;
import vn.thidua.shared.InvalidInput;

/** A block's scoring page: set up the scorecard, enter a score sheet, read the ranking, record the vote. */
@Controller
class ScoringController {

    /** The scorecard the setup form starts from: real criteria (Bù Đăng, 2015; HCM bonus rule). */
    static final String EXAMPLE = """
            1 | Công tác chỉ đạo | Xây dựng chương trình năm và tổ chức hội nghị triển khai | 5: triển khai cho 100% cơ sở trực thuộc; 3: không tổ chức hội nghị triển khai; 0: không xây dựng chương trình | Chương trình công tác năm: tên, số, ký hiệu văn bản
            2 | Công tác chỉ đạo | Chế độ thông tin báo cáo theo quy định | 8: đầy đủ, đúng hạn; 6: thiếu 2 báo cáo tháng; 4: thiếu 1 báo cáo quý hoặc 3 báo cáo tháng; 0: thiếu nhiều hơn | Số, ngày ban hành các báo cáo
            3 | Công tác chỉ đạo | Tham gia họp giao ban định kỳ và đột xuất | 5: đầy đủ, đúng giờ; 4: vắng 1 cuộc; 3: vắng 2 cuộc; 1: vắng 3 cuộc; 0: vắng 4 cuộc trở lên | Biên bản họp
            B1 | Điểm thưởng | Đơn vị được tặng Cờ thi đua của Chính phủ | 15
            """;

    private final ScoringBlocks scoring;
    private final vn.thidua.scoring.BlockReport report;
    private final org.springframework.context.MessageSource messages;
    private final EmulationBlocks blocks;
    private final UnitDirectory units;
    private final AccessScope scope;
    private final vn.thidua.scoring.BlockFiles files;

    private final vn.thidua.scoring.PreparingNextYear nextYear;

    ScoringController(
            ScoringBlocks scoring,
            vn.thidua.scoring.BlockReport report,
            org.springframework.context.MessageSource messages,
            EmulationBlocks blocks,
            UnitDirectory units,
            AccessScope scope,
            vn.thidua.scoring.BlockFiles files,
            vn.thidua.scoring.PreparingNextYear nextYear) {
        this.nextYear = nextYear;
        this.files = files;
        this.scoring = scoring;
        this.report = report;
        this.messages = messages;
        this.blocks = blocks;
        this.units = units;
        this.scope = scope;
    }

    @GetMapping("/blocks/{id}/scoring")
    String page(@PathVariable Long id, @RequestParam(required = false) Long unit, Model model) {
        EmulationBlock block = blocks.findById(id).orElseThrow(() -> new vn.thidua.organization.UnitNotFound(id));
        scoring.requireReader(id);
        Set<Long> memberIds = scoring.members(id);
        Map<Long, Unit> names = units.byId(List.copyOf(memberIds));
        model.addAttribute("block", block);
        model.addAttribute("names", names);
        model.addAttribute("members", memberIds.stream().map(names::get).toList());
        var setup = scoring.setupOf(id);
        model.addAttribute("setup", setup.orElse(null));
        model.addAttribute("example", EXAMPLE);
        if (!model.containsAttribute("cardRows")) {
            model.addAttribute("cardRows", CardRows.of(CardText.parse(EXAMPLE)));
        }
        model.addAttribute(
                "criterionKinds",
                List.of(
                        vn.thidua.scoring.CriterionKind.LADDER,
                        vn.thidua.scoring.CriterionKind.BONUS,
                        vn.thidua.scoring.CriterionKind.PENALTY));
        model.addAttribute("methods", AggregationRule.Method.values());
        model.addAttribute(
                "lastYear",
                blocks.findByEmulationYearOrderByName(block.getYear() - 1).stream()
                        .filter(b -> scoring.hasSetup(b.getId()))
                        .toList());
        if (setup.isPresent()) {
            BlockScoring sheet = scoring.scoring(id);
            model.addAttribute("ranking", sheet.ranking());
            Long scorer = scope.provinceWide()
                    ? null
                    : memberIds.stream().filter(scope::covers).findFirst().orElse(null);
            model.addAttribute("scorer", scorer);
            model.addAttribute("target", unit);
            model.addAttribute(
                    "scorerName", scorer == null ? null : names.get(scorer).getName());
            model.addAttribute(
                    "targetName",
                    unit == null || !names.containsKey(unit)
                            ? null
                            : names.get(unit).getName());
            model.addAttribute("criteria", setup.get().card().criteria());
            model.addAttribute("scorers", memberIds.stream().map(names::get).toList());
            java.util.Map<vn.thidua.scoring.BlockStage, ScoringBlocks.StageHeld> held =
                    new java.util.EnumMap<>(vn.thidua.scoring.BlockStage.class);
            scoring.stages(id).forEach(st -> held.put(st.stage(), st));
            model.addAttribute("held", held);
            model.addAttribute("stageOptions", vn.thidua.scoring.BlockStage.values());
            var quota = scoring.quota(id);
            model.addAttribute("quota", quota);
            Map<Long, vn.thidua.scoring.VoteProposal> proposed = new LinkedHashMap<>();
            if (setup.get().voted()) {
                scoring.proposals(id).forEach(p -> proposed.put(p.unitId(), p.proposal()));
            } else {
                int certificates = 0;
                for (var r : sheet.ranking()) {
                    if (r.rank() <= quota.flags()) {
                        proposed.put(r.result().unit(), vn.thidua.scoring.VoteProposal.FLAG);
                    } else if (certificates < quota.certificates()) {
                        proposed.put(r.result().unit(), vn.thidua.scoring.VoteProposal.CERTIFICATE);
                        certificates++;
                    }
                }
            }
            model.addAttribute("proposed", proposed);
            model.addAttribute("proposalOptions", vn.thidua.scoring.VoteProposal.values());
            model.addAttribute("pactFiles", files.pact(id));
            model.addAttribute(
                    "evidence", unit == null || !names.containsKey(unit) ? Map.of() : files.evidence(id, unit));
        }
        return "scoring/block";
    }

    /**
     * The scorecard set up from the editor's rows (or, for scripts, the one-line-a-criterion text in
     * {@code card}). Refused, the rows come back as typed with each problem named by row and field.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @PostMapping("/blocks/{id}/scoring/setup")
    String setUp(
            @PathVariable Long id,
            @RequestParam(required = false) String card,
            @RequestParam AggregationRule.Method method,
            @RequestParam BigDecimal selfWeightPercent,
            @RequestParam(required = false) String pact,
            jakarta.servlet.http.HttpServletRequest request,
            RedirectAttributes redirect) {
        List<CardRows.Row> rows = rows(request);
        try {
            scoring.setUp(
                    id,
                    card != null && rows.isEmpty() ? CardText.parse(card) : CardRows.parse(rows),
                    new AggregationRule(method, selfWeightPercent.movePointLeft(2)),
                    pact == null || pact.isBlank() ? null : pact.strip());
            redirect.addFlashAttribute("saved", "form.saved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
            redirect.addFlashAttribute("cardRows", new java.util.ArrayList<>(rows));
            redirect.addFlashAttribute("typedMethod", method);
            redirect.addFlashAttribute("typedWeight", selfWeightPercent.toPlainString());
            redirect.addFlashAttribute("typedPact", pact);
        }
        return "redirect:/blocks/" + id + "/scoring";
    }

    /** The editor's rows, read as sent (repeated fields, one of each per row, in the order shown). */
    private static List<CardRows.Row> rows(jakarta.servlet.http.HttpServletRequest request) {
        String[] codes = request.getParameterValues("criterionCode");
        if (codes == null) {
            return List.of();
        }
        List<CardRows.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            rows.add(new CardRows.Row(
                    codes[i],
                    nth(request, "criterionGroup", i),
                    nth(request, "criterionText", i),
                    nth(request, "criterionKind", i),
                    nth(request, "maxPoints", i),
                    nth(request, "ladder", i),
                    nth(request, "evidence", i)));
        }
        return rows;
    }

    private static String nth(jakarta.servlet.http.HttpServletRequest request, String name, int i) {
        String[] values = request.getParameterValues(name);
        return values == null || i >= values.length ? "" : values[i];
    }

    /** Next year's block in one action: members, leadership handed over, and this year's scorecard. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @PostMapping("/blocks/{id}/next-year")
    String nextYear(@PathVariable Long id, RedirectAttributes redirect) {
        // the transaction is the use case's: a refusal inside it rolls it back and reaches us as input
        try {
            EmulationBlock next = nextYear.from(id);
            redirect.addFlashAttribute("saved", "scoring.nextYearDone");
            return "redirect:/blocks/" + next.getId() + "/scoring";
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
            return "redirect:/blocks/" + id + "/scoring";
        }
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @PostMapping("/blocks/{id}/scoring/clone")
    String cloneSetup(@PathVariable Long id, @RequestParam Long fromBlock, RedirectAttributes redirect) {
        return act(id, redirect, () -> scoring.cloneSetup(fromBlock, id));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST', 'UNIT_OFFICER')")
    @PostMapping("/blocks/{id}/scoring/sheet")
    String sheet(
            @PathVariable Long id,
            @RequestParam Long scorerUnitId,
            @RequestParam Long unitId,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("c.") && v != null && !v.isBlank()) {
                points.put(k.substring(2), new BigDecimal(v.strip().replace(',', '.')));
            }
        });
        String back = act(id, redirect, () -> scoring.scoreSheet(id, scorerUnitId, unitId, points));
        return back + "?unit=" + unitId;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @PostMapping("/blocks/{id}/scoring/adjust")
    String adjust(
            @PathVariable Long id,
            @RequestParam Long unitId,
            @RequestParam String criterion,
            @RequestParam BigDecimal points,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> scoring.adjust(id, unitId, criterion, points, reason));
    }

    /** The year-end review of the block: Word to edit, PDF to print. */
    @GetMapping("/blocks/{id}/scoring/report.{format}")
    org.springframework.http.ResponseEntity<byte[]> report(
            @PathVariable Long id, @PathVariable String format, java.util.Locale locale) {
        scoring.requireReader(id);
        vn.thidua.shared.DocumentFormat as = vn.thidua.shared.DocumentFormat.ofExtension(format);
        byte[] body = report.write(id, as, key -> messages.getMessage(key, null, key, locale));
        return as.download(body, "bao-cao-tong-ket-khoi-" + id);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @PostMapping("/blocks/{id}/scoring/stages")
    String stage(
            @PathVariable Long id,
            @RequestParam vn.thidua.scoring.BlockStage stage,
            @RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    java.time.LocalDate heldOn,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> scoring.recordStage(id, stage, heldOn, note));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @PostMapping("/blocks/{id}/scoring/vote")
    String vote(@PathVariable Long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<Long, vn.thidua.scoring.VoteProposal> proposals = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("proposal.") && v != null && !v.isBlank()) {
                proposals.put(
                        Long.valueOf(k.substring("proposal.".length())), vn.thidua.scoring.VoteProposal.valueOf(v));
            }
        });
        return act(id, redirect, () -> scoring.recordVote(id, proposals));
    }

    /** The signed pact, as a scanned PDF or the Word file everyone signed. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @PostMapping("/blocks/{id}/scoring/pact")
    String pact(
            @PathVariable Long id,
            @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> files.filePact(id, nameOf(file), bytesOf(file)));
    }

    /** A member's evidence for one criterion of its self-assessment. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST', 'UNIT_OFFICER', 'UNIT_LEADER')")
    @PostMapping("/blocks/{id}/scoring/evidence")
    String evidence(
            @PathVariable Long id,
            @RequestParam Long unitId,
            @RequestParam String criterion,
            @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file,
            RedirectAttributes redirect) {
        String back = act(id, redirect, () -> files.fileEvidence(id, unitId, criterion, nameOf(file), bytesOf(file)));
        return back + "?unit=" + unitId;
    }

    private static String nameOf(org.springframework.web.multipart.MultipartFile file) {
        if (file == null
                || file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank())) {
            throw InvalidInput.of("file", "validation.file.required");
        }
        return file.getOriginalFilename();
    }

    private static byte[] bytesOf(org.springframework.web.multipart.MultipartFile file) {
        try {
            return file.getBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String act(Long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", "form.saved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
        }
        return "redirect:/blocks/" + id + "/scoring";
    }
}
