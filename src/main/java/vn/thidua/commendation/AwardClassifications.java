package vn.thidua.commendation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.AccessScope;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.Role;

/**
 * The classification the statistical forms count by (issue 20), recorded where the facts arise: the dossier's
 * award method (defaulting from its kind when created), each nominee's tier and whether a collective is an
 * enterprise. Changed by the proposing unit while it may edit the dossier, or by the Ban TĐKT while appraising;
 * the decision's lines copy it when drafted.
 */
@Service
public class AwardClassifications {

    /** A nominee's classification; any part {@code null} when not stated. */
    public record Classification(AwardMethod method, RecipientTier tier, Boolean enterprise) {}

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final AccessScope scope;
    private final org.springframework.context.ApplicationEventPublisher events;

    AwardClassifications(
            JdbcClient jdbc,
            Dossiers dossiers,
            AccessScope scope,
            org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.scope = scope;
        this.events = events;
    }

    /** The dossier's stated method ({@code null}: not stated). */
    @Transactional(readOnly = true)
    public AwardMethod method(Long dossierId) {
        dossiers.find(dossierId);
        return AwardMethod.parse(jdbc.sql("select award_method from commendation_dossier where id = :id")
                .param("id", dossierId)
                .query(String.class)
                .optional()
                .orElse(null));
    }

    /**
     * A new dossier (made by {@code creating}) with the method the user chose on its form, or the one its kind
     * defaults to when none was chosen; all or nothing.
     */
    @Transactional
    public Dossier create(java.util.function.Supplier<Dossier> creating, AwardMethod method) {
        Dossier d = creating.get();
        if (method != null && method != AwardMethod.defaultFor(d.kind())) {
            stateMethod(d.id(), method);
        }
        return d;
    }

    /** Whether the signed-in account may state this dossier's method and its nominees' classification now. */
    @Transactional(readOnly = true)
    public boolean mayChange(Dossier d) {
        try {
            changeable(d.id());
            return true;
        } catch (AccessDeniedException | InvalidInput | DossierNotFound e) {
            return false;
        }
    }

    /** States the dossier's method (for every nominee in it). */
    @Transactional
    public void stateMethod(Long dossierId, AwardMethod method) {
        Dossier d = changeable(dossierId);
        if (method == null) {
            throw InvalidInput.of("awardMethod", "validation.required");
        }
        AwardMethod before = method(dossierId);
        jdbc.sql("update commendation_dossier set award_method = :m where id = :id")
                .param("m", method.name())
                .param("id", d.id())
                .update();
        events.publishEvent(
                AuditableChange.updated("dossier", d.id(), "award_method=" + before, "award_method=" + method));
    }

    /**
     * States a nominee's tier (individuals) or enterprise flag (collectives); what the user confirms, not a guess.
     * A tier for a collective or an enterprise flag for a person is refused naming the field.
     */
    @Transactional
    public Classification classify(Long nomineeId, RecipientTier tier, Boolean enterprise) {
        Nominee n = dossiers.nominee(nomineeId);
        changeable(n.dossierId());
        Classification before = ofNominees(List.of(nomineeId)).get(nomineeId);
        if (tier != null && n.subject() != NomineeSubject.INDIVIDUAL) {
            throw InvalidInput.of("recipientTier", "validation.classification.tierForPeople");
        }
        if (Boolean.TRUE.equals(enterprise) && n.subject() != NomineeSubject.COLLECTIVE) {
            throw InvalidInput.of("enterprise", "validation.classification.enterpriseForCollectives");
        }
        jdbc.sql("update commendation_nominee set recipient_tier = :t, enterprise = :e where id = :id")
                .param("t", tier == null ? null : tier.name())
                .param("e", n.subject() == NomineeSubject.COLLECTIVE ? enterprise : null)
                .param("id", nomineeId)
                .update();
        events.publishEvent(AuditableChange.updated(
                "nominee",
                nomineeId,
                "recipient_tier=" + before.tier() + "\nenterprise=" + before.enterprise(),
                "recipient_tier=" + tier + "\nenterprise=" + enterprise));
        return ofNominees(List.of(nomineeId)).get(nomineeId);
    }

    /** The classification of each nominee (with its dossier's method), by nominee id; for the decision's lines. */
    @Transactional(readOnly = true)
    public Map<Long, Classification> ofNominees(Collection<Long> nomineeIds) {
        Map<Long, Classification> found = new HashMap<>();
        if (nomineeIds.isEmpty()) {
            return found;
        }
        jdbc.sql("select n.id, d.award_method, n.recipient_tier, n.enterprise from commendation_nominee n"
                        + " join commendation_dossier d on d.id = n.dossier_id where n.id in (:ids)")
                .param("ids", List.copyOf(nomineeIds))
                .query(rs -> {
                    found.put(
                            rs.getLong(1),
                            new Classification(
                                    AwardMethod.parse(rs.getString(2)), RecipientTier.parse(rs.getString(3)), (Boolean)
                                            rs.getObject(4, Boolean.class)));
                });
        return found;
    }

    /** The unit while it may edit the dossier, the Ban TĐKT (or the administrator) at any stage before a decision. */
    private Dossier changeable(Long dossierId) {
        Dossier d = dossiers.find(dossierId);
        Role role = scope.actor().role();
        if (role == Role.ADMIN || role == Role.SPECIALIST) {
            return d;
        }
        if (role != Role.UNIT_OFFICER && role != Role.UNIT_LEADER) {
            throw new AccessDeniedException("role " + role + " may not classify awards");
        }
        scope.requireUnit(d.proposingUnitId());
        if (!d.status().editableByUnit()) {
            throw InvalidInput.of("dossier", "validation.dossier.notEditable");
        }
        return d;
    }
}
