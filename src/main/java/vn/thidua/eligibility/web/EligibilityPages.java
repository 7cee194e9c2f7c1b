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
import vn.thidua.eligibility.Eligibility;
import vn.thidua.eligibility.Explanations;

/** The verdicts on a person's page: each award, eligible or what is missing, with the article. */
@Controller
class EligibilityPages {

    private final Eligibility eligibility;
    private final AchievementRecords records;
    private final MessageSource messages;

    EligibilityPages(Eligibility eligibility, AchievementRecords records, MessageSource messages) {
        this.eligibility = eligibility;
        this.records = records;
        this.messages = messages;
    }

    @GetMapping("/people/{id}/eligibility")
    String verdicts(@PathVariable Long id, @RequestParam(required = false) Integer year, Locale locale, Model model) {
        int judged = year != null ? year : LocalDate.now().getYear() - 1;
        model.addAttribute("year", judged);
        model.addAttribute("personId", id);
        model.addAttribute("history", records.historyOf(id));
        model.addAttribute(
                "verdicts",
                eligibility.verdictsFor(id, judged).stream()
                        .map(v -> new VerdictView(
                                v.award().name(),
                                v.eligible(),
                                v.rulesInForce().title(),
                                v.reasons().stream()
                                        .map(r -> Explanations.explain(r, messages, locale))
                                        .toList(),
                                Explanations.assumptions(v, messages, locale)))
                        .toList());
        return "eligibility/verdicts :: verdicts";
    }

    /** What the page shows for one award. */
    record VerdictView(
            String award,
            boolean eligible,
            String rules,
            java.util.List<String> reasons,
            java.util.List<String> assumed) {}
}
