package vn.thidua.commendation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.achievement.Award;
import vn.thidua.organization.AccessScope;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.Role;

/**
 * Công khai, lấy ý kiến (docs/legal-reference.md §3.5, R24, R31): nominees proposed for the forms that require it are
 * published on the public page for a window of working days (10 under NĐ 98/2023 Đ46 k2; set by
 * {@code thidua.disclosure.working-days}); anyone may comment (name and contact required unless the
 * province allows anonymous comments), within a rate limit and a spam trap; the specialist records
 * how each comment was handled; the council may not vote on such a nominee before the window closed.
 */
@Service
public class Disclosure {

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final WorkingDays workingDays;
    private final AccessScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Set<Award> awards;
    private final int days;
    private final boolean anonymousAllowed;
    private final int perHour;

    Disclosure(
            JdbcClient jdbc,
            Dossiers dossiers,
            WorkingDays workingDays,
            AccessScope scope,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${thidua.disclosure.awards:NATIONAL_EMULATION_FIGHTER,GOVERNMENT_EMULATION_FLAG,"
                            + "PRIME_MINISTER_CERTIFICATE_OF_MERIT,LABOR_ORDER_THIRD_CLASS}")
                    Set<Award> awards,
            @Value("${thidua.disclosure.working-days:10}") int days,
            @Value("${thidua.disclosure.anonymous-allowed:false}") boolean anonymousAllowed,
            @Value("${thidua.disclosure.comments-per-hour:5}") int perHour) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.workingDays = workingDays;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
        this.awards = Set.copyOf(awards);
        this.days = days;
        this.anonymousAllowed = anonymousAllowed;
        this.perHour = perHour;
    }

    public record Notice(Long id, Long dossierId, LocalDate startsOn, LocalDate endsOn, int workingDays) {

        public boolean openOn(LocalDate day) {
            return !day.isBefore(startsOn) && !day.isAfter(endsOn);
        }

        public boolean closedBefore(LocalDate day) {
            return endsOn.isBefore(day);
        }
    }

    public enum CommentStatus {
        PENDING,
        ACCEPTED,
        REJECTED
    }

    public record Comment(
            Long id,
            Long nomineeId,
            String authorName,
            String contact,
            String body,
            java.time.Instant submittedAt,
            CommentStatus status,
            String handling,
            String handledBy) {}

    /** Whether the forms require publishing: any nominee for a form the province lists. */
    public boolean requiresNotice(Award award) {
        return awards.contains(award);
    }

    @Transactional(readOnly = true)
    public boolean needsNotice(Long dossierId) {
        return dossiers.nominees(dossierId).stream()
                .anyMatch(n -> requiresNotice(n.award()) && n.appraisal() != Appraisal.REJECTED);
    }

    @Transactional(readOnly = true)
    public Optional<Notice> noticeOf(Long dossierId) {
        return noticeWhere("dossier_id", dossierId);
    }

    /** Publishes the dossier's nominees that require it, for the legal window from {@code startsOn}. */
    @Transactional
    public Notice publish(Long dossierId, LocalDate startsOn) {
        Dossier d = dossiers.find(dossierId);
        Role role = scope.actor().role();
        if (role != Role.SPECIALIST && role != Role.ADMIN) {
            throw new AccessDeniedException("only the Ban TĐKT publishes");
        }
        if (!d.atProvince() || d.status() != DossierStatus.UNDER_APPRAISAL && d.status() != DossierStatus.APPRAISED) {
            throw InvalidInput.of("startsOn", "validation.disclosure.notReady");
        }
        if (!needsNotice(dossierId)) {
            throw InvalidInput.of("startsOn", "validation.disclosure.notNeeded");
        }
        if (startsOn == null || startsOn.isBefore(dossiers.today())) {
            throw InvalidInput.of("startsOn", "validation.disclosure.startsOn");
        }
        if (noticeOf(dossierId).isPresent()) {
            throw InvalidInput.of("startsOn", "validation.disclosure.already");
        }
        LocalDate endsOn = workingDays.lastOfWindow(startsOn, days);
        jdbc.sql("insert into commendation_notice (dossier_id, starts_on, ends_on, working_days, published_by)"
                        + " values (:d, :s, :e, :w, :by)")
                .param("d", dossierId)
                .param("s", startsOn)
                .param("e", endsOn)
                .param("w", days)
                .param("by", scope.actor().username())
                .update();
        events.publishEvent(AuditableChange.created(
                "disclosure", dossierId, "startsOn=" + startsOn + "\nendsOn=" + endsOn + "\nworkingDays=" + days));
        events.publishEvent(new CommentWindowOpened(dossierId, d.title(), d.proposingUnitId(), startsOn, endsOn));
        return noticeOf(dossierId).orElseThrow();
    }

    /** What the public page shows: a dossier's nominees under an open notice. */
    public record Published(Notice notice, String dossierTitle, String unitName, List<Nominee> nominees) {}

    /** The notices open today, with only what the proposal itself makes public. */
    @Transactional(readOnly = true)
    public List<Published> open() {
        LocalDate today = dossiers.today();
        return jdbc
                .sql("select n.id, n.dossier_id, n.starts_on, n.ends_on, n.working_days, d.title, u.name"
                        + " from commendation_notice n join commendation_dossier d on d.id = n.dossier_id"
                        + " join organization_unit u on u.id = d.proposing_unit_id"
                        + " where n.starts_on <= :t and n.ends_on >= :t order by n.ends_on, n.id")
                .param("t", today)
                .query((rs, i) -> new Published(
                        new Notice(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getObject(3, LocalDate.class),
                                rs.getObject(4, LocalDate.class),
                                rs.getInt(5)),
                        rs.getString(6),
                        rs.getString(7),
                        List.of()))
                .list()
                .stream()
                .map(p -> new Published(
                        p.notice(),
                        p.dossierTitle(),
                        p.unitName(),
                        dossiers.nomineesOf(p.notice().dossierId()).stream()
                                .filter(n -> requiresNotice(n.award()) && n.appraisal() != Appraisal.REJECTED)
                                .toList()))
                .toList();
    }

    /**
     * A comment from the public. {@code trap} is a field people never see: bots fill it, and their
     * comment is dropped without a word. {@code source} is the sender's address, kept only as a hash.
     */
    @Transactional
    public void comment(
            Long noticeId, Long nomineeId, String name, String contact, String body, String source, String trap) {
        if (trap != null && !trap.isBlank()) {
            return;
        }
        Notice notice = noticeWhere("id", noticeId).orElseThrow(() -> new DossierNotFound(noticeId));
        if (!notice.openOn(dossiers.today())) {
            throw InvalidInput.of("body", "validation.disclosure.closed");
        }
        String who = Dossiers.text(name);
        String how = Dossiers.text(contact);
        String what = Dossiers.text(body);
        List<InvalidInput.Problem> problems = new java.util.ArrayList<>();
        if (!anonymousAllowed && who == null) {
            problems.add(InvalidInput.Problem.of("authorName", "validation.required"));
        }
        if (!anonymousAllowed && how == null) {
            problems.add(InvalidInput.Problem.of("contact", "validation.required"));
        }
        InvalidInput.fits(problems, "authorName", who, 200);
        InvalidInput.fits(problems, "contact", how, 200);
        if (what == null) {
            problems.add(InvalidInput.Problem.of("body", "validation.required"));
        } else if (what.length() > 4000) {
            problems.add(InvalidInput.Problem.of("body", "validation.disclosure.tooLong", 4000));
        }
        if (nomineeId != null) {
            boolean ofNotice = jdbc.sql("select count(*) from commendation_nominee where id = :n and dossier_id = :d")
                            .param("n", nomineeId)
                            .param("d", notice.dossierId())
                            .query(Integer.class)
                            .single()
                    > 0;
            if (!ofNotice) {
                problems.add(InvalidInput.Problem.of("nomineeId", "validation.disclosure.nominee"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        // comments on one notice are taken one at a time from here to the insert, so the hourly limit
        // per address is counted exactly under a burst (the count alone let one more through)
        jdbc.sql("select id from commendation_notice where id = :id for update")
                .param("id", noticeId)
                .query(Long.class)
                .list();
        String hash = sha256(source == null ? "" : source);
        int recent = jdbc.sql(
                        "select count(*) from commendation_comment where source_hash = :h and submitted_at > :since")
                .param("h", hash)
                .param("since", Timestamp.from(clock.instant().minus(Duration.ofHours(1))))
                .query(Integer.class)
                .single();
        if (recent >= perHour) {
            throw InvalidInput.of("body", "validation.disclosure.rate", perHour);
        }
        jdbc.sql("insert into commendation_comment (notice_id, nominee_id, author_name, contact, body, submitted_at,"
                        + " source_hash, status) values (:n, :nom, :a, :c, :b, :at, :h, 'PENDING')")
                .param("n", noticeId)
                .param("nom", nomineeId)
                .param("a", who)
                .param("c", how)
                .param("b", what)
                .param("at", Timestamp.from(clock.instant()))
                .param("h", hash)
                .update();
    }

    @Transactional(readOnly = true)
    public List<Comment> comments(Long dossierId) {
        dossiers.find(dossierId);
        Role role = scope.actor().role();
        if (role != Role.SPECIALIST && role != Role.ADMIN && role != Role.COUNCIL_MEMBER) {
            return List.of();
        }
        return jdbc.sql("select c.id, c.nominee_id, c.author_name, c.contact, c.body, c.submitted_at, c.status,"
                        + " c.handling, c.handled_by from commendation_comment c"
                        + " join commendation_notice n on n.id = c.notice_id where n.dossier_id = :d order by c.id")
                .param("d", dossierId)
                .query((rs, i) -> new Comment(
                        rs.getLong(1),
                        (Long) rs.getObject(2, Long.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        CommentStatus.valueOf(rs.getString(7)),
                        rs.getString(8),
                        rs.getString(9)))
                .list();
    }

    /** The specialist's moderation and how the comment was handled (required when it is taken up). */
    @Transactional
    public void handle(Long commentId, CommentStatus status, String handling) {
        Role role = scope.actor().role();
        if (role != Role.SPECIALIST && role != Role.ADMIN) {
            throw new AccessDeniedException("only the Ban TĐKT handles comments");
        }
        String text = Dossiers.text(handling);
        if (status == CommentStatus.PENDING || text == null) {
            throw InvalidInput.of("handling", "validation.disclosure.handling");
        }
        int updated = jdbc.sql(
                        "update commendation_comment set status = :s, handling = :h, handled_by = :by where id = :id")
                .param("s", status.name())
                .param("h", text)
                .param("by", scope.actor().username())
                .param("id", commentId)
                .update();
        if (updated == 0) {
            throw new DossierNotFound(commentId);
        }
        events.publishEvent(AuditableChange.updated("public-comment", commentId, null, status + "\n" + text));
    }

    /**
     * Whether the council may vote on this nominee today at a meeting on {@code meeting}: no notice
     * needed, or the window has closed (before today and before the meeting) with its working days
     * counted up to the meeting, and no comment left unhandled.
     */
    @Transactional(readOnly = true)
    public boolean councilMayVote(Nominee nominee, LocalDate meeting) {
        if (!requiresNotice(nominee.award())) {
            return true;
        }
        Optional<Notice> notice = noticeOf(nominee.dossierId());
        LocalDate today = dossiers.today();
        if (notice.isEmpty()
                || !notice.get().closedBefore(meeting)
                || !notice.get().closedBefore(today)) {
            return false;
        }
        if (workingDays.between(notice.get().startsOn(), meeting) < notice.get().workingDays()) {
            return false;
        }
        return jdbc.sql("select count(*) from commendation_comment where notice_id = :n and status = 'PENDING'")
                        .param("n", notice.get().id())
                        .query(Integer.class)
                        .single()
                == 0;
    }

    private Optional<Notice> noticeWhere(String column, Long value) {
        return jdbc.sql("select id, dossier_id, starts_on, ends_on, working_days from commendation_notice where "
                        + column + " = :v")
                .param("v", value)
                .query((rs, n) -> new Notice(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getInt(5)))
                .optional();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
