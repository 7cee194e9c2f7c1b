package vn.thidua.eligibility.web;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.achievement.AchievementRecords;
import vn.thidua.achievement.CollectiveHistory;
import vn.thidua.achievement.CollectiveRecords;
import vn.thidua.achievement.History;
import vn.thidua.eligibility.Eligibility;
import vn.thidua.eligibility.Explanations;

/** The verdicts on a person's page: each award, eligible or what is missing, with the article. */
@Controller
class EligibilityPages {

    private final Eligibility eligibility;
    private final AchievementRecords records;
    private final CollectiveRecords collectives;
    private final MessageSource messages;

    private final java.time.Clock clock;

    EligibilityPages(
            Eligibility eligibility,
            AchievementRecords records,
            CollectiveRecords collectives,
            MessageSource messages,
            java.time.Clock clock) {
        this.clock = clock;
        this.eligibility = eligibility;
        this.records = records;
        this.collectives = collectives;
        this.messages = messages;
    }

    @GetMapping("/people/{id}/eligibility")
    String verdicts(@PathVariable Long id, @RequestParam(required = false) Integer year, Locale locale, Model model) {
        int judged = year != null ? year : LocalDate.now(clock).getYear() - 1;
        History history = records.historyOf(id);
        model.addAttribute("year", judged);
        model.addAttribute("base", "/people/" + id + "/eligibility");
        model.addAttribute(
                "summary",
                messages.getMessage(
                        "eligibility.recordSummary",
                        new Object[] {
                            history.ratings().size(),
                            history.titles().size(),
                            history.awards().size(),
                            history.initiatives().size()
                        },
                        locale));
        return show(eligibility.verdictsOf(history, judged), locale, model);
    }

    @GetMapping("/units/{id}/eligibility")
    String collectiveVerdicts(
            @PathVariable Long id, @RequestParam(required = false) Integer year, Locale locale, Model model) {
        int judged = year != null ? year : LocalDate.now(clock).getYear() - 1;
        CollectiveHistory history = collectives.historyOf(id, judged, judged);
        CollectiveHistory.MemberTally m = history.members().get(0);
        model.addAttribute("year", judged);
        model.addAttribute("base", "/units/" + id + "/eligibility");
        model.addAttribute(
                "summary",
                messages.getMessage(
                        "eligibility.memberSummary",
                        new Object[] {
                            String.valueOf(judged),
                            m.members(),
                            m.completedDuties(),
                            m.advancedWorkers(),
                            m.grassrootsFighters(),
                            m.disciplinedAtWarningOrAbove()
                        },
                        locale));
        return show(eligibility.verdictsOf(history, judged), locale, model);
    }

    private String show(java.util.List<vn.thidua.eligibility.Verdict> verdicts, Locale locale, Model model) {
        model.addAttribute(
                "verdicts",
                verdicts.stream()
                        .map(v -> new VerdictView(
                                v.award().name(),
                                v.eligible(),
                                v.rulesInForce().title(),
                                v.reasons().stream()
                                        .map(r -> Explanations.explain(r, messages, locale))
                                        .toList(),
                                Explanations.assumptions(v, messages, locale),
                                Explanations.unconfirmed(v, messages, locale)))
                        .toList());
        return "eligibility/verdicts :: verdicts";
    }

    /** What the page shows for one award. */
    record VerdictView(
            String award,
            boolean eligible,
            String rules,
            java.util.List<String> reasons,
            java.util.List<String> assumed,
            java.util.List<String> unconfirmed) {}
}
