package vn.thidua.report.form;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.AccessScope;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.Gender;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.Role;

/**
 * The Ban TĐKT's own staff doing emulation and commendation work, as form 0605.N counts them: sex, birth date,
 * training, the day they started the work and the day they left it. Kept by the Ban TĐKT and the administrator.
 */
@Service
class StaffRegister {

    public enum Training {
        ELEMENTARY,
        INTERMEDIATE,
        COLLEGE,
        UNIVERSITY,
        POSTGRADUATE
    }

    public record Staff(
            Long id,
            String fullName,
            Gender gender,
            LocalDate birthDate,
            Training training,
            LocalDate startedOn,
            LocalDate leftOn,
            String position,
            int version) {}

    private final JdbcClient jdbc;
    private final AccessScope scope;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    StaffRegister(
            JdbcClient jdbc,
            AccessScope scope,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    List<Staff> list() {
        require();
        return jdbc.sql("select id, full_name, gender, birth_date, training, started_on, left_on, position, version"
                        + " from report_staff order by left_on nulls first, full_name, id")
                .query((rs, n) -> new Staff(
                        rs.getLong(1),
                        rs.getString(2),
                        Gender.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class),
                        Training.valueOf(rs.getString(5)),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class),
                        rs.getString(8),
                        rs.getInt(9)))
                .list();
    }

    /** Adds ({@code id == null}) or changes a staff member; a change must carry the version the user saw. */
    @Transactional
    Staff save(Staff s) {
        require();
        List<InvalidInput.Problem> problems = new ArrayList<>();
        String name = s.fullName() == null ? "" : s.fullName().strip();
        if (name.isEmpty()) {
            problems.add(InvalidInput.Problem.of("fullName", "validation.required"));
        }
        InvalidInput.fits(problems, "fullName", name, 200);
        InvalidInput.fits(problems, "position", s.position(), 200);
        if (s.gender() == null) {
            problems.add(InvalidInput.Problem.of("gender", "validation.required"));
        }
        if (s.training() == null) {
            problems.add(InvalidInput.Problem.of("training", "validation.required"));
        }
        if (s.birthDate() == null) {
            problems.add(InvalidInput.Problem.of("birthDate", "validation.required"));
        }
        if (s.startedOn() == null) {
            problems.add(InvalidInput.Problem.of("startedOn", "validation.required"));
        }
        LocalDate today = LocalDate.now(clock);
        if (s.birthDate() != null && s.startedOn() != null) {
            if (s.birthDate().isBefore(today.minusYears(100))
                    || !s.startedOn().isAfter(s.birthDate().plusYears(15))
                    || s.startedOn().isAfter(today)) {
                problems.add(InvalidInput.Problem.of("startedOn", "validation.report.staffDates"));
            }
            if (s.leftOn() != null
                    && (s.leftOn().isBefore(s.startedOn()) || s.leftOn().isAfter(today))) {
                problems.add(InvalidInput.Problem.of("leftOn", "validation.report.staffDates"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String position = s.position() == null || s.position().isBlank()
                ? null
                : s.position().strip();
        if (s.id() == null) {
            jdbc.sql("insert into report_staff (full_name, gender, birth_date, training, started_on, left_on, position)"
                            + " values (:n, :g, :b, :t, :s, :l, :p)")
                    .param("n", name)
                    .param("g", s.gender().name())
                    .param("b", s.birthDate())
                    .param("t", s.training().name())
                    .param("s", s.startedOn())
                    .param("l", s.leftOn())
                    .param("p", position)
                    .update();
            events.publishEvent(AuditableChange.created("report-staff", name, s.toString()));
        } else {
            int changed = jdbc.sql(
                            "update report_staff set full_name = :n, gender = :g, birth_date = :b, training = :t,"
                                    + " started_on = :s, left_on = :l, position = :p, version = version + 1"
                                    + " where id = :id and version = :v")
                    .param("n", name)
                    .param("g", s.gender().name())
                    .param("b", s.birthDate())
                    .param("t", s.training().name())
                    .param("s", s.startedOn())
                    .param("l", s.leftOn())
                    .param("p", position)
                    .param("id", s.id())
                    .param("v", s.version())
                    .update();
            if (changed == 0) {
                throw new OptimisticLockingFailureException("staff " + s.id() + " changed since it was read");
            }
            events.publishEvent(AuditableChange.updated("report-staff", s.id(), "", s.toString()));
        }
        return s;
    }

    private void require() {
        Role role = scope.actor().role();
        if (role != Role.SPECIALIST && role != Role.ADMIN) {
            throw new AccessDeniedException("the staff register is kept by the Ban TĐKT");
        }
    }
}
