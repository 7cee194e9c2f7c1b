package vn.thidua.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.achievement.Award;
import vn.thidua.commendation.Appraisal;
import vn.thidua.commendation.DocumentType;
import vn.thidua.commendation.Dossier;
import vn.thidua.commendation.DossierAction;
import vn.thidua.commendation.DossierKind;
import vn.thidua.commendation.Dossiers;
import vn.thidua.commendation.Nominee;
import vn.thidua.commendation.NomineeInput;
import vn.thidua.commendation.NomineeSubject;
import vn.thidua.council.Councils;
import vn.thidua.decision.Decision;
import vn.thidua.decision.DecisionSigning;
import vn.thidua.decision.Decisions;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.EligibilityLists;

/**
 * The 2025 year's commendations, each step by the account that takes it: units draft dossiers of
 * people the law finds eligible (the {@code /eligibility} list), the leader submits, the Ban TĐKT
 * receives and appraises, the council meets, votes by secret ballot and closes, the Ban TĐKT drafts
 * and issues the decisions, the Chairman signs them with the demo key. Certificates, award money,
 * the records and the portal's honour roll follow from the signed decisions as they do for users.
 * One more dossier is left submitted, waiting for the Ban TĐKT to receive it.
 */
@Component
class DemoCommendations {

    /**
     * What each proposing unit asks for: unit, award, how many of its eligible people. Without a unit:
     * the first department (not a council member's) with someone eligible, if any — few people meet
     * the Chiến sĩ thi đua cấp tỉnh criteria.
     */
    private record Ask(String unit, Award award, int people) {}

    private static final List<Ask> DECIDED = List.of(
            new Ask(DemoData.DEMO_UNIT, Award.PROVINCIAL_CERTIFICATE_OF_MERIT, 3),
            new Ask(null, Award.PROVINCIAL_EMULATION_FIGHTER, 1),
            new Ask("Sở Y tế", Award.PROVINCIAL_CERTIFICATE_OF_MERIT, 2),
            new Ask("Sở Văn hóa, Thể thao và Du lịch", Award.PROVINCIAL_CERTIFICATE_OF_MERIT, 1));

    private static final Ask WAITING = new Ask("Sở Tư pháp", Award.PROVINCIAL_CERTIFICATE_OF_MERIT, 1);

    private final Dossiers dossiers;
    private final Councils councils;
    private final Decisions decisions;
    private final DecisionSigning signing;
    private final EligibilityLists lists;
    private final DemoActors actors;
    private final DemoPlaces places;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    DemoCommendations(
            Dossiers dossiers,
            Councils councils,
            Decisions decisions,
            DecisionSigning signing,
            EligibilityLists lists,
            DemoActors actors,
            DemoPlaces places,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.dossiers = dossiers;
        this.councils = councils;
        this.decisions = decisions;
        this.signing = signing;
        this.lists = lists;
        this.actors = actors;
        this.places = places;
        this.jdbc = jdbc;
    }

    /** The year's dossiers to signed decisions; returns the signed decisions. */
    List<Decision> load(long movement2025) {
        List<Long> appraised = new ArrayList<>();
        List<EligibilityLists.Entry> eligible = actors.as(
                "bantdkt",
                () -> lists.forUnit(places.current("Tỉnh Tây Ninh"), 2025).eligible().stream()
                        .filter(e -> e.kind() == Candidate.Kind.INDIVIDUAL)
                        .toList());
        Set<Long> proposed = new java.util.HashSet<>();
        Set<String> proposing = new java.util.HashSet<>(Set.of("Sở Nội vụ", "Sở Tài chính")); // council members'
        for (Ask ask : DECIDED) {
            List<EligibilityLists.Entry> nominees = pick(ask, eligible, proposed, proposing);
            if (!nominees.isEmpty()) {
                appraised.add(appraise(submitted(ask.award(), nominees, movement2025)));
            }
        }
        List<EligibilityLists.Entry> waiting = pick(WAITING, eligible, proposed, proposing);
        if (!waiting.isEmpty()) {
            submitted(WAITING.award(), waiting, movement2025);
        }
        council(appraised);
        List<Decision> signed = new ArrayList<>();
        for (Award award : DECIDED.stream().map(Ask::award).distinct().toList()) {
            if (actors.as("bantdkt", () -> dossiers.approved(award, 2025)).isEmpty()) {
                continue;
            }
            Decision issued = actors.as("bantdkt", () -> {
                Decision draft = decisions.draft(award, 2025);
                return decisions.issue(draft.id(), draft.version());
            });
            signed.add(actors.as("chutich", () -> signing.sign(issued.id(), issued.version())));
        }
        return signed;
    }

    /**
     * Up to the asked number of people eligible for the award, of the asked unit when it has any, else
     * of the first department not yet proposing (and not a council member's, so nobody is recused);
     * nobody proposed twice. Few people meet the Chiến sĩ thi đua cấp tỉnh criteria: it may be none.
     */
    private static List<EligibilityLists.Entry> pick(
            Ask ask, List<EligibilityLists.Entry> eligible, Set<Long> proposed, Set<String> proposing) {
        List<EligibilityLists.Entry> open = eligible.stream()
                .filter(e -> e.award() == ask.award() && !proposed.contains(e.subjectId()))
                .toList();
        String unit = open.stream()
                .map(EligibilityLists.Entry::unitName)
                .filter(u -> u.equals(ask.unit()))
                .findFirst()
                .or(() -> open.stream()
                        .map(EligibilityLists.Entry::unitName)
                        .filter(u -> u.startsWith("Sở ") && !proposing.contains(u))
                        .findFirst())
                .orElse(null);
        if (unit == null) {
            return List.of();
        }
        List<EligibilityLists.Entry> picked = open.stream()
                .filter(e -> e.unitName().equals(unit))
                .limit(ask.people())
                .toList();
        proposing.add(unit);
        picked.forEach(e -> proposed.add(e.subjectId()));
        return picked;
    }

    /**
     * The person's position as the staff register holds it, so the decision's list reads "Giáo viên,
     * Sở Giáo dục và Đào tạo" rather than the unit twice (the demo seeds organisation tables directly).
     */
    private String position(long person) {
        return jdbc.sql("select position from organization_person where id = :id")
                .param("id", person)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** Drafted by the unit's officer, sent to its leader, submitted to the province. */
    private long submitted(Award award, List<EligibilityLists.Entry> eligible, long movement2025) {
        String unitName = eligible.get(0).unitName();
        long unit = places.current(unitName);
        boolean demoUnit = unitName.equals(DemoData.DEMO_UNIT);
        String title = "Đề nghị tặng "
                + (award == Award.PROVINCIAL_EMULATION_FIGHTER
                        ? "danh hiệu Chiến sĩ thi đua cấp tỉnh"
                        : "Bằng khen của Chủ tịch UBND tỉnh")
                + " năm 2025 — " + unitName;
        long id = actors.as(demoUnit ? "donvi" : "admin", () -> {
            Dossier d = dossiers.create(unit, DossierKind.REGULAR, movement2025, 2025, title);
            List<NomineeInput> nominees = eligible.stream()
                    .map(e -> new NomineeInput(
                            NomineeSubject.INDIVIDUAL,
                            e.subjectId(),
                            null,
                            null,
                            null,
                            null,
                            position(e.subjectId()),
                            award,
                            "Hoàn thành xuất sắc nhiệm vụ năm 2024 và năm 2025; có sáng kiến được công nhận"
                                    + " (tóm tắt minh họa)",
                            false,
                            null))
                    .toList();
            dossiers.addNominees(d.id(), dossiers.find(d.id()).version(), nominees);
            for (DocumentType t : DocumentType.required(DossierKind.REGULAR)) {
                dossiers.filePaper(
                        d.id(),
                        t,
                        t.name().toLowerCase(java.util.Locale.ROOT) + ".pdf",
                        DemoPapers.pdf(title, unitName, "Danh sách kèm theo: " + nominees.size() + " trường hợp."));
            }
            return dossiers.act(d.id(), dossiers.find(d.id()).version(), DossierAction.SEND_TO_LEADER, null)
                    .id();
        });
        actors.run(
                demoUnit ? "lanhdao" : "admin",
                () -> dossiers.act(
                        id,
                        dossiers.find(id).version(),
                        DossierAction.SUBMIT,
                        "Kính trình Ban Thi đua - Khen thưởng tỉnh"));
        return id;
    }

    /** Received by the Ban TĐKT, every nominee accepted, ready for the council. */
    private long appraise(long id) {
        return actors.as("bantdkt", () -> {
            Dossier received = dossiers.act(id, dossiers.find(id).version(), DossierAction.RECEIVE, null);
            for (Nominee n : dossiers.nominees(received.id())) {
                dossiers.appraise(n.id(), n.version(), Appraisal.ACCEPTED, null, Set.of());
            }
            return dossiers.act(id, dossiers.find(id).version(), DossierAction.FINISH_APPRAISAL, null)
                    .id();
        });
    }

    /** The council's session: the dossiers on the agenda, all members present, secret ballots, closed. */
    private void council(List<Long> dossierIds) {
        Councils.Session open = actors.as("bantdkt", () -> {
            Councils.Council council = councils.councils().get(0);
            Councils.Session s = councils.schedule(
                    council.id(),
                    dossiers.today(),
                    "Hội trường UBND tỉnh Tây Ninh",
                    "Phiên họp xét khen thưởng tổng kết năm 2025");
            dossierIds.forEach(d -> councils.addToAgenda(s.id(), d));
            councils.recordAttendance(
                    s.id(),
                    councils.members(council.id()).stream()
                            .map(Councils.Member::id)
                            .collect(java.util.stream.Collectors.toSet()));
            return councils.open(s.id(), s.version());
        });
        List<Councils.Member> members = actors.as("bantdkt", () -> councils.members(open.councilId()));
        for (Councils.Member m : members) {
            actors.run(m.username(), () -> {
                Set<Long> recused = new java.util.HashSet<>();
                councils.recusals(open.id()).stream()
                        .filter(r -> r.memberId().equals(m.id()))
                        .forEach(r -> recused.add(r.nomineeId()));
                for (Councils.Tally t : councils.tallies(open.id())) {
                    if (!recused.contains(t.nomineeId())) {
                        councils.vote(open.id(), t.nomineeId(), Councils.Choice.FOR);
                    }
                }
            });
        }
        actors.run(
                "bantdkt",
                () -> councils.close(open.id(), councils.session(open.id()).version()));
    }
}
