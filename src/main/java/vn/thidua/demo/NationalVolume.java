package vn.thidua.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.achievement.BulkAchievements;
import vn.thidua.organization.BulkPeople;
import vn.thidua.organization.TayNinhStructure;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitKind;
import vn.thidua.organization.Units;

/**
 * {@code --thidua.demo.volume=national}: a national volume on top of the Tây Ninh demo (issue 18,
 * ADR 0028) — 2,000,000 people with about 10 record facts each (20,000,000), 1,000,000 honour-roll
 * entries in 10,000 signed decisions, 5,000 articles and 5,000 documents; {@code
 * --thidua.demo.volume-scale=0.01} loads a part of it. Written in chunks by batched JDBC, each chunk
 * in one transaction with the step's progress ({@code demo_volume_step}), so a load that is stopped
 * resumes at its last chunk; a finished load is not repeated. Progress is printed as it goes.
 */
@Component
@Order(20) // after DemoData (10), before the search indexes' start-up checks (40, 50)
class NationalVolume implements ApplicationRunner {

    /** A step's size at scale 1. */
    static final long PEOPLE = 2_000_000;

    static final long HONOURS = 1_000_000;
    static final long ARTICLES = 5_000;
    static final long DOCUMENTS = 5_000;

    /** Records from 2021 to 2025: about ten facts a person (ratings, titles, initiatives, awards). */
    static final int HISTORY_FROM = 2021;

    static final int CHUNK = 10_000;
    static final int PER_DECISION = 100;

    /** CCCD province codes of the volume's people (Tây Ninh's own 072 is the demo's), a million each. */
    private static final int[] PROVINCE_CODES = {1, 79, 31, 48, 92, 74, 75, 80};

    private static final Logger log = LoggerFactory.getLogger(NationalVolume.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate tx;
    private final Units units;
    private final BulkPeople bulkPeople;
    private final BulkAchievements bulkAchievements;
    private final vn.thidua.decision.HonourRoll honourRoll;
    private final vn.thidua.portal.PortalSearch portalSearch;
    private final DemoSettings settings;
    private final String volume;
    private final double scale;

    NationalVolume(
            JdbcClient jdbc,
            JdbcTemplate template,
            TransactionTemplate tx,
            Units units,
            BulkPeople bulkPeople,
            BulkAchievements bulkAchievements,
            vn.thidua.decision.HonourRoll honourRoll,
            vn.thidua.portal.PortalSearch portalSearch,
            DemoSettings settings,
            @Value("${thidua.demo.volume:}") String volume,
            @Value("${thidua.demo.volume-scale:1}") double scale) {
        this.jdbc = jdbc;
        this.template = template;
        this.tx = tx;
        this.units = units;
        this.bulkPeople = bulkPeople;
        this.bulkAchievements = bulkAchievements;
        this.honourRoll = honourRoll;
        this.portalSearch = portalSearch;
        this.settings = settings;
        this.volume = volume == null ? "" : volume.strip();
        this.scale = scale;
    }

    /** What a load wrote (and had written before, when resumed): the counts the database holds for it. */
    record Loaded(long people, long facts, long honours, long articles, long documents, long millis) {}

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled() || !"national".equalsIgnoreCase(volume)) {
            return;
        }
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("thidua.demo.volume-scale must be in (0, 1]: " + scale);
        }
        load();
    }

    Loaded load() {
        long started = System.nanoTime();
        log.info(
                "Khối lượng quốc gia (hệ số {}): {} người, ~{} dữ kiện hồ sơ, {} mục vinh danh, {} bài viết, {} văn bản",
                scale,
                target(PEOPLE),
                target(PEOPLE) * 10,
                target(HONOURS),
                target(ARTICLES),
                target(DOCUMENTS));
        List<Place> places = places();
        step("people", target(PEOPLE), CHUNK, (from, n) -> people(from, n, places));
        step("honours", target(HONOURS), CHUNK, this::honours);
        step("articles", target(ARTICLES), 500, this::articles);
        step("documents", target(DOCUMENTS), 500, this::documents);
        jdbc.sql("analyze").update();
        Loaded loaded = new Loaded(
                done("people"),
                done("facts"),
                done("honours"),
                done("articles"),
                done("documents"),
                (System.nanoTime() - started) / 1_000_000);
        log.info("Khối lượng quốc gia đã nạp: {}", loaded);
        return loaded;
    }

    long target(long atScaleOne) {
        return Math.max(1, Math.round(atScaleOne * scale));
    }

    private interface Chunk {
        void write(long from, int count);
    }

    /** Runs a step chunk by chunk from where it stopped; each chunk and its progress in one transaction. */
    private void step(String name, long target, int chunk, Chunk write) {
        tx.executeWithoutResult(s -> {
            if (jdbc.sql("select count(*) from demo_volume_step where step = :s")
                            .param("s", name)
                            .query(Long.class)
                            .single()
                    == 0) {
                jdbc.sql("insert into demo_volume_step (step, done, target) values (:s, 0, :t)")
                        .param("s", name)
                        .param("t", target)
                        .update();
            }
        });
        long done = done(name);
        if (done >= target) {
            log.info("Khối lượng quốc gia: {} đã đủ ({}), bỏ qua", name, done);
            return;
        }
        long started = System.nanoTime();
        long lastPrint = 0;
        while (done < target) {
            long from = done;
            int count = (int) Math.min(chunk, target - done);
            tx.executeWithoutResult(s -> {
                write.write(from, count);
                jdbc.sql("update demo_volume_step set done = :d, target = :t where step = :s")
                        .param("d", from + count)
                        .param("t", target)
                        .param("s", name)
                        .update();
            });
            done += count;
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            if (elapsed - lastPrint >= 5_000 || done >= target) {
                lastPrint = elapsed;
                log.info(
                        "Khối lượng quốc gia: {} {}/{} ({}%), {} s, {}/s",
                        name,
                        done,
                        target,
                        done * 100 / target,
                        elapsed / 1000,
                        elapsed == 0 ? done : done * 1000 / Math.max(1, elapsed));
            }
        }
    }

    private long done(String step) {
        return jdbc.sql("select coalesce(max(done), 0) from demo_volume_step where step = :s")
                .param("s", step)
                .query(Long.class)
                .single();
    }

    record Place(SyntheticPeople.Place place, String unitName) {}

    private List<Place> places() {
        List<Place> places = new ArrayList<>();
        for (Unit unit : units.findAll()) {
            if (unit.getValidTo() == null && unit.getKind() != UnitKind.PROVINCE) {
                places.add(new Place(new SyntheticPeople.Place(unit.getId(), unit.getKind()), unit.getName()));
            }
        }
        return places;
    }

    /** People {@code from} … {@code from + count - 1} of the volume, with their records. */
    private void people(long from, int count, List<Place> places) {
        int code = PROVINCE_CODES[(int) (from / 1_000_000) % PROVINCE_CODES.length];
        SyntheticPeople generator = new SyntheticPeople(settings.seed() + from, code);
        Random pick = new Random(settings.seed() * 31 + from);
        List<BulkPeople.NewPerson> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Place place = places.get(pick.nextInt(places.size()));
            people.add(generator.next(place.place(), TayNinhStructure.MERGER_DAY, (int) ((from + i) % 1_000_000)));
        }
        List<Long> ids = bulkPeople.insert(people);
        SyntheticHistories histories = new SyntheticHistories(settings.seed() + from, HISTORY_FROM);
        List<vn.thidua.achievement.History> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            records.add(histories.of(ids.get(i), people.get(i).details().directWorker()));
        }
        int facts = bulkAchievements.insert(records);
        jdbc.sql("update demo_volume_step set done = done + :n where step = 'facts'")
                .param("n", facts)
                .update();
        if (from == 0) {
            jdbc.sql("insert into demo_volume_step (step, done, target) values ('facts', :n, :t)")
                    .param("n", facts)
                    .param("t", target(PEOPLE) * 10)
                    .update();
        }
    }

    private static final String[] AWARDS = {
        "PROVINCIAL_CERTIFICATE_OF_MERIT", "PROVINCIAL_CERTIFICATE_OF_MERIT", "CERTIFICATE_OF_COMMENDATION"
    };

    /**
     * Honour-roll entries {@code from} … in signed decisions of 100 recipients (2016–2025, numbers
     * from 5001 so they never meet the province's own), each naming a person of the volume.
     */
    private void honours(long from, int count) {
        long province = BenchSupport.province(jdbc);
        List<Object[]> people = jdbc.sql("""
                select p.id, p.full_name, p.position, u.name from organization_person p
                join organization_assignment a on a.organization_person = p.id and a.to_date is null
                join organization_unit u on u.id = a.unit_id
                where p.national_id not like '072%' and p.id >= (select min(id) from organization_person
                  where national_id not like '072%') + :skip
                order by p.id fetch first :n rows only""")
                .param("skip", (from * 2) % Math.max(1, target(PEOPLE) - count))
                .param("n", count)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .list();
        if (people.isEmpty()) {
            throw new IllegalStateException("the volume's people must be loaded before its honour roll");
        }
        List<Object[]> recipients = new ArrayList<>(count);
        for (int i = 0; i < count; i += PER_DECISION) {
            long serial = (from + i) / PER_DECISION;
            int year = 2016 + (int) (serial % 10);
            int number = 5001 + (int) (serial / 10);
            LocalDate on = LocalDate.of(year, 1 + (int) (serial % 12), 1 + (int) (serial % 28));
            String award = AWARDS[(int) (serial % AWARDS.length)];
            long decision = decision(province, year, number, on, award);
            for (int seq = 1; seq <= Math.min(PER_DECISION, count - i); seq++) {
                Object[] p = people.get((i + seq - 1) % people.size());
                recipients.add(new Object[] {
                    decision,
                    seq,
                    p[0],
                    p[1],
                    p[2] + ", " + p[3],
                    award,
                    "CERTIFICATE_OF_COMMENDATION".equals(award) ? 1_170_000L : 3_800_000L,
                    "V%019d".formatted(from + i + seq),
                    Date.valueOf(on),
                    number
                });
            }
        }
        long firstId = jdbc.sql("select coalesce(max(id), 0) from decision_recipient")
                .query(Long.class)
                .single();
        template.batchUpdate("""
                insert into decision_recipient (decision_id, seq, subject, person_id, full_name, position, award,
                  posthumous, amount, code, status, honoured_on, decision_number)
                values (?, ?, 'INDIVIDUAL', ?, ?, ?, ?, false, ?, ?, 'VALID', ?, ?)""", recipients);
        honourRoll.indexAfter(firstId);
    }

    private long decision(long province, int year, int number, LocalDate on, String award) {
        org.springframework.jdbc.support.GeneratedKeyHolder key =
                new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into decision_decision (issuer_unit_id, symbol, decision_year, number, kind, award,
                  achievement_year, place, decided_on, title, authority, basis, signer_name, signer_position,
                  recipients_note, status, created_by)
                values (:i, 'QĐ-UBND', :y, :n, 'AWARD', :a, :ay, 'Tây Ninh', :on,
                  'Về việc khen thưởng (dữ liệu khối lượng)', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
                  'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;', 'Nguyễn Văn Út', 'CHỦ TỊCH',
                  'Như Điều 3;', 'SIGNED', 'volume')""")
                .param("i", province)
                .param("y", year)
                .param("n", number)
                .param("a", award)
                .param("ay", year - 1)
                .param("on", on)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private static final String[] TOPICS = {
        "Thi đua yêu nước",
        "Chuyển đổi số",
        "Xây dựng nông thôn mới",
        "Cải cách hành chính",
        "Dân vận khéo",
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "Vì người nghèo",
        "An toàn giao thông",
        "Phòng, chống dịch",
        "Khởi nghiệp đổi mới sáng tạo",
        "Bảo vệ môi trường",
        "Văn hóa công sở"
    };
    private static final String[] PLACES = {
        "Gò Dầu", "Trảng Bàng", "Hòa Thành", "Tân Biên", "Châu Thành", "Dương Minh Châu", "Bến Cầu", "Tân Châu",
        "Tân An", "Đức Hòa", "Cần Giuộc", "Bến Lức", "Thạnh Hóa", "Mộc Hóa", "Kiến Tường", "Tân Hưng"
    };
    private static final String[] SENTENCES = {
        "Phong trào được triển khai sâu rộng đến từng cơ quan, đơn vị, địa phương.",
        "Nhiều tập thể, cá nhân tiêu biểu được biểu dương, khen thưởng kịp thời.",
        "Các gương điển hình tiên tiến được nhân rộng trong toàn tỉnh.",
        "Ủy ban nhân dân tỉnh đề nghị các sở, ngành tiếp tục đẩy mạnh công tác thi đua.",
        "Kết quả thực hiện các chỉ tiêu kinh tế - xã hội vượt kế hoạch đề ra.",
        "Hội đồng Thi đua - Khen thưởng tỉnh đã xét và đề nghị khen thưởng.",
        "Người dân tích cực tham gia, đóng góp ngày công và kinh phí."
    };

    /** Published articles of every section, 2016–2025. */
    private void articles(long from, int count) {
        List<Object[]> rows = new ArrayList<>(count);
        Random random = new Random(settings.seed() + from);
        String[] categories = {"tin-tuc", "guong-dien-hinh", "hoi-dap"};
        for (int i = 0; i < count; i++) {
            long n = from + i;
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            String place = PLACES[random.nextInt(PLACES.length)];
            String title = topic + " tại " + place + " năm " + (2016 + n % 10) + " (số " + n + ")";
            StringBuilder body = new StringBuilder();
            for (int s = 0; s < 12; s++) {
                body.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
            }
            rows.add(new Object[] {
                categories[(int) (n % 3)],
                "khoi-luong-" + n,
                title,
                "Tin về phong trào " + topic.toLowerCase(java.util.Locale.ROOT) + " ở " + place + ".",
                body.toString().strip(),
                java.sql.Timestamp.valueOf(LocalDate.of(2016 + (int) (n % 10), 1 + (int) (n % 12), 1 + (int) (n % 28))
                        .atTime(8, 0)),
                "Ban biên tập"
            });
        }
        template.batchUpdate("""
                insert into portal_article (category, slug, title, summary, body, published_at, author, status)
                values (?, ?, ?, ?, ?, ?, ?, 'PUBLISHED')""", rows);
        portalSearch.indexMissing();
    }

    /** Published documents of every section, 2016–2025. */
    private void documents(long from, int count) {
        List<Object[]> rows = new ArrayList<>(count);
        Random random = new Random(settings.seed() + from + 1);
        String[] sections = {"DIRECTIVE", "PLAN", "DRAFT", "MEETING"};
        String[] kinds = {"CT-UBND", "KH-UBND", "DT-UBND", "GM-UBND"};
        for (int i = 0; i < count; i++) {
            long n = from + i;
            int s = (int) (n % 4);
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            LocalDate issued = LocalDate.of(2016 + (int) (n % 10), 1 + (int) (n % 12), 1 + (int) (n % 28));
            rows.add(new Object[] {
                sections[s],
                (1000 + n) + "/" + kinds[s],
                "Ủy ban nhân dân tỉnh " + PLACES[random.nextInt(PLACES.length)],
                Date.valueOf(issued),
                (s == 0 ? "Chỉ thị về " : s == 1 ? "Kế hoạch " : s == 2 ? "Dự thảo quy định về " : "Giấy mời họp về ")
                        + topic.toLowerCase(java.util.Locale.ROOT) + " năm " + issued.getYear(),
                SENTENCES[random.nextInt(SENTENCES.length)]
            });
        }
        template.batchUpdate("""
                insert into portal_document (section, number_symbol, issuer, issued_on, title, summary, status)
                values (?, ?, ?, ?, ?, ?, 'PUBLISHED')""", rows);
        portalSearch.indexMissing();
    }
}
