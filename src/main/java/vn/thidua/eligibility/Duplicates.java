package vn.thidua.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.achievement.Award;
import vn.thidua.shared.VietnameseText;

/**
 * "Không khen nhiều lần, nhiều hình thức cho một thành tích" (docs/legal-reference.md R17): finds the same person or
 * collective proposed twice for the same form and period — among the proposals given, anywhere in
 * the province, and against what the records already hold. A person is the same when the CCCD
 * matches, or the name (ignoring case, diacritics and spacing), birth date and unit match; a
 * collective when the unit matches.
 */
@Service
public class Duplicates {

    private final JdbcClient jdbc;

    Duplicates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One proposal: who (as the list names them), for what, for which achievement year. */
    public record Proposal(
            String reference,
            Candidate.Kind kind,
            Long personId,
            String nationalId,
            String fullName,
            LocalDate birthDate,
            Long unitId,
            Award award,
            int year) {}

    /** How two proposals, or a proposal and a record, were found to be the same. */
    public enum Match {
        SAME_PERSON,
        NATIONAL_ID,
        NAME_BIRTH_UNIT,
        SAME_UNIT,
        ALREADY_HOLDS_TITLE,
        FORM_ALREADY_RECEIVED
    }

    /** A duplicate: the proposal, the other proposal or the existing record, and how they matched. */
    public record Duplicate(Proposal proposal, Proposal other, Match match, String existing) {}

    @Transactional(readOnly = true)
    public List<Duplicate> find(List<Proposal> proposals) {
        List<Duplicate> found = new ArrayList<>();
        Map<String, Proposal> seen = new HashMap<>();
        for (Proposal p : proposals) {
            for (Map.Entry<Match, String> key : keys(p).entrySet()) {
                Proposal first = seen.putIfAbsent(key.getValue(), p);
                if (first != null && first != p) {
                    found.add(new Duplicate(p, first, key.getKey(), null));
                    break;
                }
            }
            found.addAll(againstRecords(p));
        }
        return found;
    }

    /** The identity keys of a proposal, strongest first; each includes the award and the period. */
    public static Map<Match, String> keys(Proposal p) {
        Map<Match, String> keys = new java.util.LinkedHashMap<>();
        String what = "|" + p.award() + "|" + p.year();
        if (p.kind() == Candidate.Kind.INDIVIDUAL) {
            if (p.personId() != null) {
                keys.put(Match.SAME_PERSON, "p|" + p.personId() + what);
            }
            if (p.nationalId() != null && !p.nationalId().isBlank()) {
                keys.put(Match.NATIONAL_ID, "id|" + p.nationalId().strip() + what);
            }
            if (p.fullName() != null && p.birthDate() != null && p.unitId() != null) {
                keys.put(
                        Match.NAME_BIRTH_UNIT,
                        "nbu|" + VietnameseText.fold(p.fullName()) + "|" + p.birthDate() + "|" + p.unitId() + what);
            }
        } else if (p.unitId() != null) {
            keys.put(Match.SAME_UNIT, "unit|" + p.unitId() + what);
        }
        return keys;
    }

    /** Already decided: the title of that year in the record, or the same form decided for that period. */
    @Transactional(readOnly = true)
    public List<Duplicate> againstRecords(Proposal p) {
        List<Duplicate> found = new ArrayList<>();
        Long person = p.kind() == Candidate.Kind.INDIVIDUAL ? personOf(p) : null;
        boolean collective = p.kind() == Candidate.Kind.COLLECTIVE && p.unitId() != null;
        if (person == null && !collective) {
            return found;
        }
        String subject = collective ? "unit_id" : "person_id";
        String titles = collective ? "achievement_collective_title" : "achievement_title";
        String awards = collective ? "achievement_collective_award" : "achievement_award";
        Long id = collective ? p.unitId() : person;
        jdbc.sql("select decision from " + titles + " where " + subject + " = :id and title_year = :y and title = :a")
                .param("id", id)
                .param("y", p.year())
                .param("a", p.award().name())
                .query(String.class)
                .list()
                .forEach(d -> found.add(new Duplicate(p, null, Match.ALREADY_HOLDS_TITLE, Objects.toString(d, ""))));
        // a form for a year's achievement is decided that year or the next
        jdbc.sql("select decision from " + awards + " where " + subject + " = :id and form = :a"
                        + " and award_date >= :from and award_date < :upTo")
                .param("id", id)
                .param("a", p.award().name())
                .param("from", LocalDate.of(p.year(), 1, 1))
                .param("upTo", LocalDate.of(p.year() + 2, 1, 1))
                .query(String.class)
                .list()
                .forEach(d -> found.add(new Duplicate(p, null, Match.FORM_ALREADY_RECEIVED, Objects.toString(d, ""))));
        return found;
    }

    /** The same check against a person's record already read (a whole list is read in one pass). */
    public static List<Duplicate> againstHistory(Proposal p, vn.thidua.achievement.History history) {
        List<Duplicate> found = new ArrayList<>();
        history.titles().stream()
                .filter(t -> t.year() == p.year() && t.title() == p.award())
                .forEach(t -> found.add(
                        new Duplicate(p, null, Match.ALREADY_HOLDS_TITLE, Objects.toString(t.decision(), ""))));
        LocalDate from = LocalDate.of(p.year(), 1, 1);
        LocalDate upTo = LocalDate.of(p.year() + 2, 1, 1);
        history.awards().stream()
                .filter(a -> a.form() == p.award()
                        && !a.date().isBefore(from)
                        && a.date().isBefore(upTo))
                .forEach(a -> found.add(
                        new Duplicate(p, null, Match.FORM_ALREADY_RECEIVED, Objects.toString(a.decision(), ""))));
        return found;
    }

    private Long personOf(Proposal p) {
        if (p.personId() != null) {
            return p.personId();
        }
        if (p.nationalId() != null && !p.nationalId().isBlank()) {
            return jdbc.sql("select id from organization_person where national_id = :n")
                    .param("n", p.nationalId().strip())
                    .query(Long.class)
                    .optional()
                    .orElse(null);
        }
        if (p.fullName() != null && p.birthDate() != null && p.unitId() != null) {
            List<Long> ids = jdbc.sql("""
                    select p.id from organization_person p
                    join organization_assignment a on a.organization_person = p.id and a.to_date is null
                    where p.name_folded = :n and p.birth_date = :b and a.unit_id = :u""")
                    .param("n", VietnameseText.fold(p.fullName()))
                    .param("b", p.birthDate())
                    .param("u", p.unitId())
                    .query(Long.class)
                    .list();
            return ids.size() == 1 ? ids.get(0) : null;
        }
        return null;
    }
}
