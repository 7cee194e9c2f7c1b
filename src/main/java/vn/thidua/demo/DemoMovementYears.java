package vn.thidua.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.achievement.Award;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.EligibilityLists;
import vn.thidua.movement.LaunchingMovements;
import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementAction;
import vn.thidua.movement.MovementDetails;
import vn.thidua.movement.MovementKind;
import vn.thidua.movement.Movements;
import vn.thidua.movement.Registering;
import vn.thidua.movement.Registration;
import vn.thidua.organization.UnitKind;

/**
 * The merged province's 2025 movement walked to its end through the services (drafted, launched,
 * registrations submitted by the units and accepted, run, reviewed, closed), and the 2026 movement
 * launched with registration open and a few units registered, the demo unit not yet: that is its
 * officer's next task. Each status change is stamped when the demo is loaded (the services take the
 * time from the clock); the periods and the text say 2025 and 2026.
 */
@Component
class DemoMovementYears {

    static final String NAME_2025 =
            "Phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2025 (minh họa)";

    /** Units registering for 2025 (the demo unit's officer registers its own). */
    static final List<String> REGISTERED_2025 = List.of(
            DemoData.DEMO_UNIT,
            "Sở Y tế",
            "Sở Văn hóa, Thể thao và Du lịch",
            "Sở Tư pháp",
            "Sở Dân tộc và Tôn giáo",
            "Sở Tài chính");

    /** Units that have registered for 2026 by the time the demo starts (not the demo unit). */
    static final List<String> REGISTERED_2026 = List.of("Sở Y tế", "Sở Tài chính", "Sở Xây dựng");

    private static final Set<UnitKind> DEPARTMENTS_AND_COMMUNES =
            EnumSet.of(UnitKind.DEPARTMENT, UnitKind.AGENCY, UnitKind.COMMUNE, UnitKind.WARD);

    private final LaunchingMovements launching;
    private final Registering registering;
    private final Movements movements;
    private final EligibilityLists lists;
    private final DemoActors actors;
    private final DemoPlaces places;
    private final java.time.Clock clock;

    DemoMovementYears(
            LaunchingMovements launching,
            Registering registering,
            Movements movements,
            EligibilityLists lists,
            DemoActors actors,
            DemoPlaces places,
            java.time.Clock clock) {
        this.launching = launching;
        this.registering = registering;
        this.movements = movements;
        this.lists = lists;
        this.actors = actors;
        this.places = places;
        this.clock = clock;
    }

    /** 2025: from the draft to closed, with the units' registrations accepted; returns the movement's id. */
    long year2025() {
        long province = places.current("Tỉnh Tây Ninh");
        Movement proposed = actors.as("bantdkt", () -> {
            Movement draft = launching.draft(
                    new MovementDetails(
                            NAME_2025,
                            MovementKind.YEARLY,
                            "Đoàn kết, kỷ cương, đổi mới, sáng tạo; thi đua hoàn thành xuất sắc nhiệm vụ năm 2025"
                                    + " (minh họa)",
                            null,
                            LocalDate.of(2025, 1, 6),
                            LocalDate.of(2025, 12, 31),
                            null,
                            "Dữ liệu minh họa của tỉnh Tây Ninh sau hợp nhất; không phải văn bản thật."),
                    province,
                    null);
            Movement ready = launching.change(draft.getId(), draft.getVersion(), m -> {
                m.participants(DEPARTMENTS_AND_COMMUNES, Set.of(), null);
                m.addCriterion(
                        "Hoàn thành, hoàn thành vượt mức các chỉ tiêu kinh tế - xã hội năm 2025 được giao",
                        "100% chỉ tiêu",
                        "Đối chiếu báo cáo tổng kết năm với Nghị quyết HĐND tỉnh (cách kiểm tra minh họa)",
                        "Báo cáo tổng kết năm 2025 của đơn vị");
                m.addCriterion(
                        "Cải thiện các chỉ số PCI, PAPI, PAR Index, SIPAS",
                        "Tăng hạng so với năm 2024",
                        "Đối chiếu kết quả công bố các chỉ số (cách kiểm tra minh họa)",
                        "Kết quả công bố chỉ số");
                m.offer(Award.PROVINCIAL_EMULATION_FLAG, 5);
                m.offer(Award.PROVINCIAL_CERTIFICATE_OF_MERIT, null);
                m.offer(Award.PROVINCIAL_EMULATION_FIGHTER, null);
            });
            return launching.propose(ready.getId(), ready.getVersion());
        });
        Movement launched = approveAndOpen(proposed);
        for (String unit : REGISTERED_2025) {
            register(launched.getId(), unit, Award.EXCELLENT_COLLECTIVE, true);
        }
        return actors.as("bantdkt", () -> {
            Movement m = launching.visible(launched.getId());
            for (MovementAction step : List.of(MovementAction.START, MovementAction.REVIEW, MovementAction.CLOSE)) {
                m = launching.advance(m.getId(), m.getVersion(), step);
            }
            return m.getId();
        });
    }

    /**
     * 2026: the draft DemoMovements left is launched to the departments and communes, registration
     * opens until 31 March 2026 (or three weeks from today when the demo starts later), and a few
     * units register; the Ban TĐKT accepts one.
     */
    void year2026() {
        Movement draft = movements.findAll().stream()
                .filter(m -> m.getPeriodFrom().getYear() == 2026 && m.isDraft())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no 2026 draft movement"));
        LocalDate today = LocalDate.now(clock);
        LocalDate deadline = LocalDate.of(2026, 3, 31);
        LocalDate registrationUntil = today.isAfter(deadline.minusDays(7)) ? today.plusWeeks(3) : deadline;
        Movement proposed = actors.as("bantdkt", () -> {
            Movement ready = launching.change(draft.getId(), draft.getVersion(), m -> {
                m.describe(new MovementDetails(
                        launchedName(draft.getName()),
                        draft.getKind(),
                        "Đoàn kết, kỷ cương, sáng tạo, bứt phá; thi đua xây dựng tỉnh Tây Ninh phát triển nhanh,"
                                + " bền vững (minh họa)",
                        null,
                        draft.getPeriodFrom(),
                        draft.getPeriodTo(),
                        registrationUntil,
                        draft.getNote()));
                m.participants(DEPARTMENTS_AND_COMMUNES, Set.of(), null);
                m.addCriterion(
                        "Hoàn thành, hoàn thành vượt mức các chỉ tiêu kinh tế - xã hội năm 2026 được giao",
                        "100% chỉ tiêu",
                        "Đối chiếu báo cáo tổng kết năm với Nghị quyết HĐND tỉnh (cách kiểm tra minh họa)",
                        "Báo cáo tổng kết năm 2026 của đơn vị");
                m.offer(Award.PROVINCIAL_EMULATION_FLAG, null);
                m.offer(Award.PROVINCIAL_CERTIFICATE_OF_MERIT, null);
            });
            return launching.propose(ready.getId(), ready.getVersion());
        });
        Movement open = approveAndOpen(proposed);
        for (int i = 0; i < REGISTERED_2026.size(); i++) {
            register(open.getId(), REGISTERED_2026.get(i), Award.EXCELLENT_COLLECTIVE, i == 0);
        }
    }

    /** A launched movement no longer calls itself a draft. */
    static String launchedName(String draftName) {
        return draftName.replace(" (dự thảo minh họa)", "").strip();
    }

    /** The Chairman approves the launch the Ban TĐKT proposed; the Ban opens registration. */
    private Movement approveAndOpen(Movement proposed) {
        Movement launched = actors.as("chutich", () -> launching.launch(proposed.getId(), proposed.getVersion()));
        return actors.as(
                "bantdkt",
                () -> launching.advance(launched.getId(), launched.getVersion(), MovementAction.OPEN_REGISTRATION));
    }

    /**
     * A unit's officer registers the unit and two of its people and hands it to the leader, who
     * submits; the Ban TĐKT accepts when asked.
     */
    private void register(long movementId, String unitName, Award collectiveTarget, boolean accept) {
        long unit = places.current(unitName);
        String officer = unitName.equals(DemoData.DEMO_UNIT) ? "donvi" : "admin";
        List<Long> people = actors.as(
                "bantdkt",
                () -> lists.forUnit(unit, 2025).eligible().stream()
                        .filter(e -> e.kind() == Candidate.Kind.INDIVIDUAL
                                && e.award() == Award.GRASSROOTS_EMULATION_FIGHTER)
                        .map(EligibilityLists.Entry::subjectId)
                        .distinct()
                        .limit(2)
                        .toList());
        Registration prepared = actors.as(officer, () -> {
            Registration r = registering.open(movementId, unit);
            r = registering.describe(
                    r.getId(),
                    r.getVersion(),
                    collectiveTarget,
                    "Phấn đấu hoàn thành xuất sắc nhiệm vụ; 100% cán bộ, công chức đạt Lao động tiên tiến");
            for (Long person : people) {
                r = registering.register(r.getId(), r.getVersion(), person, Award.GRASSROOTS_EMULATION_FIGHTER);
            }
            return registering.sendToLeader(r.getId(), r.getVersion());
        });
        String leader = unitName.equals(DemoData.DEMO_UNIT) ? "lanhdao" : "admin";
        Registration submitted = actors.as(leader, () -> registering.submit(prepared.getId(), prepared.getVersion()));
        if (accept) {
            actors.run("bantdkt", () -> registering.accept(submitted.getId(), submitted.getVersion()));
        }
    }
}
