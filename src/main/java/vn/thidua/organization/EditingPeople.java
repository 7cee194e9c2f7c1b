package vn.thidua.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.InvalidInput.Problem;
import vn.thidua.shared.NationalId;
import vn.thidua.shared.VietnameseText;

/**
 * Creating, changing and moving people: only by the roles that keep people's records, and always
 * inside the acting account's unit scope. A person outside the scope is reported as not found, so
 * an officer cannot probe other units by id.
 */
@Service
public class EditingPeople {

    /** Who may change people: the administrator, the Ban TĐKT and units' emulation officers. */
    static final String WRITERS = "hasAnyRole('ADMIN', 'SPECIALIST', 'UNIT_OFFICER')";

    private final People people;
    private final Units units;
    private final AccessScope scope;
    private final ApplicationEventPublisher events;

    private final java.time.Clock clock;

    EditingPeople(
            People people, Units units, AccessScope scope, ApplicationEventPublisher events, java.time.Clock clock) {
        this.clock = clock;
        this.people = people;
        this.units = units;
        this.scope = scope;
        this.events = events;
    }

    /** The person, if the current account may see them. */
    @Transactional(readOnly = true)
    public Person visible(Long personId) {
        Person person = people.findById(personId).orElseThrow(() -> new PersonNotFound(personId));
        Long unitId = person.currentAssignment().map(Assignment::getUnitId).orElse(null);
        if (!scope.keepsRecords() || !scope.provinceWide() && (unitId == null || !scope.covers(unitId))) {
            throw new PersonNotFound(personId);
        }
        return person;
    }

    @PreAuthorize(WRITERS)
    @Transactional
    public Person create(PersonDetails details, Long unitId, LocalDate from) {
        requireUnitInScope(unitId);
        List<Problem> problems = check(details, null, 0);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Person person = new Person(details.fullName(), details.gender(), details.birthDate(), details.nationalId());
        person.describe(
                details.fullName(),
                details.gender(),
                details.birthDate(),
                details.nationalId(),
                details.position(),
                details.directWorker());
        person.assignTo(unitId, details.position(), from);
        Person saved = people.save(person);
        events.publishEvent(AuditableChange.created("person", saved.getId(), saved.toString()));
        return saved;
    }

    @PreAuthorize(WRITERS)
    @Transactional
    public Person update(Long personId, int expectedVersion, PersonDetails details) {
        Person person = visible(personId);
        requireVersion(person.getVersion(), expectedVersion);
        List<Problem> problems = check(details, personId, 0);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String before = person.toString();
        person.describe(
                details.fullName(),
                details.gender(),
                details.birthDate(),
                details.nationalId(),
                details.position(),
                details.directWorker());
        Person saved = people.save(person);
        events.publishEvent(AuditableChange.updated("person", personId, before, saved.toString()));
        return saved;
    }

    /** Moves a person to another unit from a day on; both units must be in the account's scope. */
    @PreAuthorize(WRITERS)
    @Transactional
    public Person transfer(Long personId, int expectedVersion, Long unitId, String position, LocalDate from) {
        Person person = visible(personId);
        requireVersion(person.getVersion(), expectedVersion);
        requireUnitInScope(unitId);
        String before = person.toString();
        try {
            person.assignTo(unitId, position, from);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("fromDate", "person.transfer.dateBeforeCurrent");
        }
        Person saved = people.save(person);
        events.publishEvent(AuditableChange.updated("person", personId, before, saved.toString()));
        return saved;
    }

    /**
     * Every problem with these details; {@code row} is the spreadsheet row for imports, 0 for forms.
     * {@code selfId} is the person being edited, whose own national ID is not a duplicate.
     */
    public List<Problem> check(PersonDetails d, Long selfId, int row) {
        List<Problem> problems = new ArrayList<>();
        String name = VietnameseText.clean(d.fullName());
        if (name == null || name.isEmpty()) {
            problems.add(new Problem(row, "fullName", "validation.required", List.of()));
        } else if (name.length() > 200 || !name.matches("[\\p{L} .'-]+")) {
            problems.add(new Problem(row, "fullName", "validation.person.name", List.of()));
        }
        if (d.gender() == null) {
            problems.add(new Problem(row, "gender", "validation.required", List.of()));
        }
        if (d.birthDate() != null
                && (d.birthDate().isAfter(LocalDate.now(clock).minusYears(14))
                        || d.birthDate().isBefore(LocalDate.of(1900, 1, 1)))) {
            problems.add(new Problem(row, "birthDate", "validation.person.birthDate", List.of()));
        }
        String nationalId = VietnameseText.clean(d.nationalId());
        if (nationalId != null && !nationalId.isEmpty()) {
            NationalId.problem(nationalId, d.gender(), d.birthDate())
                    .ifPresent(key -> problems.add(new Problem(row, "nationalId", key, List.of(nationalId))));
            people.findByNationalId(nationalId)
                    .filter(other -> !other.getId().equals(selfId))
                    .ifPresent(other -> problems.add(
                            new Problem(row, "nationalId", "validation.nationalId.duplicate", List.of(nationalId))));
        }
        return problems;
    }

    private void requireUnitInScope(Long unitId) {
        if (unitId == null || units.findById(unitId).isEmpty()) {
            throw InvalidInput.of("unitId", "validation.unit.unknown");
        }
        if (!scope.covers(unitId)) {
            throw new AccessDeniedException("unit " + unitId + " outside scope");
        }
    }

    static void requireVersion(Integer current, int expected) {
        if (current == null || current != expected) {
            throw new OptimisticLockingFailureException("stale edit: version " + expected + " is not " + current);
        }
    }
}
