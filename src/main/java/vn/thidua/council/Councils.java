package vn.thidua.council;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.achievement.Award;
import vn.thidua.commendation.Appraisal;
import vn.thidua.commendation.Disclosure;
import vn.thidua.commendation.Dossier;
import vn.thidua.commendation.Dossiers;
import vn.thidua.commendation.Nominee;
import vn.thidua.commendation.Outcome;
import vn.thidua.organization.AccessScope;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.Role;

/**
 * Councils and their sessions (docs/legal-reference.md §3.6, §4.5, R25): the Ban TĐKT as secretariat forms councils,
 * schedules sessions, puts appraised dossiers on the agenda and records attendance; a session opens
 * only with its quorum; members declare conflicts of interest, and a member from the nominee's own
 * unit is recused automatically; each present member votes once per nominee in secret, the ballot
 * sealed in the {@link BallotBox} until closing (ADR 0018); closing opens the box, checks that the
 * ballots counted equal the members who voted and applies the threshold of the form, as a share of
 * the council's whole membership when the ballot opened. No count exists before closing.
 */
@Service
public class Councils {

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final Disclosure disclosure;
    private final AccessScope scope;
    private final ApplicationEventPublisher events;
    private final Thresholds thresholds;
    private final BallotBox box;

    Councils(
            JdbcClient jdbc,
            Dossiers dossiers,
            Disclosure disclosure,
            AccessScope scope,
            ApplicationEventPublisher events,
            Thresholds thresholds,
            BallotBox box) {
        this.jdbc = jdbc;
        this.box = box;
        this.dossiers = dossiers;
        this.disclosure = disclosure;
        this.scope = scope;
        this.events = events;
        this.thresholds = thresholds;
    }

    /**
     * Pass marks as a percentage of the council's whole membership, by form (docs/legal-reference.md §3.6, [I]
     * defaults: 90% for CSTĐ tỉnh and toàn quốc, 80% for the Government's and the state's forms, a
     * majority otherwise), and the quorum (two thirds).
     */
    @ConfigurationProperties("thidua.council")
    public record Thresholds(Map<Award, Integer> thresholds, Integer defaultThreshold, Integer quorumPercent) {

        public Thresholds {
            Map<Award, Integer> t = new EnumMap<>(Award.class);
            t.put(Award.PROVINCIAL_EMULATION_FIGHTER, 90);
            t.put(Award.NATIONAL_EMULATION_FIGHTER, 90);
            t.put(Award.GOVERNMENT_EMULATION_FLAG, 80);
            t.put(Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT, 80);
            t.put(Award.LABOR_ORDER_THIRD_CLASS, 80);
            if (thresholds != null) {
                t.putAll(thresholds);
            }
            thresholds = Map.copyOf(t);
            defaultThreshold = defaultThreshold == null ? 50 : defaultThreshold;
            quorumPercent = quorumPercent == null ? 67 : quorumPercent;
        }

        public int of(Award award) {
            return thresholds.getOrDefault(award, defaultThreshold);
        }

        /** Passing: strictly more than half for the plain majority, at least the mark otherwise. */
        public static boolean passes(int votesFor, int members, int threshold) {
            long left = (long) votesFor * 100;
            long right = (long) threshold * members;
            return threshold == 50 ? left > right : left >= right;
        }
    }

    public enum MemberRole {
        CHAIR,
        VICE_CHAIR,
        STANDING_VICE_CHAIR,
        MEMBER,
        SECRETARY
    }

    public enum Choice {
        FOR,
        AGAINST,
        ABSTAIN
    }

    public enum SessionStatus {
        PLANNED,
        OPEN,
        CLOSED
    }

    public record Council(Long id, String name, Long unitId, LocalDate termFrom, LocalDate termTo, String decision) {}

    public record Member(
            Long id,
            Long councilId,
            String username,
            String fullName,
            String position,
            MemberRole role,
            Long homeUnitId) {}

    public record Session(
            Long id,
            Long councilId,
            LocalDate meetsOn,
            String place,
            String title,
            SessionStatus status,
            int version) {}

    /**
     * One nominee's ballot: the threshold, how many members have voted, and once the session is
     * closed the counts and the result; while it is open the counts are null for everyone.
     */
    public record Tally(
            Long nomineeId,
            Integer votesFor,
            Integer against,
            Integer abstentions,
            int thresholdPercent,
            Integer membersTotal,
            Outcome outcome,
            int ballotsCast) {

        public boolean sealed() {
            return votesFor == null;
        }

        public int counted() {
            return sealed() ? 0 : votesFor + against + abstentions;
        }
    }

    public record Recusal(Long memberId, Long nomineeId, String reason, boolean automatic) {}

    // ---- councils and members

    @Transactional
    public Council create(String name, Long unitId, LocalDate from, LocalDate to, String decision) {
        requireSecretariat();
        if (name == null || name.isBlank() || from == null) {
            throw InvalidInput.of(name == null || name.isBlank() ? "name" : "termFrom", "validation.required");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into council_council (name, unit_id, term_from, term_to, appointing_decision)"
                        + " values (:n, :u, :f, :t, :d)")
                .param("n", name.strip())
                .param("u", unitId)
                .param("f", from)
                .param("t", to)
                .param("d", decision)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        events.publishEvent(AuditableChange.created("council", id, name));
        return council(id);
    }

    @Transactional
    public Member addMember(
            Long councilId, String username, String fullName, String position, MemberRole role, Long homeUnitId) {
        requireSecretariat();
        council(councilId);
        boolean account = jdbc.sql("select count(*) from identity_account where username = :u")
                        .param("u", username)
                        .query(Integer.class)
                        .single()
                > 0;
        if (!account) {
            throw InvalidInput.of("username", "validation.account.unknown");
        }
        try {
            jdbc.sql("insert into council_member (council_id, username, full_name, position, member_role, home_unit_id)"
                            + " values (:c, :u, :n, :p, :r, :h)")
                    .param("c", councilId)
                    .param("u", username)
                    .param("n", fullName)
                    .param("p", position)
                    .param("r", role.name())
                    .param("h", homeUnitId)
                    .update();
        } catch (DuplicateKeyException e) {
            throw InvalidInput.of("username", "validation.council.memberTwice", username);
        }
        events.publishEvent(AuditableChange.created("council-member", councilId, username + " " + role));
        return members(councilId).stream()
                .filter(m -> m.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Council> councils() {
        return jdbc.sql(
                        "select id, name, unit_id, term_from, term_to, appointing_decision from council_council order by id")
                .query(Councils::council)
                .list();
    }

    @Transactional(readOnly = true)
    public Council council(Long id) {
        return jdbc.sql("select id, name, unit_id, term_from, term_to, appointing_decision from council_council"
                        + " where id = :id")
                .param("id", id)
                .query(Councils::council)
                .optional()
                .orElseThrow(() -> new CouncilNotFound(id));
    }

    @Transactional(readOnly = true)
    public List<Member> members(Long councilId) {
        return jdbc.sql("select id, council_id, username, full_name, position, member_role, home_unit_id"
                        + " from council_member where council_id = :c order by id")
                .param("c", councilId)
                .query((rs, n) -> new Member(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        MemberRole.valueOf(rs.getString(6)),
                        (Long) rs.getObject(7, Long.class)))
                .list();
    }

    // ---- sessions

    @Transactional
    public Session schedule(Long councilId, LocalDate meetsOn, String place, String title) {
        requireSecretariat();
        council(councilId);
        if (meetsOn == null || title == null || title.isBlank()) {
            throw InvalidInput.of(meetsOn == null ? "meetsOn" : "title", "validation.required");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into council_session (council_id, meets_on, place, title, status) values (:c, :d, :p, :t, 'PLANNED')")
                .param("c", councilId)
                .param("d", meetsOn)
                .param("p", place)
                .param("t", title.strip())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        events.publishEvent(AuditableChange.created("council-session", id, meetsOn + " " + title));
        return session(id);
    }

    @Transactional(readOnly = true)
    public Session session(Long id) {
        Session s = jdbc.sql(
                        "select id, council_id, meets_on, place, title, status, version from council_session where id = :id")
                .param("id", id)
                .query(Councils::session)
                .optional()
                .orElseThrow(() -> new CouncilNotFound(id));
        requireSeesSession(s);
        return s;
    }

    @Transactional(readOnly = true)
    public List<Session> sessions(Long councilId) {
        return jdbc.sql("select id, council_id, meets_on, place, title, status, version from council_session"
                        + " where council_id = :c order by meets_on desc, id desc")
                .param("c", councilId)
                .query(Councils::session)
                .list();
    }

    /** Puts an appraised dossier on the agenda: its accepted nominees get a ballot, recusals are made. */
    @Transactional
    public void addToAgenda(Long sessionId, Long dossierId) {
        requireSecretariat();
        Session s = planned(sessionId);
        Dossier d = dossiers.putToCouncil(dossierId);
        jdbc.sql("insert into council_agenda (session_id, dossier_id) values (:s, :d)")
                .param("s", sessionId)
                .param("d", dossierId)
                .update();
        List<Member> members = members(s.councilId());
        for (Nominee n : dossiers.nominees(dossierId)) {
            if (n.appraisal() != Appraisal.ACCEPTED) {
                continue;
            }
            jdbc.sql("insert into council_tally (session_id, nominee_id, threshold_percent) values (:s, :n, :t)")
                    .param("s", sessionId)
                    .param("n", n.id())
                    .param("t", thresholds.of(n.award()))
                    .update();
            for (Member m : members) {
                if (m.homeUnitId() != null
                        && (m.homeUnitId().equals(n.unitId()) || m.homeUnitId().equals(d.proposingUnitId()))) {
                    recuse(sessionId, m.id(), n.id(), "Cùng đơn vị với người được đề nghị", true);
                }
            }
        }
        events.publishEvent(AuditableChange.created("council-agenda", sessionId, "dossier=" + dossierId));
    }

    @Transactional(readOnly = true)
    public List<Long> agenda(Long sessionId) {
        session(sessionId);
        return jdbc.sql("select dossier_id from council_agenda where session_id = :s order by dossier_id")
                .param("s", sessionId)
                .query(Long.class)
                .list();
    }

    /** Who is present; only before the ballot opens. */
    @Transactional
    public void recordAttendance(Long sessionId, Set<Long> presentMemberIds) {
        requireSecretariat();
        Session s = planned(sessionId);
        Set<Long> ids = new HashSet<>();
        members(s.councilId()).forEach(m -> ids.add(m.id()));
        if (!ids.containsAll(presentMemberIds)) {
            throw InvalidInput.of("present", "validation.council.notMember");
        }
        jdbc.sql("delete from council_attendance where session_id = :s")
                .param("s", sessionId)
                .update();
        for (Long id : presentMemberIds) {
            jdbc.sql("insert into council_attendance (session_id, member_id) values (:s, :m)")
                    .param("s", sessionId)
                    .param("m", id)
                    .update();
        }
        events.publishEvent(
                AuditableChange.updated("council-attendance", sessionId, null, presentMemberIds.toString()));
    }

    @Transactional(readOnly = true)
    public Set<Long> present(Long sessionId) {
        return new HashSet<>(jdbc.sql("select member_id from council_attendance where session_id = :s")
                .param("s", sessionId)
                .query(Long.class)
                .list());
    }

    /** Opens the ballot; refused without the quorum. */
    @Transactional
    public Session open(Long sessionId, int expectedVersion) {
        requireSecretariat();
        Session s = planned(sessionId);
        int total = members(s.councilId()).size();
        int present = present(sessionId).size();
        if ((long) present * 100 < (long) thresholds.quorumPercent() * total) {
            throw InvalidInput.of("present", "validation.council.quorum", present, total, thresholds.quorumPercent());
        }
        // the roll: the threshold's denominator and who may vote; members added later change nothing
        jdbc.sql("insert into council_session_roll (session_id, member_id)"
                        + " select :s, id from council_member where council_id = :c")
                .param("s", sessionId)
                .param("c", s.councilId())
                .update();
        Session opened = status(s, expectedVersion, SessionStatus.OPEN);
        events.publishEvent(new BallotOpened(
                sessionId,
                s.title(),
                jdbc.sql("select m.username from council_member m join council_session_roll r on r.member_id = m.id"
                                + " where r.session_id = :s order by m.username")
                        .param("s", sessionId)
                        .query(String.class)
                        .list()));
        return opened;
    }

    /** A member declares a conflict of interest on a nominee and is recused from its ballot. */
    @Transactional
    public void declareConflict(Long sessionId, Long nomineeId, String reason) {
        Session s = session(sessionId);
        Member me = self(s.councilId());
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "validation.required");
        }
        tally(sessionId, nomineeId);
        if (voted(sessionId, nomineeId, me.id())) {
            throw InvalidInput.of("nomineeId", "validation.council.alreadyVoted");
        }
        recuse(sessionId, me.id(), nomineeId, reason.strip(), false);
    }

    /**
     * A member's secret vote. In one transaction the member is marked as having voted (without the
     * choice) and a sealed ballot (without the member) is dropped in the box; no count changes. The
     * audit trail records that the member voted on the nominee, never how.
     */
    @Transactional
    public void vote(Long sessionId, Long nomineeId, Choice choice) {
        if (choice == null) {
            throw InvalidInput.of("choice", "validation.required");
        }
        Session s = session(sessionId);
        Member me = self(s.councilId());
        // serialises with closing: a vote either lands before the box is opened or is refused
        String status = jdbc.sql("select status from council_session where id = :id for update")
                .param("id", sessionId)
                .query(String.class)
                .single();
        if (!SessionStatus.OPEN.name().equals(status)) {
            throw InvalidInput.of("session", "validation.council.notOpen");
        }
        if (!present(sessionId).contains(me.id()) || roll(sessionId).stream().noneMatch(m -> m.id().equals(me.id()))) {
            throw InvalidInput.of("session", "validation.council.notPresent");
        }
        Tally t = tally(sessionId, nomineeId);
        if (t.outcome() != null) {
            throw InvalidInput.of("nomineeId", "validation.council.closed");
        }
        if (recusals(sessionId).stream()
                .anyMatch(r -> r.memberId().equals(me.id()) && r.nomineeId().equals(nomineeId))) {
            throw InvalidInput.of("nomineeId", "validation.council.recused");
        }
        Nominee n = dossiers.nominee(nomineeId);
        if (!disclosure.councilMayVote(n, s.meetsOn())) {
            throw InvalidInput.of("nomineeId", "validation.council.disclosureOpen", n.fullName());
        }
        try {
            jdbc.sql("insert into council_ballot_cast (session_id, nominee_id, member_id) values (:s, :n, :m)")
                    .param("s", sessionId)
                    .param("n", nomineeId)
                    .param("m", me.id())
                    .update();
        } catch (DuplicateKeyException e) {
            throw InvalidInput.of("nomineeId", "validation.council.alreadyVoted");
        }
        box.drop(sessionId, nomineeId, choice);
        events.publishEvent(AuditableChange.created(
                "council-vote", sessionId, "member=" + me.username() + "\nnominee=" + nomineeId));
    }

    /**
     * Closes the ballot: the box is opened, each nominee's counts are written and must equal the
     * members who voted, and each nominee whose public comment has ended gets its result against the
     * membership fixed when the ballot opened.
     */
    @Transactional
    public Session close(Long sessionId, int expectedVersion) {
        requireSecretariat();
        jdbc.sql("select id from council_session where id = :id for update")
                .param("id", sessionId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new CouncilNotFound(sessionId));
        Session s = session(sessionId);
        if (s.status() != SessionStatus.OPEN) {
            throw InvalidInput.of("session", "validation.council.notOpen");
        }
        if (s.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("session " + s.id() + " changed since it was read");
        }
        int total = roll(sessionId).size();
        Map<Long, Map<Choice, Integer>> opened = box.open(sessionId);
        for (Tally t : tallies(sessionId)) {
            if (t.outcome() != null) {
                continue;
            }
            Map<Choice, Integer> c = opened.getOrDefault(t.nomineeId(), Map.of());
            jdbc.sql("""
                    update council_tally set votes_for = votes_for + :f, votes_against = votes_against + :a,
                      abstentions = abstentions + :x, members_total = :m where session_id = :s and nominee_id = :n""")
                    .param("f", c.getOrDefault(Choice.FOR, 0))
                    .param("a", c.getOrDefault(Choice.AGAINST, 0))
                    .param("x", c.getOrDefault(Choice.ABSTAIN, 0))
                    .param("m", total)
                    .param("s", sessionId)
                    .param("n", t.nomineeId())
                    .update();
        }
        for (Tally t : counted(sessionId)) {
            if (t.outcome() != null) {
                continue;
            }
            if (t.counted() != t.ballotsCast()) {
                throw new IllegalStateException("ballot count mismatch for nominee " + t.nomineeId());
            }
            Nominee n = dossiers.nominee(t.nomineeId());
            if (!disclosure.councilMayVote(n, s.meetsOn())) {
                continue; // its window has not closed: it waits for a later session
            }
            Outcome outcome = Thresholds.passes(t.votesFor(), total, t.thresholdPercent())
                    ? Outcome.APPROVED
                    : Outcome.NOT_APPROVED;
            jdbc.sql("update council_tally set outcome = :o where session_id = :s and nominee_id = :n")
                    .param("o", outcome.name())
                    .param("s", sessionId)
                    .param("n", t.nomineeId())
                    .update();
            dossiers.recordOutcome(
                    t.nomineeId(),
                    outcome,
                    "Phiên " + sessionId + ": " + t.votesFor() + "/" + total + " phiếu đồng ý (ngưỡng "
                            + t.thresholdPercent() + "%)");
        }
        Session closed = status(s, expectedVersion, SessionStatus.CLOSED);
        events.publishEvent(AuditableChange.updated("council-session", sessionId, "OPEN", "CLOSED"));
        return closed;
    }

    /**
     * The session's roll: the council's members when the ballot opened (all current members while
     * it is planned). Thresholds count against it and only its present members vote.
     */
    @Transactional(readOnly = true)
    public List<Member> roll(Long sessionId) {
        Session s = session(sessionId);
        if (s.status() == SessionStatus.PLANNED) {
            return members(s.councilId());
        }
        Set<Long> ids = new HashSet<>(jdbc.sql("select member_id from council_session_roll where session_id = :s")
                .param("s", sessionId)
                .query(Long.class)
                .list());
        return members(s.councilId()).stream().filter(m -> ids.contains(m.id())).toList();
    }

    /**
     * The ballots of the session, for anyone who may see it: while the session is not closed the
     * counts are withheld (null) from everyone, the secretariat included; only turnout is shown.
     */
    @Transactional(readOnly = true)
    public List<Tally> tallies(Long sessionId) {
        Session s = session(sessionId);
        List<Tally> all = counted(sessionId);
        if (s.status() == SessionStatus.CLOSED) {
            return all;
        }
        return all.stream()
                .map(t -> new Tally(
                        t.nomineeId(),
                        null,
                        null,
                        null,
                        t.thresholdPercent(),
                        t.membersTotal(),
                        t.outcome(),
                        t.ballotsCast()))
                .toList();
    }

    private List<Tally> counted(Long sessionId) {
        return jdbc.sql("""
                select t.nominee_id, t.votes_for, t.votes_against, t.abstentions, t.threshold_percent, t.members_total,
                       t.outcome,
                       (select count(*) from council_ballot_cast c where c.session_id = t.session_id
                          and c.nominee_id = t.nominee_id)
                from council_tally t where t.session_id = :s order by t.nominee_id""")
                .param("s", sessionId)
                .query((rs, n) -> new Tally(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        (Integer) rs.getObject(6, Integer.class),
                        rs.getString(7) == null ? null : Outcome.valueOf(rs.getString(7)),
                        rs.getInt(8)))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Recusal> recusals(Long sessionId) {
        return jdbc.sql("select member_id, nominee_id, reason, automatic from council_recusal where session_id = :s"
                        + " order by nominee_id, member_id")
                .param("s", sessionId)
                .query((rs, n) -> new Recusal(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    /** The nominees the signed-in member has already voted on in the session (never how). */
    @Transactional(readOnly = true)
    public Set<Long> votedBySelf(Long sessionId) {
        Session s = session(sessionId);
        Optional<Member> me = members(s.councilId()).stream()
                .filter(m -> m.username().equals(scope.actor().username()))
                .findFirst();
        if (me.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(
                jdbc.sql("select nominee_id from council_ballot_cast where session_id = :s and member_id = :m")
                        .param("s", sessionId)
                        .param("m", me.get().id())
                        .query(Long.class)
                        .list());
    }

    /** The signed-in account's membership of the council, if any. */
    @Transactional(readOnly = true)
    public Optional<Member> membership(Long councilId) {
        return members(councilId).stream()
                .filter(m -> m.username().equals(scope.actor().username()))
                .findFirst();
    }

    // ---- internals

    private void recuse(Long sessionId, Long memberId, Long nomineeId, String reason, boolean automatic) {
        try {
            jdbc.sql("insert into council_recusal (session_id, member_id, nominee_id, reason, automatic)"
                            + " values (:s, :m, :n, :r, :a)")
                    .param("s", sessionId)
                    .param("m", memberId)
                    .param("n", nomineeId)
                    .param("r", reason)
                    .param("a", automatic)
                    .update();
        } catch (DuplicateKeyException e) {
            return; // already recused
        }
        events.publishEvent(AuditableChange.created(
                "council-recusal", sessionId, "member=" + memberId + "\nnominee=" + nomineeId + "\nreason=" + reason));
    }

    private boolean voted(Long sessionId, Long nomineeId, Long memberId) {
        return jdbc.sql(
                                "select count(*) from council_ballot_cast where session_id = :s and nominee_id = :n and member_id = :m")
                        .param("s", sessionId)
                        .param("n", nomineeId)
                        .param("m", memberId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private Tally tally(Long sessionId, Long nomineeId) {
        return tallies(sessionId).stream()
                .filter(t -> t.nomineeId().equals(nomineeId))
                .findFirst()
                .orElseThrow(() -> InvalidInput.of("nomineeId", "validation.council.notOnAgenda"));
    }

    private Member self(Long councilId) {
        return membership(councilId).orElseThrow(() -> new AccessDeniedException("not a member of this council"));
    }

    private Session planned(Long sessionId) {
        Session s = session(sessionId);
        if (s.status() != SessionStatus.PLANNED) {
            throw InvalidInput.of("session", "validation.council.notPlanned");
        }
        return s;
    }

    private Session status(Session s, int expectedVersion, SessionStatus next) {
        int updated = jdbc.sql(
                        "update council_session set status = :st, version = version + 1 where id = :id and version = :v")
                .param("st", next.name())
                .param("id", s.id())
                .param("v", expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("session " + s.id() + " changed since it was read");
        }
        return session(s.id());
    }

    private void requireSecretariat() {
        Role role = scope.actor().role();
        if (role != Role.SPECIALIST && role != Role.ADMIN) {
            throw new AccessDeniedException("only the Ban TĐKT runs the council's secretariat");
        }
    }

    private void requireSeesSession(Session s) {
        Role role = scope.actor().role();
        if (role == Role.SPECIALIST || role == Role.ADMIN || role == Role.SIGNER) {
            return;
        }
        if (membership(s.councilId()).isEmpty()) {
            throw new CouncilNotFound(s.id());
        }
    }

    private static Council council(ResultSet rs, int row) throws SQLException {
        return new Council(
                rs.getLong(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class),
                rs.getString(6));
    }

    private static Session session(ResultSet rs, int row) throws SQLException {
        return new Session(
                rs.getLong(1),
                rs.getLong(2),
                rs.getObject(3, LocalDate.class),
                rs.getString(4),
                rs.getString(5),
                SessionStatus.valueOf(rs.getString(6)),
                rs.getInt(7));
    }

    static List<Long> ids(List<Member> members) {
        List<Long> ids = new ArrayList<>();
        members.forEach(m -> ids.add(m.id()));
        return ids;
    }
}
