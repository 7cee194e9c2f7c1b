package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.NestedTestConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.IntegrationTest;
import vn.thidua.TestDatabase;
import vn.thidua.audit.AuditIntegrity.Kind;
import vn.thidua.audit.AuditIntegrity.Problem;
import vn.thidua.organization.EditingPeople;
import vn.thidua.organization.People;
import vn.thidua.organization.Person;
import vn.thidua.organization.PersonDetails;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.AuditableChange;

/**
 * The attacks of issue 16 replayed by an insider with the database but not the audit key: an entry
 * edited and its unkeyed hashes recomputed, the newest entries removed, the table truncated. Each runs
 * in a transaction rolled back at its end, so the shared trail stays whole for the other tests.
 */
@IntegrationTest
@Import(TayNinhFixtures.class)
@WithUserDetails("bantdkt")
class AuditHardeningIntegrationTests {

    @Autowired
    EditingPeople editing;

    @Autowired
    People people;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditKey key;

    @Autowired
    Clock clock;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PlatformTransactionManager transactions;

    @Value("${spring.datasource.url}")
    String datasourceUrl;

    @TempDir
    Path checkpointDir;

    @Test
    void anEntryEditedWithItsUnkeyedHashesRecomputedIsNamedAsTheFirstBrokenEntry() {
        inRolledBackTransaction(() -> {
            // given
            long before = changePosition("Xã Hảo Đước", "Chủ tịch Hội Nông dân xã");
            long edited = changePosition("Phường Tân Ninh", "Trưởng phòng");
            long after = changePosition("Xã Long Chữ", "Kế toán");
            assertThat(trail.verify().problems()).isEmpty();

            // when: as the old attacker, the entry is edited and every hash from it on recomputed
            rewriteWithoutTheKey(edited, "update audit_entry set actor = 'ai_do' where id = " + edited, false);

            // then
            AuditIntegrity integrity = trail.verify();
            assertThat(integrity.problems()).first().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(Kind.SEAL_MISMATCH);
                assertThat(p.entryId()).isEqualTo(edited);
                assertThat(p.occurredAt()).isEqualTo(occurredAt(edited));
            });
            assertThat(integrity.problems()).extracting(Problem::entryId).doesNotContain(before, after);
            assertThat(page())
                    .contains("Nhật ký thay đổi KHÔNG toàn vẹn")
                    .contains("Bản ghi #" + edited)
                    .contains("nội dung không khớp niêm phong");
        });
    }

    @Test
    void entriesRewrittenAsUnkeyedOnesAfterKeyedOnesAreNamed() {
        inRolledBackTransaction(() -> {
            // given
            changePosition("Xã Hảo Đước", "Phó Chủ tịch xã");
            long edited = changePosition("Phường Tân Ninh", "Phó Trưởng phòng");

            // when: the rewrite also passes the entries off as written before keyed seals existed
            rewriteWithoutTheKey(edited, "update audit_entry set after_state = 'position=' where id = " + edited, true);

            // then
            assertThat(trail.verify().problems()).first().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(Kind.UNSEALED);
                assertThat(p.entryId()).isEqualTo(edited);
            });
        });
    }

    @Test
    void anEntryRemovedFromTheMiddleLeavesAGapBeforeTheNextOne() {
        inRolledBackTransaction(() -> {
            // given
            changePosition("Xã Hảo Đước", "Chủ tịch xã");
            long removed = changePosition("Phường Tân Ninh", "Chánh Văn phòng");
            long next = changePosition("Xã Long Chữ", "Thủ quỹ");

            // when: the entry goes and the next one is relinked to the one before it
            rewriteWithoutTheKey(next, "delete from audit_entry where id = " + removed, false);

            // then
            assertThat(trail.verify().problems()).first().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(Kind.GAP);
                assertThat(p.entryId()).isEqualTo(next);
                assertThat(p.expected() - p.position()).isEqualTo(1);
            });
        });
    }

    @Test
    void removingTheNewestEntriesIsDetectedAgainstTheCheckpointEvenWithTheHeadReset() throws Exception {
        AuditCheckpoints outside = new AuditCheckpoints(checkpointDir, key);
        inRolledBackTransaction(() -> {
            // given: three changes, then a checkpoint outside the database
            long kept = changePosition("Xã Hảo Đước", "Chủ tịch Hội Cựu chiến binh");
            changePosition("Phường Tân Ninh", "Chuyên viên");
            changePosition("Xã Long Chữ", "Văn thư");
            AuditIntegrity atCheckpoint = trail.checkpoint(outside);
            assertThat(atCheckpoint.problems()).isEmpty();

            // when: the two newest entries go, and the chain head is set back to the one kept
            allowChanges();
            jdbc.sql("delete from audit_entry where id > " + kept).update();
            assertThat(trail.verify().problems())
                    .extracting(Problem::kind)
                    .as("without resetting the head, the head alone already shows it")
                    .contains(Kind.MISSING_TAIL);
            jdbc.sql("update audit_chain_head set last_hash = (select hash from audit_entry where id = :id),"
                            + " entry_count = entry_count - 2 where id = 1")
                    .param("id", kept)
                    .update();

            // then
            assertThat(trail.verify().problems()).isEmpty(); // the database alone no longer tells
            AuditIntegrity integrity = trail.verify(outside);
            assertThat(integrity.problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(Kind.MISSING_TAIL);
                assertThat(p.expected()).isEqualTo(atCheckpoint.entries());
                assertThat(p.position()).isEqualTo(atCheckpoint.entries() - 2);
            });
            // and a later checkpoint does not launder the removal
            trail.checkpoint(outside);
            assertThat(lines(outside)).hasSize(1);
        });
    }

    @Test
    void aForgedCheckpointLineIsReported() throws Exception {
        // given
        AuditCheckpoints outside = new AuditCheckpoints(checkpointDir, key);
        AuditIntegrity now = trail.checkpoint(outside);

        // when: someone without the key adds a line of the right shape
        Files.writeString(
                outside.file(),
                "at=2026-12-01T10:00+07:00 count=1 seal=" + "a".repeat(64) + " mac=" + "b".repeat(64) + "\n",
                java.nio.file.StandardOpenOption.APPEND);

        // then: the forged line is named and the genuine checkpoint still counts
        AuditIntegrity integrity = trail.verify(outside);
        assertThat(integrity.checkpoint())
                .hasValueSatisfying(cp -> assertThat(cp.count()).isEqualTo(now.entries()));
        assertThat(integrity.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.CHECKPOINT_INVALID);
            assertThat(p.position()).isEqualTo(2);
        });
    }

    @Test
    void theAdministratorSeesTheTrailIntactAndTheCheckpointItWasComparedWith() throws Exception {
        assertThat(page())
                .contains("Chuỗi nhật ký toàn vẹn")
                .contains("Đã đối chiếu với điểm mốc ngoài cơ sở dữ liệu lúc");
    }

    @Test
    void onPostgresqlTruncatingTheTrailIsRefusedAndAsOwnerIsDetected() {
        assumeTrue(TestDatabase.postgres(), "TRUNCATE bypasses row triggers on PostgreSQL only");
        AuditCheckpoints outside = new AuditCheckpoints(checkpointDir, key);
        inRolledBackTransaction(() -> {
            // given
            changePosition("Xã Hảo Đước", "Trưởng Công an xã");
            trail.checkpoint(outside);

            // when / then: the trigger refuses it
            TransactionTemplate savepoint = new TransactionTemplate(transactions);
            savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
            assertThatThrownBy(() -> savepoint.executeWithoutResult(
                            s -> jdbc.sql("truncate audit_entry").update()))
                    .hasMessageContaining("append-only");

            // when: the owner turns the triggers off first
            allowChanges();
            jdbc.sql("truncate audit_entry").update();

            // then
            assertThat(trail.verify(outside).problems())
                    .extracting(Problem::kind, Problem::position)
                    .contains(tuple(Kind.MISSING_TAIL, 0L));
        });
    }

    @Test
    void onPostgresqlTheApplicationRoleCanOnlyAppendToTheTrailAndAnOwnersTruncateIsDetected() throws Exception {
        assumeTrue(TestDatabase.postgres(), "database roles are a PostgreSQL setup");
        // given: a database migrated by its owner for the application role thidua_app
        String database = "thidua_roles_" + Long.toHexString(System.nanoTime());
        try (Connection owner = DriverManager.getConnection(datasourceUrl);
                Statement sql = owner.createStatement()) {
            sql.execute(CREATE_APP_ROLE);
            sql.execute("create database " + database);
        }
        String ownerUrl = urlOf(database, "postgres");
        Flyway.configure()
                .dataSource(ownerUrl, null, null)
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                .placeholders(Map.of("approle", "thidua_app"))
                .load()
                .migrate();
        DataSource app = new DriverManagerDataSource(urlOf(database, "thidua_app"));
        JdbcClient asApp = JdbcClient.create(app);
        AuditCheckpoints outside = new AuditCheckpoints(checkpointDir, key);
        AuditTrail appTrail = new AuditTrail(asApp, clock, key, outside);

        // when: the application appends through the trail, as the application role
        new TransactionTemplate(new JdbcTransactionManager(app)).executeWithoutResult(status -> {
            appTrail.append(
                    new AuditableChange("unit", "101", "UPDATE", "name=Xã Hảo Đước", "name=Xã Hảo Đức"), "bantdkt");
            appTrail.append(new AuditableChange("person", "7", "UPDATE", "position=", "position=Kế toán"), "donvi");
        });
        appTrail.checkpoint(outside);

        // then: it can read and append, but not change, remove or empty the trail
        assertThat(appTrail.verify(outside).problems()).isEmpty();
        assertThat(appTrail.verify(outside).entries()).isEqualTo(2);
        for (String tamper : List.of(
                "update audit_entry set actor = 'ai_do'",
                "delete from audit_entry",
                "truncate audit_entry",
                "alter table audit_entry disable trigger user",
                "drop trigger audit_entry_no_truncate on audit_entry")) {
            assertThatThrownBy(() -> asApp.sql(tamper).update())
                    .as(tamper)
                    .rootCause()
                    .isInstanceOf(SQLException.class)
                    .hasMessageMatching("(?s).*(permission denied|must be owner).*")
                    .extracting(e -> ((SQLException) e).getSQLState())
                    .isEqualTo("42501"); // insufficient_privilege
        }
        assertThat(asApp.sql("select count(*) from audit_entry")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        // and tables later migrations create are the application's to use
        JdbcClient asOwner = JdbcClient.create(new DriverManagerDataSource(ownerUrl));
        asOwner.sql("create table audit_later_table (x int)").update();
        assertThat(asApp.sql("insert into audit_later_table (x) values (1)").update())
                .isEqualTo(1);

        // when: the owner empties the table, triggers off
        try (Connection owner = DriverManager.getConnection(ownerUrl);
                Statement sql = owner.createStatement()) {
            assertThatThrownBy(() -> sql.execute("truncate audit_entry")).hasMessageContaining("append-only");
            sql.execute("alter table audit_entry disable trigger user");
            sql.execute("truncate audit_entry");
        }

        // then: the check says what is missing
        assertThat(appTrail.verify(outside).problems())
                .extracting(Problem::kind, Problem::position, Problem::expected)
                .contains(tuple(Kind.MISSING_TAIL, 0L, 2L));
    }

    /** The context's PostgreSQL URL pointed at another database and user. */
    private String urlOf(String database, String user) {
        return datasourceUrl
                .replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1")
                .replaceFirst("user=[^&]*", "user=" + user);
    }

    /**
     * The whole application as production runs it on PostgreSQL: Flyway as the owner, everything else
     * as {@code thidua_app}. It starts, loads the demo data and audits a change, and cannot rewrite
     * the trail.
     */
    @Nested
    @NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
    @SpringBootTest
    @AutoConfigureMockMvc // the enclosing test's fields are filled from this context too
    @ActiveProfiles("test")
    @ContextConfiguration(initializers = AsApplicationRole.class)
    @Import(TayNinhFixtures.class)
    @WithUserDetails("bantdkt")
    @EnabledIfSystemProperty(named = "thidua.test.db", matches = "postgresql")
    class AsTheApplicationRole {

        @Autowired
        EditingPeople editing;

        @Autowired
        People people;

        @Autowired
        AuditTrail trail;

        @Autowired
        TayNinhFixtures tayNinh;

        @Autowired
        JdbcClient jdbc;

        @Test
        void theApplicationAuditsAChangeButCannotChangeRemoveOrEmptyTheTrail() {
            // given
            assertThat(jdbc.sql("select current_user").query(String.class).single())
                    .isEqualTo("thidua_app");
            Person person = people.findById(tayNinh.personIn(tayNinh.currentUnit("Xã Long Chữ")))
                    .orElseThrow();

            // when
            editing.update(
                    person.getId(),
                    person.getVersion(),
                    new PersonDetails(
                            person.getFullName(),
                            person.getGender(),
                            person.getBirthDate(),
                            person.getNationalId(),
                            "Phó Chủ tịch Hội Phụ nữ xã",
                            false));

            // then
            assertThat(trail.latest("person", "bantdkt", 1).get(0).after()).contains("Phó Chủ tịch Hội Phụ nữ xã");
            assertThat(trail.verify().problems()).isEmpty();
            for (String tamper : List.of(
                    "update audit_entry set actor = 'ai_do'", "delete from audit_entry", "truncate audit_entry")) {
                assertThatThrownBy(() -> jdbc.sql(tamper).update())
                        .as(tamper)
                        .rootCause()
                        .isInstanceOf(SQLException.class)
                        .extracting(e -> ((SQLException) e).getSQLState())
                        .isEqualTo("42501");
            }
        }
    }

    /** A fresh database migrated by {@code postgres} for the role {@code thidua_app}, which the application uses. */
    static class AsApplicationRole implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            new TestDatabase().initialize(context);
            String ownerUrl = context.getEnvironment().getRequiredProperty("spring.datasource.url");
            try (Connection owner = DriverManager.getConnection(ownerUrl);
                    Statement sql = owner.createStatement()) {
                sql.execute(CREATE_APP_ROLE);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            TestPropertyValues.of(
                            "spring.flyway.url=" + ownerUrl,
                            "spring.flyway.user=postgres",
                            "spring.flyway.password=",
                            "spring.flyway.placeholders.approle=thidua_app",
                            "spring.datasource.url=" + ownerUrl.replaceFirst("user=[^&]*", "user=thidua_app"),
                            "spring.datasource.username=thidua_app")
                    .applyTo(context);
        }
    }

    static final String CREATE_APP_ROLE =
            "do $$ begin if not exists (select 1 from pg_roles where rolname = 'thidua_app')"
                    + " then create role thidua_app login; end if; end $$";

    private long changePosition(String unit, String position) {
        Person person =
                people.findById(tayNinh.personIn(tayNinh.currentUnit(unit))).orElseThrow();
        editing.update(
                person.getId(),
                person.getVersion(),
                new PersonDetails(
                        person.getFullName(),
                        person.getGender(),
                        person.getBirthDate(),
                        person.getNationalId(),
                        position,
                        false));
        return trail.latest("person", "bantdkt", 1).get(0).id();
    }

    /**
     * What an insider with the database but without the key can do: change the table, then recompute
     * the chain from {@code fromId} on with the unkeyed SHA-256 the trail used before ADR 0020.
     */
    private void rewriteWithoutTheKey(long fromId, String tamper, boolean asUnkeyed) {
        allowChanges();
        jdbc.sql(tamper).update();
        record Row(long id, OffsetDateTime at, String actor, String[] change, String previous) {}
        List<Row> rows = jdbc.sql("""
                select id, occurred_at, actor, entity_type, entity_id, action, before_state, after_state, previous_hash
                from audit_entry where id >= :id order by id""")
                .param("id", fromId)
                .query((ResultSet rs, int n) -> new Row(
                        rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3),
                        change(rs),
                        rs.getString(9)))
                .list();
        String previous = jdbc.sql("select hash from audit_entry where id < :id order by id desc limit 1")
                .param("id", fromId)
                .query(String.class)
                .optional()
                .orElse(rows.get(0).previous());
        for (Row row : rows) {
            String hash = ChainCheck.unkeyed(previous, row.at(), row.actor(), row.change());
            jdbc.sql("update audit_entry set previous_hash = :previous, hash = :hash"
                            + (asUnkeyed ? ", seal_version = 1, seq = null" : "")
                            + " where id = :id")
                    .param("previous", previous)
                    .param("hash", hash)
                    .param("id", row.id())
                    .update();
            previous = hash;
        }
        jdbc.sql("update audit_chain_head set last_hash = :hash, entry_count = (select count(*) from audit_entry)")
                .param("hash", previous)
                .update();
    }

    private static String[] change(ResultSet rs) throws SQLException {
        return new String[] {rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)};
    }

    /** On PostgreSQL the owner can switch the append-only triggers off; on H2 there are none. */
    private void allowChanges() {
        if (TestDatabase.postgres()) {
            jdbc.sql("alter table audit_entry disable trigger user").update();
        }
    }

    private OffsetDateTime occurredAt(long id) {
        return jdbc.sql("select occurred_at from audit_entry where id = :id")
                .param("id", id)
                .query(OffsetDateTime.class)
                .single();
    }

    private String page() {
        try {
            return mvc.perform(get("/admin/audit")
                            .param("verify", "true")
                            .with(user(accounts.loadUserByUsername("admin"))))
                    .andExpect(content().contentTypeCompatibleWith("text/html"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> lines(AuditCheckpoints checkpoints) {
        try {
            return Files.readAllLines(checkpoints.file());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void inRolledBackTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.run();
        });
    }
}
