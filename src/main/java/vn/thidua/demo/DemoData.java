package vn.thidua.demo;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.achievement.BulkAchievements;
import vn.thidua.identity.ManagingAccounts;
import vn.thidua.organization.BlockKind;
import vn.thidua.organization.BlockRole;
import vn.thidua.organization.BulkPeople;
import vn.thidua.organization.EmulationBlock;
import vn.thidua.organization.EmulationBlocks;
import vn.thidua.organization.PersonDetails;
import vn.thidua.organization.TayNinhStructure;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitKind;
import vn.thidua.organization.Units;
import vn.thidua.shared.Gender;
import vn.thidua.shared.Role;

/**
 * Fills an empty embedded database with Tây Ninh's real structure, synthetic people and the demo
 * accounts, and gives the demo accounts their password on every start (so a restart always prints
 * a password that works).
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    /** The demo accounts, one per role; unit ones are scoped to a real unit. */
    record DemoAccount(String username, String displayName, Role role, String scopeUnitName) {}

    static final String DEMO_UNIT = "Sở Giáo dục và Đào tạo";
    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Quản trị hệ thống", Role.ADMIN, null),
            new DemoAccount("bantdkt", "Lê Thị Thu Hà", Role.SPECIALIST, null),
            new DemoAccount("donvi", "Phạm Minh Khôi", Role.UNIT_OFFICER, DEMO_UNIT),
            new DemoAccount("lanhdao", "Võ Thanh Tùng", Role.UNIT_LEADER, DEMO_UNIT),
            new DemoAccount("hoidong1", "Trương Văn Lực", Role.COUNCIL_MEMBER, null),
            new DemoAccount("hoidong2", "Đặng Thị Kim Oanh", Role.COUNCIL_MEMBER, null),
            new DemoAccount("hoidong3", "Huỳnh Quốc Bảo", Role.COUNCIL_MEMBER, null),
            new DemoAccount("chutich", "Nguyễn Văn Út", Role.SIGNER, null),
            new DemoAccount("bientap", "Ngô Thị Bích Trâm", Role.PORTAL_EDITOR, null));

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final int HISTORY_CHUNK = 10_000;

    private final DemoSettings settings;
    private final JdbcClient jdbc;
    private final DemoMovements movements;
    private final TayNinhStructure structure;
    private final Units units;
    private final EmulationBlocks blocks;
    private final BulkPeople bulkPeople;
    private final BulkAchievements bulkAchievements;
    private final ManagingAccounts accounts;
    private final TransactionTemplate tx;
    private final DemoBanner banner;

    private final java.time.Clock clock;
    private final DemoDecidedAwards decidedAwards;
    private final LivingProvince living;

    DemoData(
            DemoDecidedAwards decidedAwards,
            DemoSettings settings,
            TayNinhStructure structure,
            Units units,
            EmulationBlocks blocks,
            BulkPeople bulkPeople,
            BulkAchievements bulkAchievements,
            ManagingAccounts accounts,
            TransactionTemplate tx,
            DemoBanner banner,
            JdbcClient jdbc,
            DemoMovements movements,
            java.time.Clock clock,
            LivingProvince living) {
        this.decidedAwards = decidedAwards;
        this.clock = clock;
        this.living = living;
        this.jdbc = jdbc;
        this.movements = movements;
        this.settings = settings;
        this.structure = structure;
        this.units = units;
        this.blocks = blocks;
        this.bulkPeople = bulkPeople;
        this.bulkAchievements = bulkAchievements;
        this.accounts = accounts;
        this.tx = tx;
        this.banner = banner;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled()) {
            return;
        }
        if (!structure.loaded()) {
            long started = System.nanoTime();
            tx.executeWithoutResult(status -> {
                structure.load();
                loadCurrentBlock();
                movements.load();
                loadPeople();
                if (decidedAwards.enabled()) {
                    decidedAwards.load();
                }
            });
            // fresh statistics: a planner that still thinks the tables are empty picks a scan per row
            jdbc.sql("analyze").update();
            log.info(
                    "Đã nạp dữ liệu mẫu Tây Ninh và {} người trong {} ms",
                    settings.people(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        String password =
                settings.password() == null || settings.password().isBlank() ? randomPassword() : settings.password();
        tx.executeWithoutResult(status -> accounts.provisionDemo(
                ACCOUNTS.stream()
                        .map(a -> new ManagingAccounts.DemoAccount(
                                a.username(),
                                a.displayName(),
                                a.role(),
                                a.scopeUnitName() == null
                                        ? null
                                        : current(a.scopeUnitName()).getId()))
                        .toList(),
                password));
        tx.executeWithoutResult(status -> loadCouncil());
        if (settings.livingYear()) {
            living.load();
        }
        banner.demoAccounts(
                ACCOUNTS.stream().map(DemoAccount::username).toList(),
                password,
                settings.password() == null || settings.password().isBlank());
    }

    /**
     * The provincial council as Tây Ninh forms it (docs/legal-reference.md §4.5): the Chairman of the People's
     * Committee chairs, the Director of Sở Nội vụ is the standing vice-chair, directors of sở sit as
     * members; the demo council members' accounts vote.
     */
    private void loadCouncil() {
        boolean present = jdbc.sql("select count(*) from council_council")
                        .query(Integer.class)
                        .single()
                > 0;
        if (present) {
            return;
        }
        long province = current("Tỉnh Tây Ninh").getId();
        jdbc.sql("insert into council_council (name, unit_id, term_from, appointing_decision) values (:n, :u, :f, :d)")
                .param("n", "Hội đồng Thi đua - Khen thưởng tỉnh Tây Ninh")
                .param("u", province)
                .param("f", java.time.LocalDate.of(2025, 7, 1))
                .param("d", "Quyết định kiện toàn Hội đồng Thi đua - Khen thưởng tỉnh (dữ liệu mẫu)")
                .update();
        long council = jdbc.sql("select max(id) from council_council")
                .query(Long.class)
                .single();
        String[][] members = {
            {"hoidong1", "Trương Văn Lực", "Giám đốc Sở Nội vụ", "STANDING_VICE_CHAIR", "Sở Nội vụ"},
            {"hoidong2", "Đặng Thị Kim Oanh", "Giám đốc Sở Tài chính", "MEMBER", "Sở Tài chính"},
            {"hoidong3", "Huỳnh Quốc Bảo", "Chủ tịch Liên đoàn Lao động tỉnh", "MEMBER", null}
        };
        for (String[] m : members) {
            jdbc.sql("insert into council_member (council_id, username, full_name, position, member_role, home_unit_id)"
                            + " values (:c, :u, :n, :p, :r, :h)")
                    .param("c", council)
                    .param("u", m[0])
                    .param("n", m[1])
                    .param("p", m[2])
                    .param("r", m[3])
                    .param("h", m[4] == null ? null : current(m[4]).getId())
                    .update();
        }
    }

    private void loadPeople() {
        List<SyntheticPeople.Place> places = new ArrayList<>();
        for (Unit unit : units.findAll()) {
            if (unit.getValidTo() == null && unit.getKind() != UnitKind.PROVINCE) {
                places.add(new SyntheticPeople.Place(unit.getId(), unit.getKind(), weight(unit)));
            }
        }
        SyntheticPeople generator = new SyntheticPeople(settings.seed(), 72);
        LocalDate from = TayNinhStructure.MERGER_DAY;
        var people = new ArrayList<>(generator.generate(settings.people(), places, from));
        people.add(named("Nguyễn Thị Ánh Tuyết", current(DEMO_UNIT).getId(), people.size()));
        List<Long> ids = bulkPeople.insert(people);
        loadHistories(people, ids);
    }

    /** Records of the first {@code thidua.demo.histories} people, so verdicts have something to read. */
    private void loadHistories(List<BulkPeople.NewPerson> people, List<Long> ids) {
        SyntheticHistories generator = new SyntheticHistories(settings.seed(), settings.historyFrom());
        int count = Math.min(ids.size(), settings.histories());
        for (int from = 0; from < count; from += HISTORY_CHUNK) { // bounded memory for 200,000 people
            List<vn.thidua.achievement.History> histories = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + HISTORY_CHUNK); i++) {
                histories.add(generator.of(ids.get(i), people.get(i).details().directWorker()));
            }
            bulkAchievements.insert(histories);
        }
        loadCollectiveHistories(generator);
    }

    /**
     * Every current unit's own record, and each block member's rank in each year's vote (a
     * deterministic order standing in for the scores the movements module will produce).
     */
    private void loadCollectiveHistories(SyntheticHistories generator) {
        java.util.Map<Long, List<vn.thidua.achievement.CollectiveHistory.Standing>> standings =
                new java.util.HashMap<>();
        java.util.Random order = new java.util.Random(settings.seed());
        for (EmulationBlock block : blocks.findAll()) {
            List<Long> members = new ArrayList<>(block.members().stream()
                    .map(vn.thidua.organization.BlockMember::unitId)
                    .toList());
            java.util.Collections.shuffle(members, order);
            for (int rank = 1; rank <= members.size(); rank++) {
                standings
                        .computeIfAbsent(members.get(rank - 1), id -> new ArrayList<>())
                        .add(new vn.thidua.achievement.CollectiveHistory.Standing(
                                block.getYear(), block.getName(), rank));
            }
        }
        List<vn.thidua.achievement.CollectiveHistory> collectives = new ArrayList<>();
        for (Unit unit : units.findAll()) {
            if (unit.getValidTo() == null && unit.getKind() != UnitKind.PROVINCE) {
                collectives.add(generator.ofCollective(
                        unit.getId(),
                        standings.getOrDefault(unit.getId(), List.of()).stream()
                                .filter(s -> s.year() >= generator.firstYear())
                                .collect(java.util.stream.Collectors.toMap(
                                        vn.thidua.achievement.CollectiveHistory.Standing::year,
                                        s -> s,
                                        (a, b) -> a.rank() <= b.rank() ? a : b))
                                .values()
                                .stream()
                                .sorted(java.util.Comparator.comparingInt(
                                        vn.thidua.achievement.CollectiveHistory.Standing::year))
                                .toList()));
            }
        }
        bulkAchievements.insertCollectives(collectives);
    }

    /** Teachers and health workers outnumber everyone; communes employ more than small agencies. */
    private static int weight(Unit unit) {
        return switch (unit.getName()) {
            case "Sở Giáo dục và Đào tạo" -> 20;
            case "Sở Y tế" -> 12;
            default -> unit.getKind() == UnitKind.COMMUNE || unit.getKind() == UnitKind.WARD ? 3 : 1;
        };
    }

    /** A known person the walkthrough and tests search for ("nguyen thi anh tuyet"). */
    private static BulkPeople.NewPerson named(String name, Long unitId, int serial) {
        var details = new PersonDetails(
                name,
                Gender.FEMALE,
                LocalDate.of(1984, 3, 8),
                "072184%06d".formatted(serial % 1_000_000),
                "Giáo viên",
                true);
        return new BulkPeople.NewPerson(details, unitId, TayNinhStructure.MERGER_DAY);
    }

    /** This year's "Khối Kinh tế - Kỹ thuật" of the merged province (illustrative membership). */
    private void loadCurrentBlock() {
        EmulationBlock block = new EmulationBlock(
                "Khối Kinh tế - Kỹ thuật tỉnh",
                BlockKind.BLOCK,
                LocalDate.now(clock).getYear());
        block.describe(
                block.getName(),
                BlockKind.BLOCK,
                block.getYear(),
                "Dữ liệu minh họa: thành viên theo cơ cấu sở sau hợp nhất, khối trưởng luân phiên");
        block.add(current("Sở Xây dựng").getId(), BlockRole.LEADER);
        block.add(current("Sở Công Thương").getId(), BlockRole.DEPUTY);
        block.add(current("Sở Tài chính").getId(), BlockRole.MEMBER);
        block.add(current("Sở Khoa học và Công nghệ").getId(), BlockRole.MEMBER);
        block.add(current("Sở Nông nghiệp và Môi trường").getId(), BlockRole.MEMBER);
        blocks.save(block);
    }

    private Unit current(String name) {
        return units.findFirstByNameAndValidToIsNullOrderById(name)
                .orElseThrow(() -> new IllegalStateException("no current unit " + name));
    }

    private static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
