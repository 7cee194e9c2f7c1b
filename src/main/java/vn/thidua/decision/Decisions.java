package vn.thidua.decision;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.achievement.Award;
import vn.thidua.commendation.Dossiers;
import vn.thidua.eligibility.AwardMoney;
import vn.thidua.eligibility.Candidate;
import vn.thidua.organization.AccessScope;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.Role;

/**
 * Decisions from the council's results to the signed record: the Ban TĐKT drafts a decision for a
 * form and year from the nominees the council approved; the office issues it (its number, allocated
 * per issuer and year without gaps or duplicates, and its date); the signer signs it. Award money is
 * the law's multiple of the base salary on the decision's date (docs/legal-reference.md R20).
 */
@Service
public class Decisions {

    static final String COLUMNS = "id, issuer_unit_id, symbol, decision_year, number, kind, award, achievement_year,"
            + " revokes_id, revocation_ground, place, decided_on, title, authority, basis, proposal, signer_name,"
            + " signer_position, signing_for, recipients_note, status, signed_file_id, signed_at, signed_by,"
            + " signature_subject, version";
    private static final char[] CODE = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final AwardMoney money;
    private final AccessScope scope;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final NumberCounters counters;
    private final NomineeClaims claims;
    private final AwardChains chains;
    private final SigningSettings signing;
    private final vn.thidua.commendation.AwardClassifications classifications;

    Decisions(
            vn.thidua.commendation.AwardClassifications classifications,
            NomineeClaims claims,
            AwardChains chains,
            SigningSettings signing,
            NumberCounters counters,
            JdbcClient jdbc,
            Dossiers dossiers,
            AwardMoney money,
            AccessScope scope,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.classifications = classifications;
        this.claims = claims;
        this.chains = chains;
        this.signing = signing;
        this.counters = counters;
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.money = money;
        this.scope = scope;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Drafts the Chairman's decision for a form and achievement year: every nominee the council
     * approved and no decision yet names, the legal basis of the day, the standard articles.
     */
    @Transactional
    public Decision draft(Award award, int achievementYear) {
        requireRole(Role.ADMIN, Role.SPECIALIST);
        Set<Long> decided = claims.claimed();
        List<Dossiers.Approved> approved = dossiers.approved(award, achievementYear).stream()
                .filter(a -> !decided.contains(a.nominee().id()))
                .toList();
        if (approved.isEmpty()) {
            throw InvalidInput.of("award", "validation.decision.nobodyApproved");
        }
        String awardName =
                messages.getMessage("award." + award.name(), null, award.name(), java.util.Locale.forLanguageTag("vi"));
        LocalDate today = today();
        long province = jdbc.sql(
                        "select id from organization_unit where kind = 'PROVINCE' and valid_to is null order by id")
                .query(Long.class)
                .list()
                .get(0);
        String provinceName = jdbc.sql("select name from organization_unit where id = :id")
                .param("id", province)
                .query(String.class)
                .single();
        String place = provinceName.replaceFirst("^Tỉnh ", "");
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into decision_decision (issuer_unit_id, symbol, decision_year, kind, award, achievement_year,"
                        + " place, title, authority, basis, proposal, signer_name, signer_position, signing_for,"
                        + " recipients_note, status, created_by, signer_account) values (:i, 'QĐ-UBND', :y, 'AWARD', :a,"
                        + " :ay, :p, :t, :auth, :b, :prop, :sn, :sp, :sf, :rn, 'DRAFT', :by, :acc)")
                .param("i", province)
                .param("y", today.getYear())
                .param("a", award.name())
                .param("ay", achievementYear)
                .param("p", place)
                .param("t", "Về việc tặng " + awardName)
                .param("auth", "CHỦ TỊCH ỦY BAN NHÂN DÂN " + provinceName.toUpperCase(java.util.Locale.ROOT))
                .param(
                        "b",
                        String.join(
                                "\n",
                                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                                "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết"
                                        + " một số điều của Luật Thi đua, khen thưởng;"))
                .param(
                        "prop",
                        "Theo đề nghị của Giám đốc Sở Nội vụ và kết quả xét duyệt của Hội đồng Thi đua -"
                                + " Khen thưởng tỉnh.")
                .param("sn", "Nguyễn Văn Út")
                .param("sp", "CHỦ TỊCH")
                .param("sf", null)
                .param("rn", String.join("\n", "Như Điều 3;", "CT, các PCT UBND tỉnh;", "Lưu: VT, SNV."))
                .param("by", scope.actor().username())
                .param("acc", signing.signerAccount())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        int seq = 0;
        Map<Long, Long> lineOfNominee = new HashMap<>();
        for (Dossiers.Approved a : approved) {
            var n = a.nominee();
            boolean collective = n.subject() == vn.thidua.commendation.NomineeSubject.COLLECTIVE;
            GeneratedKeyHolder line = new GeneratedKeyHolder();
            Long amount = money.amount(award, collective ? Candidate.Kind.COLLECTIVE : Candidate.Kind.INDIVIDUAL, today)
                    .map(AwardMoney.Amount::dong)
                    .orElse(null);
            jdbc.sql(
                            "insert into decision_recipient (decision_id, seq, nominee_id, subject, person_id, unit_id, full_name,"
                                    + " position, award, posthumous, amount, code, status)"
                                    + " values (:d, :s, :n, :subj, :p, :u, :name, :pos, :a, :post, :amt, :code, 'VALID')")
                    .param("d", id)
                    .param("s", ++seq)
                    .param("n", n.id())
                    .param("subj", n.subject().name())
                    .param("p", n.personId())
                    .param("u", n.unitId())
                    .param("name", n.fullName())
                    .param("pos", position(n.position(), a.proposingUnitName(), collective))
                    .param("a", award.name())
                    .param("post", n.posthumous())
                    .param("amt", amount)
                    .param("code", newCode())
                    .update(line, "id");
            lineOfNominee.put(n.id(), line.getKeyAs(Number.class).longValue());
        }
        claims.claim(id, lineOfNominee);
        copyClassification(id, lineOfNominee);
        events.publishEvent(AuditableChange.created("decision", id, "award=" + award + "\nrecipients=" + seq));
        return find(id);
    }

    /** Each line drafted from a nominee carries the nominee's method, tier and enterprise flag (issue 20). */
    private void copyClassification(long decisionId, Map<Long, Long> lineOfNominee) {
        var found = classifications.ofNominees(lineOfNominee.keySet());
        lineOfNominee.forEach((nominee, line) -> {
            var c = found.get(nominee);
            if (c != null) {
                jdbc.sql("update decision_recipient set award_method = :m, recipient_tier = :t, enterprise = :e"
                                + " where id = :id and decision_id = :d")
                        .param("m", c.method() == null ? null : c.method().name())
                        .param("t", c.tier() == null ? null : c.tier().name())
                        .param("e", c.enterprise())
                        .param("id", line)
                        .param("d", decisionId)
                        .update();
            }
        });
    }

    /** The grounds of Luật TĐKT 2022 Đ93 k2 (docs/legal-reference.md §3.7). */
    public static final List<String> GROUNDS = List.of("a", "b", "c", "d");

    /**
     * Drafts a decision revoking some awards of a signed decision (an awarding one, or a correction
     * that replaced a line), on a ground of Đ93 k2 with the reason: once signed, every certificate of
     * those awards shows as revoked and the awards leave the records.
     */
    @Transactional
    public Decision draftRevocation(Long originalId, List<Long> recipientIds, String ground, String reason) {
        requireRole(Role.ADMIN, Role.SPECIALIST);
        Decision original = find(originalId);
        if (original.status() != Decision.Status.SIGNED || original.kind() == Decision.Kind.REVOCATION) {
            throw InvalidInput.of("decision", "validation.decision.notSigned");
        }
        if (!GROUNDS.contains(ground)) {
            throw InvalidInput.of("ground", "validation.decision.ground");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "validation.required");
        }
        List<Recipient> chosen = recipients(originalId).stream()
                .filter(r -> recipientIds.contains(r.id()) && r.status() == Recipient.Status.VALID)
                .toList();
        if (chosen.isEmpty() || chosen.size() != recipientIds.size()) {
            throw InvalidInput.of("recipientIds", "validation.decision.recipients");
        }
        long id = followUp(
                original,
                Decision.Kind.REVOCATION,
                ground,
                reason.strip(),
                "Về việc hủy bỏ một phần Quyết định số " + original.numberText() + " ngày "
                        + DecisionDocument.date(original.decidedOn()),
                "\nCăn cứ khoản 2 Điều 93 Luật Thi đua, khen thưởng;");
        int seq = 0;
        for (Recipient r : chosen) {
            jdbc.sql(
                            "insert into decision_recipient (decision_id, seq, nominee_id, subject, person_id, unit_id, full_name,"
                                    + " position, award, posthumous, amount, code, status, revokes_recipient_id)"
                                    + " values (:d, :s, :n, :subj, :p, :u, :name, :pos, :a, :post, :amt, :code, 'VALID', :rr)")
                    .param("d", id)
                    .param("s", ++seq)
                    .param("n", r.nomineeId())
                    .param("subj", r.subject())
                    .param("p", r.personId())
                    .param("u", r.unitId())
                    .param("name", r.fullName())
                    .param("pos", r.position())
                    .param("a", r.award().name())
                    .param("post", r.posthumous())
                    .param("amt", r.amount())
                    .param("code", newCode())
                    .param("rr", r.id())
                    .update();
        }
        events.publishEvent(AuditableChange.created(
                "decision", id, "revokes=" + originalId + "\nground=" + ground + "\nreason=" + reason));
        return find(id);
    }

    /**
     * Drafts a correction (đính chính) of one recipient of a signed decision: the corrected name and
     * position; once signed, the old certificate points to the correction and a new one is valid.
     */
    @Transactional
    public Decision draftCorrection(
            Long originalId, Long recipientId, String fullName, String position, String reason) {
        requireRole(Role.ADMIN, Role.SPECIALIST);
        Decision original = find(originalId);
        if (original.status() != Decision.Status.SIGNED || original.kind() != Decision.Kind.AWARD) {
            throw InvalidInput.of("decision", "validation.decision.notSigned");
        }
        Recipient wrong = recipients(originalId).stream()
                .filter(r -> r.id().equals(recipientId) && r.status() == Recipient.Status.VALID)
                .findFirst()
                .orElseThrow(() -> InvalidInput.of("recipientIds", "validation.decision.recipients"));
        if (fullName == null || fullName.isBlank() || reason == null || reason.isBlank()) {
            throw InvalidInput.of(
                    fullName == null || fullName.isBlank() ? "fullName" : "reason", "validation.required");
        }
        long id = followUp(
                original,
                Decision.Kind.CORRECTION,
                null,
                reason.strip(),
                "Về việc đính chính Quyết định số " + original.numberText() + " ngày "
                        + DecisionDocument.date(original.decidedOn()),
                "");
        jdbc.sql("insert into decision_recipient (decision_id, seq, nominee_id, subject, person_id, unit_id, full_name,"
                        + " position, award, posthumous, amount, code, status, revokes_recipient_id)"
                        + " values (:d, 1, :n, :subj, :p, :u, :name, :pos, :a, :post, :amt, :code, 'VALID', :rr)")
                .param("d", id)
                .param("n", wrong.nomineeId())
                .param("subj", wrong.subject())
                .param("p", wrong.personId())
                .param("u", wrong.unitId())
                .param("name", fullName.strip())
                .param("pos", position == null || position.isBlank() ? wrong.position() : position.strip())
                .param("a", wrong.award().name())
                .param("post", wrong.posthumous())
                .param("amt", wrong.amount())
                .param("code", newCode())
                .param("rr", wrong.id())
                .update();
        events.publishEvent(AuditableChange.created(
                "decision",
                id,
                "corrects=" + originalId + "\nrecipient=" + wrong.fullName() + " → " + fullName + "\nreason="
                        + reason));
        return find(id);
    }

    /**
     * Discards a draft (before it has a number): its lines go, and the nominees it named can be
     * drafted again.
     */
    @Transactional
    public void discard(Long id, int expectedVersion) {
        requireRole(Role.ADMIN, Role.SPECIALIST);
        Decision d = find(id);
        if (d.status() != Decision.Status.DRAFT) {
            throw InvalidInput.of("status", "validation.decision.notDraft");
        }
        if (d.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("decision " + id + " changed since it was read");
        }
        claims.release(id);
        jdbc.sql("delete from decision_recipient where decision_id = :d")
                .param("d", id)
                .update();
        int deleted = jdbc.sql("delete from decision_decision where id = :id and version = :v and status = 'DRAFT'")
                .param("id", id)
                .param("v", expectedVersion)
                .update();
        if (deleted == 0) {
            throw new OptimisticLockingFailureException("decision " + id + " changed since it was read");
        }
        events.publishEvent(AuditableChange.deleted("decision", id, d.kind() + " " + d.title()));
    }

    /** A signed correction: the lines it corrects give way to its own (refused if one is no longer valid). */
    void applyCorrection(Decision correction, List<Recipient> lines) {
        chains.correct(correction, lines);
    }

    /** A signed revocation: every line of each award it revokes becomes REVOKED; what the records lose. */
    List<vn.thidua.shared.AwardsDecided.Entry> applyRevocation(Decision revocation, List<Recipient> lines) {
        return chains.revoke(revocation, lines);
    }

    /** A decision that follows a signed one (revocation, correction): its frame copied from the original. */
    private long followUp(
            Decision original, Decision.Kind kind, String ground, String reason, String title, String basisExtra) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into decision_decision (issuer_unit_id, symbol, decision_year, kind, award, achievement_year,"
                        + " revokes_id, revocation_ground, reason, place, title, authority, basis, proposal, signer_name,"
                        + " signer_position, signing_for, recipients_note, status, created_by, signer_account)"
                        + " values (:i, :sym, :y, :k, :a, :ay, :orig, :g, :r, :p, :t, :auth, :b, :prop, :sn, :sp,"
                        + " :sf, :rn, 'DRAFT', :by, (select signer_account from decision_decision where id = :orig))")
                .param("i", original.issuerUnitId())
                .param("sym", original.symbol())
                .param("y", today().getYear())
                .param("k", kind.name())
                .param("a", original.award().name())
                .param("ay", original.achievementYear())
                .param("orig", original.id())
                .param("g", ground)
                .param("r", reason)
                .param("p", original.place())
                .param("t", title)
                .param("auth", original.authority())
                .param("b", String.join("\n", original.basis()) + basisExtra)
                .param("prop", "Xét: " + reason)
                .param("sn", original.signerName())
                .param("sp", original.signerPosition())
                .param("sf", original.signingFor())
                .param("rn", String.join("\n", original.recipientsNote()))
                .param("by", scope.actor().username())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /**
     * Văn thư cấp số: the next number of the issuer's year and today's date. The counter row is
     * updated in this transaction, so two issues at once wait for each other, and a failure gives the
     * number back: no gaps, no duplicates.
     */
    @Transactional
    public Decision issue(Long id, int expectedVersion) {
        requireRole(Role.ADMIN, Role.SPECIALIST);
        Decision d = find(id);
        if (d.status() != Decision.Status.DRAFT) {
            throw InvalidInput.of("status", "validation.decision.notDraft");
        }
        LocalDate today = today();
        int number = nextNumber(d.issuerUnitId(), today.getYear());
        int updated = jdbc.sql("update decision_decision set number = :n, decided_on = :on, decision_year = :y,"
                        + " status = 'ISSUED', version = version + 1 where id = :id and version = :v")
                .param("n", number)
                .param("on", today)
                .param("y", today.getYear())
                .param("id", id)
                .param("v", expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("decision " + id + " changed since it was read");
        }
        events.publishEvent(AuditableChange.updated("decision", id, "DRAFT", "ISSUED " + number));
        Decision issued = find(id);
        events.publishEvent(new DecisionIssued(id, issued.numberText(), issued.title()));
        return issued;
    }

    /**
     * The next number of the issuer's year, counted in the caller's transaction: the counter row is
     * locked by the update until the caller commits (or rolls back, giving the number back).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int nextNumber(Long issuerUnitId, int year) {
        counters.ensure(issuerUnitId, year);
        jdbc.sql(
                        "update decision_counter set last_number = last_number + 1 where issuer_unit_id = :i and decision_year = :y")
                .param("i", issuerUnitId)
                .param("y", year)
                .update();
        return jdbc.sql("select last_number from decision_counter where issuer_unit_id = :i and decision_year = :y")
                .param("i", issuerUnitId)
                .param("y", year)
                .query(Integer.class)
                .single();
    }

    /** The whole register, newest first (the demo and the tests; screens read it a page at a time). */
    @Transactional(readOnly = true)
    public List<Decision> register() {
        return register(null, 0, Integer.MAX_VALUE);
    }

    @Transactional(readOnly = true)
    /** One page of the register, newest first: at most {@code limit} decisions after the first {@code offset}. */
    public List<Decision> register(int offset, int limit) {
        return register(null, offset, limit);
    }

    /** One page of the register, of one status when {@code status} is given (the work list's links). */
    @Transactional(readOnly = true)
    public List<Decision> register(Decision.Status status, int offset, int limit) {
        requireReader();
        return jdbc.sql("select " + COLUMNS + " from decision_decision"
                        + (status == null ? "" : " where status = :s")
                        + " order by decision_year desc,"
                        + " coalesce(number, 2147483647) desc, id desc offset :o rows fetch next :n rows only")
                .param("s", status == null ? "" : status.name())
                .param("o", offset)
                .param("n", limit)
                .query(Decisions::decision)
                .list();
    }

    @Transactional(readOnly = true)
    public Decision find(Long id) {
        requireReader();
        return row(id).orElseThrow(() -> new DecisionNotFound(id));
    }

    Optional<Decision> row(Long id) {
        return jdbc.sql("select " + COLUMNS + " from decision_decision where id = :id")
                .param("id", id)
                .query(Decisions::decision)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<Recipient> recipients(Long decisionId) {
        return jdbc.sql("select * from decision_recipient where decision_id = :d order by seq")
                .param("d", decisionId)
                .query(Decisions::recipient)
                .list();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private void requireRole(Role... roles) {
        if (!Arrays.asList(roles).contains(scope.actor().role())) {
            throw new AccessDeniedException("role " + scope.actor().role() + " may not do this");
        }
    }

    private void requireReader() {
        requireRole(Role.ADMIN, Role.SPECIALIST, Role.SIGNER, Role.COUNCIL_MEMBER);
    }

    /** "Giáo viên, Trường THPT Tây Ninh, Sở Giáo dục và Đào tạo": the position, then the proposing unit. */
    private static String position(String position, String unit, boolean collective) {
        if (collective) {
            return unit;
        }
        return position == null || position.isBlank() ? unit : position + ", " + unit;
    }

    /** 20 characters from 32 (100 bits): not guessable, not enumerable. */
    static String newCode() {
        char[] code = new char[20];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE[RANDOM.nextInt(CODE.length)];
        }
        return new String(code);
    }

    static Decision decision(ResultSet rs, int row) throws SQLException {
        Timestamp signed = rs.getTimestamp("signed_at");
        return new Decision(
                rs.getLong("id"),
                rs.getLong("issuer_unit_id"),
                rs.getString("symbol"),
                rs.getInt("decision_year"),
                (Integer) rs.getObject("number", Integer.class),
                Decision.Kind.valueOf(rs.getString("kind")),
                rs.getString("award") == null ? null : Award.valueOf(rs.getString("award")),
                (Integer) rs.getObject("achievement_year", Integer.class),
                (Long) rs.getObject("revokes_id", Long.class),
                rs.getString("revocation_ground"),
                rs.getString("place"),
                rs.getObject("decided_on", LocalDate.class),
                rs.getString("title"),
                rs.getString("authority"),
                lines(rs.getString("basis")),
                rs.getString("proposal"),
                rs.getString("signer_name"),
                rs.getString("signer_position"),
                rs.getString("signing_for"),
                lines(rs.getString("recipients_note")),
                Decision.Status.valueOf(rs.getString("status")),
                (Long) rs.getObject("signed_file_id", Long.class),
                signed == null ? null : signed.toInstant(),
                rs.getString("signed_by"),
                rs.getString("signature_subject"),
                rs.getInt("version"));
    }

    static Recipient recipient(ResultSet rs, int row) throws SQLException {
        return new Recipient(
                rs.getLong("id"),
                rs.getLong("decision_id"),
                rs.getInt("seq"),
                (Long) rs.getObject("nominee_id", Long.class),
                rs.getString("subject"),
                (Long) rs.getObject("person_id", Long.class),
                (Long) rs.getObject("unit_id", Long.class),
                rs.getString("full_name"),
                rs.getString("position"),
                Award.valueOf(rs.getString("award")),
                rs.getBoolean("posthumous"),
                (Long) rs.getObject("amount", Long.class),
                rs.getString("code"),
                Recipient.Status.valueOf(rs.getString("status")),
                (Long) rs.getObject("revoked_by", Long.class),
                (Long) rs.getObject("revokes_recipient_id", Long.class));
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : new ArrayList<>(Arrays.asList(text.split("\n")));
    }
}
