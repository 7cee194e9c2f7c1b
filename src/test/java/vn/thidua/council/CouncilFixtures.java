package vn.thidua.council;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.TestClock;
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
import vn.thidua.organization.TayNinhFixtures;

/** Takes a dossier of real people the whole way to the council's approval, for what comes after. */
@TestComponent
public class CouncilFixtures {

    private static final byte[] PDF = "%PDF-1.7\nHồ sơ".getBytes(StandardCharsets.UTF_8);

    private final Dossiers dossiers;
    private final Councils councils;
    private final TayNinhFixtures tayNinh;
    private final JdbcClient jdbc;

    CouncilFixtures(Dossiers dossiers, Councils councils, TayNinhFixtures tayNinh, JdbcClient jdbc) {
        this.dossiers = dossiers;
        this.councils = councils;
        this.tayNinh = tayNinh;
        this.jdbc = jdbc;
    }

    /** The given people of a unit (by their place in its staff list, newest first), approved for the form. */
    public Dossier approved(String unitName, String title, Award award, int... people) {
        long id = appraised(unitName, title, award, people).id();
        return vote(id, title);
    }

    /** The same people's dossier sent by their unit and appraised, every nominee accepted: ready for a council. */
    public Dossier appraised(String unitName, String title, Award award, int... people) {
        long unit = tayNinh.currentUnit(unitName);
        List<Long> staff = jdbc.sql("select organization_person from organization_assignment where unit_id = :u"
                        + " and to_date is null order by organization_person desc")
                .param("u", unit)
                .query(Long.class)
                .list();
        long id = tayNinh.as("admin", () -> {
            Dossier d = dossiers.create(unit, DossierKind.REGULAR, null, 2025, title);
            for (int p : people) {
                dossiers.addNominee(
                        d.id(),
                        dossiers.find(d.id()).version(),
                        new NomineeInput(
                                NomineeSubject.INDIVIDUAL,
                                staff.get(p),
                                null,
                                null,
                                null,
                                null,
                                null,
                                award,
                                "Hoàn thành xuất sắc nhiệm vụ năm 2024 và 2025",
                                false,
                                "Thành tích đã được Hội đồng TĐKT đơn vị xét, có biên bản kèm theo"));
            }
            for (DocumentType t : DocumentType.required(DossierKind.REGULAR)) {
                dossiers.filePaper(d.id(), t, t.name() + ".pdf", PDF);
            }
            Dossier ready = dossiers.act(d.id(), dossiers.find(d.id()).version(), DossierAction.SEND_TO_LEADER, null);
            Dossier sent = dossiers.act(ready.id(), ready.version(), DossierAction.SUBMIT, "Trình");
            Dossier received = dossiers.act(sent.id(), sent.version(), DossierAction.RECEIVE, null);
            for (Nominee n : dossiers.nominees(received.id())) {
                dossiers.appraise(n.id(), n.version(), Appraisal.ACCEPTED, null, Set.of());
            }
            return dossiers.act(
                            received.id(), dossiers.find(received.id()).version(), DossierAction.FINISH_APPRAISAL, null)
                    .id();
        });
        return tayNinh.as("bantdkt", () -> dossiers.find(id));
    }

    private Dossier vote(long id, String title) {
        Councils.Council council =
                tayNinh.as("bantdkt", () -> councils.councils().get(0));
        Councils.Session session = tayNinh.as("bantdkt", () -> {
            Councils.Session s = councils.schedule(council.id(), TestClock.today(), "Hội trường UBND tỉnh", title);
            councils.addToAgenda(s.id(), id);
            councils.recordAttendance(s.id(), Set.copyOf(Councils.ids(councils.members(council.id()))));
            return councils.open(s.id(), s.version());
        });
        for (Councils.Member m : tayNinh.as("bantdkt", () -> councils.members(council.id()))) {
            tayNinh.as(m.username(), () -> {
                for (Councils.Tally t : councils.tallies(session.id())) {
                    boolean recused = councils.recusals(session.id()).stream()
                            .anyMatch(r ->
                                    r.memberId().equals(m.id()) && r.nomineeId().equals(t.nomineeId()));
                    if (!recused) {
                        councils.vote(session.id(), t.nomineeId(), Councils.Choice.FOR);
                    }
                }
                return null;
            });
        }
        tayNinh.as(
                "bantdkt",
                () -> councils.close(
                        session.id(), councils.session(session.id()).version()));
        return tayNinh.as("bantdkt", () -> dossiers.find(id));
    }
}
