package vn.thidua.decision;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.attachment.Attached;
import vn.thidua.attachment.AttachmentOwner;
import vn.thidua.attachment.Attachments;
import vn.thidua.attachment.Owner;
import vn.thidua.organization.AccessScope;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.AwardsDecided;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.Role;

/**
 * The signature that makes a decision the record: signed here with the configured keystore, or
 * uploaded signed elsewhere and validated. Either way the signed PDF is kept, the decision becomes
 * SIGNED, the recipients' records gain the awards, and the fund books the award money paid out.
 */
@Service
public class DecisionSigning {

    static final String FILES = "decision";

    private final Decisions decisions;
    private final Signatures signatures;
    private final Attachments attachments;
    private final JdbcClient jdbc;
    private final AccessScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final vn.thidua.notification.Notifications notifications;
    private final vn.thidua.identity.AccountDirectory accounts;
    private final IssuedDocuments issuedDocuments;
    private final SignerTrust trust;
    private final HonourRoll honourRoll;

    DecisionSigning(
            HonourRoll honourRoll,
            vn.thidua.notification.Notifications notifications,
            vn.thidua.identity.AccountDirectory accounts,
            Decisions decisions,
            Signatures signatures,
            Attachments attachments,
            JdbcClient jdbc,
            AccessScope scope,
            ApplicationEventPublisher events,
            Clock clock,
            IssuedDocuments issuedDocuments,
            SigningSettings settings) {
        this.honourRoll = honourRoll;
        this.issuedDocuments = issuedDocuments;
        this.trust = new SignerTrust(settings, signatures::certificate, signatures.demo(), clock);
        this.notifications = notifications;
        this.accounts = accounts;
        this.decisions = decisions;
        this.signatures = signatures;
        this.attachments = attachments;
        this.jdbc = jdbc;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The signer signs the issued decision with the server's key: the act of the decision's signer
     * account alone (not the administrator's, not the specialist's), and only when the key's
     * certificate is that signer's identity. The signed file passes the same checks as an upload.
     */
    @Transactional
    public Decision sign(Long id, int expectedVersion) {
        requireRole(Role.SIGNER);
        Decision d = issued(id, expectedVersion);
        String account = signerAccount(d);
        if (!account.equals(scope.actor().username())) {
            throw new AccessDeniedException(
                    scope.actor().username() + " is not the signer (" + account + ") of decision " + id);
        }
        byte[] pdf = issuedDocuments.pdf(id);
        byte[] signed = signatures.sign(pdf, d.signerName(), "Ký ban hành Quyết định số " + d.numberText(), d.place());
        Signatures.Validation check = signatures.validate(signed);
        if (!check.valid()) {
            throw new IllegalStateException("a signature just made does not validate: " + check.problem());
        }
        refuseUnless(d, signed, check, account);
        return record(d, signed, check, "ký bằng khóa của hệ thống");
    }

    /**
     * A PDF signed elsewhere (e.g. with a CA token) becomes the record only when (a) its one
     * signature holds over the whole file and leads to a trusted certificate, (b) that certificate is
     * the decision's signer's, and (c) what was signed is the document generated for this decision
     * with nothing but the signature added. Otherwise nothing changes and the message says which.
     */
    @Transactional
    public Decision uploadSigned(Long id, int expectedVersion, byte[] pdf) {
        requireRole(Role.SIGNER, Role.SPECIALIST);
        Decision d = issued(id, expectedVersion);
        Signatures.Validation check = signatures.validate(pdf);
        if (!check.valid()) {
            throw InvalidInput.of("file", check.problem());
        }
        refuseUnless(d, pdf, check, signerAccount(d));
        return record(d, pdf, check, "tải lên bản đã ký bằng thiết bị ký số");
    }

    private void refuseUnless(Decision d, byte[] pdf, Signatures.Validation check, String account) {
        var untrusted = trust.problem(check.certificate(), check.carried(), account);
        if (untrusted.isPresent()) {
            throw InvalidInput.of("file", untrusted.get(), check.subject(), account);
        }
        var generated = issuedDocuments.kept(d.id());
        if (generated.isEmpty()) {
            throw InvalidInput.of("file", "validation.signature.notGenerated", d.numberText());
        }
        if (!IssuedDocuments.sha256(generated.get().content())
                .equals(generated.get().sha256())) {
            throw new IllegalStateException("the generated document of decision " + d.id() + " was altered");
        }
        String problem = SignedContent.problem(pdf, generated.get().content());
        if (problem != null) {
            throw InvalidInput.of("file", problem, d.numberText());
        }
    }

    /** The account that signs the decision. */
    String signerAccount(Decision d) {
        List<String> named = jdbc.sql("select signer_account from decision_decision where id = :id")
                .param("id", d.id())
                .query(String.class)
                .list();
        return trust.signerAccount(named.isEmpty() ? null : named.get(0));
    }

    /** The signed PDF of a decision. */
    @Transactional(readOnly = true)
    public byte[] signedPdf(Long id) {
        Decision d = decisions.find(id);
        if (d.signedFileId() == null) {
            throw new DecisionNotFound(id);
        }
        return attachments.open(d.signedFileId()).content();
    }

    private Decision issued(Long id, int expectedVersion) {
        Decision d = decisions.find(id);
        if (d.status() != Decision.Status.ISSUED) {
            throw InvalidInput.of("status", "validation.decision.notIssued");
        }
        if (d.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("decision " + id + " changed since it was read");
        }
        return d;
    }

    private Decision record(Decision d, byte[] signed, Signatures.Validation check, String how) {
        Attached file = attachments.attach(
                Owner.of(FILES, d.id()),
                "signed",
                "quyet-dinh-" + d.numberText().replace('/', '-') + ".pdf",
                signed);
        int updated = jdbc.sql(
                        "update decision_decision set status = 'SIGNED', signed_file_id = :f, signed_at = :at,"
                                + " signed_by = :by, signature_subject = :s, version = version + 1 where id = :id and version = :v")
                .param("f", file.id())
                .param("at", Timestamp.from(clock.instant()))
                .param("by", scope.actor().username())
                .param("s", check.subject())
                .param("id", d.id())
                .param("v", d.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("decision " + d.id() + " changed since it was read");
        }
        honourRoll.signed(d);
        List<Recipient> recipients = decisions.recipients(d.id());
        String cited = d.numberText() + " ngày " + DecisionDocument.date(d.decidedOn());
        if (d.kind() == Decision.Kind.AWARD) {
            List<AwardsDecided.Entry> entries = new ArrayList<>();
            long total = 0;
            for (Recipient r : recipients) {
                entries.add(new AwardsDecided.Entry(
                        r.collective() ? null : r.personId(),
                        r.collective() ? r.unitId() : null,
                        r.award().name(),
                        r.id()));
                total += r.amount() == null ? 0 : r.amount();
            }
            events.publishEvent(new AwardsDecided(cited, d.decidedOn(), d.achievementYear(), "REGULAR", entries));
            if (total > 0) {
                jdbc.sql(
                                "insert into decision_fund_entry (entry_date, kind, amount, description, decision_id, recorded_by)"
                                        + " values (:on, 'PAYOUT', :a, :desc, :d, :by)")
                        .param("on", d.decidedOn())
                        .param("a", total)
                        .param(
                                "desc",
                                "Tiền thưởng theo Quyết định số " + cited + " (" + recipients.size() + " trường hợp)")
                        .param("d", d.id())
                        .param("by", scope.actor().username())
                        .update();
            }
        } else if (d.kind() == Decision.Kind.CORRECTION) {
            decisions.applyCorrection(d, recipients);
        } else {
            Decision original = decisions.find(d.revokesId());
            String originalCited = original.numberText() + " ngày " + DecisionDocument.date(original.decidedOn());
            List<AwardsDecided.Entry> entries = decisions.applyRevocation(d, recipients);
            long recovered = 0;
            for (Recipient r : recipients) {
                recovered += r.amount() == null ? 0 : r.amount();
            }
            events.publishEvent(new vn.thidua.shared.AwardsRevoked(cited, originalCited, entries));
            if (recovered > 0) {
                jdbc.sql(
                                "insert into decision_fund_entry (entry_date, kind, amount, description, decision_id, recorded_by)"
                                        + " values (:on, 'INCOME', :a, :desc, :d, :by)")
                        .param("on", d.decidedOn())
                        .param("a", recovered)
                        .param("desc", "Thu hồi tiền thưởng theo Quyết định số " + cited)
                        .param("d", d.id())
                        .param("by", scope.actor().username())
                        .update();
            }
        }
        events.publishEvent(AuditableChange.updated(
                "decision",
                d.id(),
                "ISSUED",
                "SIGNED by " + check.subject() + "\nhow=" + how + "\nsha256=" + IssuedDocuments.sha256(signed)));
        events.publishEvent(new DecisionSigned(d.id(), cited, d.title(), recipients.size()));
        tellTheUnits(d, cited);
        return decisions.find(d.id());
    }

    /** Each proposing unit's contacts hear of the signed decision, with a link to their own dossier. */
    private void tellTheUnits(Decision d, String cited) {
        jdbc.sql("""
                select n.dossier_id, d.proposing_unit_id, count(*) from decision_recipient r
                join commendation_nominee n on n.id = r.nominee_id
                join commendation_dossier d on d.id = n.dossier_id
                where r.decision_id = :id group by n.dossier_id, d.proposing_unit_id""")
                .param("id", d.id())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .list()
                .forEach(row -> notifications.notify(
                        accounts.unitContacts(row[1]),
                        "Quyết định số " + cited,
                        (d.kind() == Decision.Kind.REVOCATION
                                        ? "Đã ký quyết định hủy bỏ khen thưởng "
                                        : "Đã ký quyết định ")
                                + d.numberText() + " " + d.title().replaceFirst("^Về việc", "về việc") + ": " + row[2]
                                + " trường hợp của đơn vị.",
                        "/dossiers/" + row[0]));
    }

    private void requireRole(Role... roles) {
        if (!java.util.Arrays.asList(roles).contains(scope.actor().role())) {
            throw new AccessDeniedException("role " + scope.actor().role() + " may not sign");
        }
    }

    /** Who may read and file a decision's signed PDF. */
    @Component
    static class DecisionFiles implements AttachmentOwner {

        private final AccessScope scope;

        DecisionFiles(AccessScope scope) {
            this.scope = scope;
        }

        @Override
        public String kind() {
            return FILES;
        }

        @Override
        public boolean mayRead(Owner owner) {
            Role role = scope.actor().role();
            return role == Role.ADMIN || role == Role.SPECIALIST || role == Role.SIGNER || role == Role.COUNCIL_MEMBER;
        }

        @Override
        public boolean mayWrite(Owner owner) {
            Role role = scope.actor().role();
            return role == Role.ADMIN || role == Role.SPECIALIST || role == Role.SIGNER;
        }
    }
}
