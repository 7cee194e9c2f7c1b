package vn.thidua.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.thidua.commendation.CommentWindowOpened;
import vn.thidua.commendation.DossierMoved;
import vn.thidua.council.BallotOpened;
import vn.thidua.decision.DecisionIssued;
import vn.thidua.decision.DecisionSigned;
import vn.thidua.identity.AccountDirectory;
import vn.thidua.identity.AccountDirectory.Recipient;
import vn.thidua.movement.LaunchingMovements;
import vn.thidua.movement.MovementLaunched;
import vn.thidua.movement.MovementStep;
import vn.thidua.movement.RegistrationStep;
import vn.thidua.notification.Notifications;
import vn.thidua.shared.Role;

/**
 * A notice for every step of the year's chain, to the people who must act next. Each listener runs
 * after the step's transaction committed, in its own; the event publication registry keeps an event
 * until its listener has succeeded. Nothing here reads the signed-in account: the events carry what
 * the notice needs, and recipients come from the account directory.
 */
@Component
class StepNotices {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Notifications notifications;
    private final AccountDirectory accounts;
    private final LaunchingMovements movements;
    private final MessageSource messages;

    StepNotices(
            Notifications notifications,
            AccountDirectory accounts,
            LaunchingMovements movements,
            MessageSource messages) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.movements = movements;
        this.messages = messages;
    }

    /** Proposed: the Chairman (province) or the unit's leader approves; sent back: who prepared it. */
    @ApplicationModuleListener
    void on(MovementStep step) {
        String link = "/movements/" + step.movementId();
        if (step.kind() == MovementStep.Kind.PROPOSED) {
            List<Recipient> approvers = step.provinceLevel()
                    ? accounts.withRole(Role.SIGNER)
                    : accounts.inUnits(List.of(step.launchingUnitId()), Role.UNIT_LEADER);
            tell(approvers, "notice.movement.proposed", link, step.name());
        } else {
            tell(named(step.actor()), "notice.movement.sentBack", link, step.name(), reason(step.reason()));
        }
    }

    /** Launched: the officers and leaders of every participating unit, in one query. */
    @ApplicationModuleListener
    void on(MovementLaunched launched) {
        tell(
                accounts.inUnits(movements.participantsOf(launched.movementId()), Role.UNIT_OFFICER, Role.UNIT_LEADER),
                "notice.movement.launched",
                "/movements/" + launched.movementId(),
                launched.name());
    }

    @ApplicationModuleListener
    void on(RegistrationStep step) {
        String link = "/registrations/" + step.registrationId();
        List<Long> unit = List.of(step.unitId());
        switch (step.now()) {
            case AWAITING_APPROVAL ->
                tell(
                        accounts.inUnits(unit, Role.UNIT_LEADER),
                        "notice.registration.toLeader",
                        link,
                        step.movementName());
            case SUBMITTED ->
                tell(
                        accounts.withRole(Role.SPECIALIST),
                        "notice.registration.submitted",
                        "/movements/" + step.movementId() + "/registrations",
                        step.movementName());
            case RETURNED ->
                tell(
                        accounts.inUnits(unit, Role.UNIT_OFFICER, Role.UNIT_LEADER),
                        "notice.registration.returned",
                        link,
                        step.movementName(),
                        reason(step.reason()));
            case ACCEPTED ->
                tell(
                        accounts.inUnits(unit, Role.UNIT_OFFICER, Role.UNIT_LEADER),
                        "notice.registration.accepted",
                        link,
                        step.movementName());
            case DRAFT -> {}
        }
    }

    /** Each step of a dossier to whoever holds it next. */
    @ApplicationModuleListener
    void on(DossierMoved moved) {
        String link = "/dossiers/" + moved.dossierId();
        List<Long> unit = List.of(moved.proposingUnitId());
        switch (moved.action()) {
            case SEND_TO_LEADER ->
                tell(accounts.inUnits(unit, Role.UNIT_LEADER), "notice.dossier.toLeader", link, moved.title());
            case SEND_BACK ->
                tell(
                        accounts.inUnits(unit, Role.UNIT_OFFICER),
                        "notice.dossier.sentBack",
                        link,
                        moved.title(),
                        reason(moved.note()));
            case SUBMIT, FORWARD ->
                tell(
                        moved.holderUnitId() == null
                                ? accounts.withRole(Role.SPECIALIST)
                                : accounts.inUnits(List.of(moved.holderUnitId()), Role.UNIT_OFFICER, Role.UNIT_LEADER),
                        "notice.dossier.submitted",
                        link,
                        moved.title());
            case RECEIVE ->
                tell(
                        accounts.inUnits(unit, Role.UNIT_OFFICER, Role.UNIT_LEADER),
                        "notice.dossier.received",
                        link,
                        moved.title());
            case RETURN ->
                tell(
                        accounts.inUnits(unit, Role.UNIT_OFFICER, Role.UNIT_LEADER),
                        "notice.dossier.returned",
                        link,
                        moved.title(),
                        reason(moved.note()));
            case RESUBMIT ->
                tell(
                        moved.specialist() != null ? named(moved.specialist()) : accounts.withRole(Role.SPECIALIST),
                        "notice.dossier.resubmitted",
                        link,
                        moved.title());
            case FINISH_APPRAISAL, REOPEN, PUT_TO_COUNCIL, CONCLUDE, WITHDRAW -> {}
        }
    }

    /** The unit learns its nominees are published; the Ban TĐKT answers the comments that come. */
    @ApplicationModuleListener
    void on(CommentWindowOpened opened) {
        List<Recipient> people = new ArrayList<>(
                accounts.inUnits(List.of(opened.proposingUnitId()), Role.UNIT_OFFICER, Role.UNIT_LEADER));
        people.addAll(accounts.withRole(Role.SPECIALIST));
        tell(
                people,
                "notice.comments.opened",
                "/dossiers/" + opened.dossierId(),
                opened.title(),
                WorkDates.day(opened.startsOn()),
                WorkDates.day(opened.endsOn()));
    }

    @ApplicationModuleListener
    void on(BallotOpened opened) {
        tell(
                accounts.named(opened.rollUsernames()),
                "notice.ballot.opened",
                "/council-sessions/" + opened.sessionId(),
                opened.title());
    }

    @ApplicationModuleListener
    void on(DecisionIssued issued) {
        tell(
                accounts.withRole(Role.SIGNER),
                "notice.decision.toSign",
                "/decisions/" + issued.decisionId(),
                issued.numberText(),
                issued.title());
    }

    /** The units hear from the decision module itself; the Ban TĐKT prints the certificates. */
    @ApplicationModuleListener
    void on(DecisionSigned signed) {
        tell(
                accounts.withRole(Role.SPECIALIST),
                "notice.decision.signed",
                "/decisions/" + signed.decisionId(),
                signed.cited(),
                signed.recipients());
    }

    private List<Recipient> named(String username) {
        return username == null ? List.of() : accounts.named(List.of(username));
    }

    private String reason(String reason) {
        return reason == null || reason.isBlank() ? "—" : reason;
    }

    private void tell(List<Recipient> recipients, String key, String link, Object... args) {
        if (recipients.isEmpty()) {
            return;
        }
        Map<String, Recipient> once = new LinkedHashMap<>();
        recipients.forEach(r -> once.putIfAbsent(r.username(), r));
        String text = messages.getMessage(key, args, VI);
        String subject = text.length() <= 120 ? text : text.substring(0, 119) + "…";
        notifications.notify(
                List.copyOf(once.values()), subject, text.length() <= 1000 ? text : text.substring(0, 999) + "…", link);
    }
}
