package vn.thidua.eligibility.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.achievement.Award;
import vn.thidua.eligibility.AwardMoney;
import vn.thidua.eligibility.Candidate.Kind;
import vn.thidua.eligibility.Catalogue;
import vn.thidua.eligibility.RulesInForce;

/** The catalogue of titles and forms, with multiples by period and the money for a decision day. */
@Controller
class CataloguePage {

    private final AwardMoney money;

    private final java.time.Clock clock;

    CataloguePage(AwardMoney money, java.time.Clock clock) {
        this.clock = clock;
        this.money = money;
    }

    /** One award's line: multiples by period for each kind, and amounts on the chosen day. */
    record Line(
            Catalogue.Entry entry,
            List<Cell> multiples,
            Optional<AwardMoney.Amount> individual,
            Optional<AwardMoney.Amount> collective) {}

    record Cell(RulesInForce rules, Kind kind, Optional<vn.thidua.eligibility.Catalogue.Multiple> multiple) {}

    @GetMapping("/catalogue")
    String catalogue(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Model model) {
        LocalDate day = on != null ? on : LocalDate.now(clock);
        model.addAttribute("day", day);
        model.addAttribute("periods", RulesInForce.known());
        model.addAttribute("baseSalaries", money.baseSalaries());
        model.addAttribute("baseToday", money.baseSalaryOn(day).orElse(null));
        model.addAttribute("rulesToday", RulesInForce.on(day));
        model.addAttribute(
                "lines",
                Arrays.stream(Award.values())
                        .map(Catalogue::of)
                        .map(e -> new Line(
                                e,
                                RulesInForce.known().stream()
                                        .flatMap(r -> List.of(Kind.INDIVIDUAL, Kind.COLLECTIVE).stream()
                                                .map(k -> new Cell(r, k, money.multiple(e.award(), r, k))))
                                        .toList(),
                                money.amount(e.award(), Kind.INDIVIDUAL, day),
                                money.amount(e.award(), Kind.COLLECTIVE, day)))
                        .toList());
        return "eligibility/catalogue";
    }
}
