package vn.thidua.eligibility.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import vn.thidua.achievement.Basis;
import vn.thidua.eligibility.Catalogue;
import vn.thidua.eligibility.Duplicates;
import vn.thidua.eligibility.Eligibility;
import vn.thidua.eligibility.Explanations;
import vn.thidua.eligibility.RuleBook;
import vn.thidua.eligibility.Verdict;
import vn.thidua.shared.InvalidInput;

/**
 * Evaluates an inline history against the law without storing anything. Titles and awards in the
 * history are facts, counted and not judged again; what a history cannot show is listed as assumed.
 */
@RestController
@RequestMapping("/api/v1/eligibility")
class EligibilityApi {

    /** One reason, as the API returns it. */
    record Reason(String code, String legalReference, String message) {}

    /** The answer: reasons empty when eligible. */
    record EvaluationResponse(
            boolean eligible,
            String rulesInForce,
            List<Reason> reasons,
            List<String> assumed,
            boolean confirmed,
            List<String> unconfirmed) {}

    private final MessageSource messages;
    private final Eligibility eligibility;
    private final Duplicates duplicates;

    private final java.time.Clock clock;

    EligibilityApi(MessageSource messages, Eligibility eligibility, Duplicates duplicates, java.time.Clock clock) {
        this.clock = clock;
        this.messages = messages;
        this.eligibility = eligibility;
        this.duplicates = duplicates;
    }

    /** Commendation began with the Republic (1945); nothing can be judged beyond next year. */
    private boolean possibleYear(int year) {
        return year >= 1945 && year <= LocalDate.now(clock).getYear() + 1;
    }

    private String yearRange() {
        return "năm phải từ 1945 đến " + (LocalDate.now(clock).getYear() + 1);
    }

    @PostMapping("/evaluate")
    ResponseEntity<?> evaluate(@RequestBody EvaluationRequest request, Locale locale) {
        String overlong = request.overlongField();
        if (overlong != null) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    overlong,
                    "quá nhiều phần tử ở trường " + overlong + ": tối đa " + EvaluationRequest.MAX_ITEMS);
        }
        String missing = request.missingField();
        if (missing != null) {
            return problem(HttpStatus.BAD_REQUEST, missing, "thiếu trường bắt buộc: " + missing);
        }
        if (!possibleYear(request.year())) {
            return problem(HttpStatus.BAD_REQUEST, "year", yearRange());
        }
        EvaluationRequest.Impossible impossible =
                request.impossible(LocalDate.now(clock).getYear() + 1);
        if (impossible != null) {
            return problem(HttpStatus.BAD_REQUEST, impossible.field(), impossible.error());
        }
        InvalidInput.Problem misfit = request.misfit();
        if (misfit != null) {
            return problem(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    misfit.field(),
                    messages.getMessage(misfit.messageKey(), misfit.args().toArray(), locale));
        }
        Basis basis = request.basis() == null ? Basis.REGULAR : request.basis();
        if (basis == Basis.LONG_SERVICE) {
            return problem(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "basis",
                    "khen thưởng quá trình cống hiến cần bảng thời gian giữ chức vụ, chưa được mã hóa;"
                            + " xét theo REGULAR, THEMATIC hoặc EXTRAORDINARY");
        }
        LocalDate reviewDate = request.reviewDate() == null ? LocalDate.now(clock) : request.reviewDate();
        if (reviewDate.getYear() < request.year() || !possibleYear(reviewDate.getYear())) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "reviewDate",
                    "ngày xét phải từ năm thành tích " + request.year() + " đến năm "
                            + (LocalDate.now(clock).getYear() + 1));
        }
        Verdict verdict = RuleBook.evaluate(request.award(), request.year(), basis, request.toCandidate(), reviewDate);
        return ResponseEntity.ok(response(verdict, locale));
    }

    /** Every encoded award judged on the stored record of a person (the Ban TĐKT sees the province). */
    @GetMapping("/people/{id}")
    List<PersonVerdict> person(@PathVariable Long id, @RequestParam(required = false) Integer year, Locale locale) {
        if (year != null && !possibleYear(year)) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.BAD_REQUEST, yearRange());
        }
        int judged = year != null ? year : LocalDate.now(clock).getYear() - 1;
        return eligibility.verdictsFor(id, judged).stream()
                .map(v -> new PersonVerdict(v.award().name(), judged, response(v, locale)))
                .toList();
    }

    /** At most this many proposals in one duplicates check (a province's list for a round, in parts). */
    static final int MAX_PROPOSALS = 2_000;

    /** The proposals to check for duplicates: among themselves and against the records. */
    record DuplicatesRequest(List<Duplicates.Proposal> proposals) {}

    /** One duplicate found: which proposal, which other proposal or existing decision, how matched. */
    record DuplicateFound(
            String reference, String otherReference, String match, String existingDecision, String message) {}

    /**
     * The same person or collective proposed twice for the same form and period (by CCCD, or by name +
     * birth date + unit; a collective by unit), or already holding it.
     */
    @PostMapping("/duplicates")
    ResponseEntity<?> duplicates(@RequestBody DuplicatesRequest request, Locale locale) {
        if (request == null || request.proposals() == null) {
            return problem(HttpStatus.BAD_REQUEST, "proposals", "thiếu trường bắt buộc: proposals");
        }
        if (request.proposals().size() > MAX_PROPOSALS) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "proposals",
                    "quá nhiều phần tử ở trường proposals: tối đa " + MAX_PROPOSALS + " một lần");
        }
        for (int i = 0; i < request.proposals().size(); i++) {
            Duplicates.Proposal p = request.proposals().get(i);
            String field = p == null
                    ? ""
                    : p.kind() == null ? "kind" : p.award() == null ? "award" : p.year() < 1975 ? "year" : null;
            if (field != null) {
                String path = "proposals[" + i + "]" + (field.isEmpty() ? "" : "." + field);
                return problem(HttpStatus.BAD_REQUEST, path, "thiếu hoặc sai trường: " + path);
            }
            var misfit = p.award().refused(Catalogue.recipient(p.kind()), 0, "proposals[" + i + "].award");
            if (misfit.isPresent()) {
                return problem(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        misfit.get().field(),
                        messages.getMessage(
                                misfit.get().messageKey(), misfit.get().args().toArray(), locale));
            }
        }
        return ResponseEntity.ok(duplicates.find(request.proposals()).stream()
                .map(d -> new DuplicateFound(
                        d.proposal().reference(),
                        d.other() == null ? null : d.other().reference(),
                        d.match().name(),
                        d.existing(),
                        messages.getMessage(
                                "duplicates." + d.match().name(),
                                new Object[] {
                                    d.other() == null ? "" : d.other().reference(),
                                    messages.getMessage(
                                            "award." + d.proposal().award().name(), null, locale),
                                    String.valueOf(d.proposal().year()),
                                    d.existing() == null ? "" : d.existing()
                                },
                                locale)))
                .toList());
    }

    /** One award's verdict for a stored person. */
    record PersonVerdict(String award, int year, EvaluationResponse verdict) {}

    private EvaluationResponse response(Verdict verdict, Locale locale) {
        return new EvaluationResponse(
                verdict.eligible(),
                verdict.rulesInForce().title(),
                verdict.reasons().stream()
                        .map(r -> new Reason(
                                r.code(),
                                Explanations.cite(r.legalReference().cite(), messages, locale),
                                Explanations.explain(r, messages, locale)))
                        .toList(),
                Explanations.assumptions(verdict, messages, locale),
                verdict.confirmed(),
                Explanations.unconfirmed(verdict, messages, locale));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        String field = "body";
        Throwable cause = e.getCause();
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JacksonException.Reference ref : jackson.getPath()) {
                if (ref.getPropertyName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            field = path.toString();
        }
        return problem(HttpStatus.BAD_REQUEST, field, "giá trị không hợp lệ ở trường " + field);
    }

    @ExceptionHandler(RuleBook.NotEncoded.class)
    ResponseEntity<Map<String, String>> notEncoded(RuleBook.NotEncoded e, Locale locale) {
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "award",
                messages.getMessage("eligibility.notEncoded", new Object[] {e.getMessage()}, locale));
    }

    private static ResponseEntity<Map<String, String>> problem(HttpStatus status, String field, String error) {
        return ResponseEntity.status(status).body(Map.of("field", field, "error", error));
    }
}
