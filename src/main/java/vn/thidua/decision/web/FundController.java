package vn.thidua.decision.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.decision.Fund;
import vn.thidua.shared.InvalidInput;

/** The fund's ledger and each decision's payment list. */
@Controller
class FundController {

    private final Fund fund;

    FundController(Fund fund) {
        this.fund = fund;
    }

    @GetMapping("/fund")
    String ledger(Model model) {
        model.addAttribute("entries", fund.ledger());
        model.addAttribute("balance", fund.balance());
        return "decision/fund";
    }

    @PostMapping("/fund")
    String income(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "0") long amount,
            @RequestParam(required = false) String description,
            RedirectAttributes redirect) {
        try {
            fund.income(date, amount, description);
            redirect.addFlashAttribute("saved", "form.saved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
        }
        return "redirect:/fund";
    }

    @GetMapping("/decisions/{id}/payments.xlsx")
    ResponseEntity<byte[]> payments(@PathVariable Long id) {
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"danh-sach-chi-tien-thuong-" + id + ".xlsx\"")
                .body(fund.paymentList(id));
    }
}
